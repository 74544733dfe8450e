"""The types of the parameters many commands share, named as Streamlit 1.67
names them (its ``Key``, ``WidgetCallback``, ``LabelVisibility``, ...)."""

from __future__ import annotations

from typing import Any, Callable, Iterable, Literal, Union

from wasmlit.protocol_props import LabelVisibility

__all__ = [
    "BindOption",
    "ButtonType",
    "IconPosition",
    "TextAlignment",
    "Key",
    "LabelVisibility",
    "OnChange",
    "PersistState",
    "WidgetArgs",
    "WidgetCallback",
    "WidgetKwargs",
    "Width",
]

# A widget's key (str() of it is the session-state key).
Key = Union[str, int]
# A callback a widget runs before the rerun its event starts, with args/kwargs.
WidgetCallback = Callable[..., Any]
WidgetArgs = Iterable[Any]
WidgetKwargs = dict[str, Any]
# on_change / on_click: a callback, or a mode ("rerun": the default,
# "ignore": the page keeps the new value without a rerun), or None.
OnChange = Union[WidgetCallback, Literal["rerun", "ignore"], None]
# Pixels, or the container's width ("stretch") or the content's ("content").
Width = Union[int, Literal["stretch", "content"]]
# bind="query-params": the value lives in the URL under the key.
BindOption = Union[Literal["query-params"], None]
# persist_state: keep the value while the widget is not drawn ("page": on
# its page, "session": across pages).
PersistState = Union[Literal["page", "session"], None]
# A button's look.
ButtonType = Literal["primary", "secondary", "tertiary"]
IconPosition = Literal["left", "right"]
TextAlignment = Literal["left", "center", "right", "justify"]

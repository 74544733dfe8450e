"""st.tabs: containers shown one at a time; switching tabs happens in the page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from wasmlit.elements.layout_checks import layout_values, validate_height, validate_width
from wasmlit.elements.stateful_container import check_on_change, is_stateful, register_open_state
from wasmlit.errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from wasmlit.widgets.common import compute_widget_id, to_key
from wasmlit.type_aliases import BindOption, Key, OnChange, WidgetArgs, WidgetKwargs, Width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


class TabsMixin:
    def tabs(
        self,
        tabs: Sequence[str],
        *,
        width: Width = "stretch",
        height: Any = "content",
        default: str | None = None,
        key: Key | None = None,
        on_change: OnChange = "ignore",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        bind: BindOption = None,
    ) -> "tuple[DeltaGenerator, ...]":
        """Tabs: containers shown one at a time. With ``on_change`` other
        than "ignore" (or ``bind``) each tab's ``.open`` says whether it is
        the open one and a switch reruns the app.

        Args:
            tabs: The tabs' labels (Markdown).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
            default: The label of the tab open at first (None: the first).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
        """
        dg = as_dg(self)
        if not tabs:
            raise StreamlitMissingRequiredParameterError("tabs", detail="Provide at least one tab label.")
        if default and default not in tabs:
            raise StreamlitValueError(
                "default", ["a tab label from `tabs`"], detail=f"`{default}` is not in the list of tabs."
            )
        for label in tabs:
            if not isinstance(label, str):
                raise StreamlitInvalidParameterTypeError("tabs", type(label).__name__, ["a string for each tab label"])
        check_on_change(on_change)
        if bind is not None and bind != "query-params":
            raise StreamlitValueError("bind", ["'query-params'", "None"])
        if bind == "query-params":
            if any(not label for label in tabs):
                raise StreamlitValueError(
                    "tabs", ["non-empty labels"], detail="Tab labels must be non-empty when bind='query-params'."
                )
            if len(set(tabs)) != len(tabs):
                raise StreamlitValueError(
                    "tabs", ["unique labels"], detail="Tab labels must be unique when bind='query-params'."
                )
        labels = list(tabs)
        key = to_key(key)
        default_label = default if default else labels[0]
        widget: dict[str, Any] = {}
        if is_stateful(on_change, bind):

            def deserialize(wire: Any) -> str:
                return wire if isinstance(wire, str) and wire in labels else default_label

            widget = register_open_state(
                dg,
                "tabs",
                key=key,
                on_change=on_change,
                args=args,
                kwargs=kwargs,
                default=default_label,
                deserialize=deserialize,
                serialize=lambda v: v,
                bind=bind,
                options=labels,
                tabs=tuple(labels),
                width=width,
                height=height,
                default_tab=default,
            )
        elif key is not None:
            compute_widget_id("tabs", dg, user_key=key, key_as_main_identity=False)
        validate_width(width)
        validate_height(height, allow_content=True)
        from wasmlit.open_containers import TabContainer

        open_label = widget.pop("_state", None)
        fixed_height = height if isinstance(height, int) and not isinstance(height, bool) and height > 0 else None
        group = dg._block(
            "tabs",
            {
                "labels": labels,
                "default": labels.index(default) if default else 0,
                "height": fixed_height,
                "key": key,
                "layout": layout_values(width=(width, "stretch"), height=(height, "content")),
                **widget,
            },
        )
        containers = []
        for label in labels:
            tab = group._block("tab", {"label": label}, dg_class=TabContainer)
            tab.open = None if not widget else label == open_label
            containers.append(tab)
        return tuple(containers)

"""st.tabs: containers shown one at a time; switching tabs happens in the page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from wasmlit.elements.stateful_container import is_stateful, register_open_state
from wasmlit.errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from wasmlit.widgets.common import to_key

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


class TabsMixin:
    def tabs(
        self,
        tabs: Sequence[str],
        *,
        width: Any = "stretch",
        height: Any = "content",
        default: str | None = None,
        key: Any = None,
        on_change: Any = "ignore",
        args: Any = None,
        kwargs: Any = None,
        bind: Any = None,
    ) -> list["DeltaGenerator"]:
        dg: DeltaGenerator = self  # type: ignore[assignment]
        if not tabs:
            raise StreamlitMissingRequiredParameterError("tabs", detail="Provide at least one tab label.")
        if default and default not in tabs:
            raise StreamlitValueError(
                "default", ["a tab label from `tabs`"], detail=f"`{default}` is not in the list of tabs."
            )
        for label in tabs:
            if not isinstance(label, str):
                raise StreamlitInvalidParameterTypeError("tabs", type(label).__name__, ["a string for each tab label"])
        labels = list(tabs)
        key = to_key(key)
        default_label = default if default else labels[0]
        widget: dict[str, Any] = {}
        if is_stateful(on_change, bind):
            def deserialize(wire: Any) -> str:
                return wire if isinstance(wire, str) and wire in labels else default_label

            widget = register_open_state(
                dg, "tabs", key=key, on_change=on_change, args=args, kwargs=kwargs, default=default_label,
                deserialize=deserialize, serialize=lambda v: v, tabs=tuple(labels), width=width,
                height=height, default_tab=default,
            )
        open_label = widget.pop("_state", None)
        fixed_height = height if isinstance(height, int) and not isinstance(height, bool) and height > 0 else None
        group = dg._block(
            "tabs",
            {"labels": labels, "default": labels.index(default) if default else 0,
             "height": fixed_height, "key": key, **widget},
        )
        containers = []
        for label in labels:
            tab = group._block("tab", {"label": label})
            tab.open = None if not widget else label == open_label  # type: ignore[attr-defined]
            containers.append(tab)
        return containers

"""st.popover: a button that opens a floating panel holding its children."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.text_util import help_text
from wasmlit.errors import StreamlitMissingRequiredParameterError, StreamlitValueError
from wasmlit.widgets.common import to_key

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

BUTTON_TYPES = ("primary", "secondary", "tertiary")


class PopoverMixin:
    def popover(
        self,
        label: str,
        *,
        type: str = "secondary",  # noqa: A002 - Streamlit's name
        help: Any = None,  # noqa: A002
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        wrap: bool | None = None,
        key: Any = None,
        on_change: Any = "ignore",
        args: Any = None,
        kwargs: Any = None,
        bind: Any = None,
    ) -> "DeltaGenerator":
        from wasmlit.elements.stateful_container import is_stateful, register_open_state

        dg: DeltaGenerator = self  # type: ignore[assignment]
        if label is None:
            raise StreamlitMissingRequiredParameterError("label")
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        if type not in BUTTON_TYPES:
            raise StreamlitValueError("type", [f"'{t}'" for t in BUTTON_TYPES])
        key = to_key(key)
        widget: dict[str, Any] = {}
        if is_stateful(on_change, bind):
            widget = register_open_state(
                dg, "popover", key=key, on_change=on_change, args=args, kwargs=kwargs, default=False,
                deserialize=lambda wire: bool(wire), serialize=bool,
                label=str(label), type=type, help=help, icon=icon, disabled=disabled, width=width,
            )
        is_open = widget.pop("_state", None)
        container = dg._block(
            "popover",
            {"label": str(label), "kind": type, "help": help_text(help), "icon": icon,
             "disabled": bool(disabled), "stretch": width == "stretch", "key": key, **widget},
        )
        container.open = is_open  # type: ignore[attr-defined]
        return container

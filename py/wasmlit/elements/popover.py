"""st.popover: a button that opens a floating panel holding its children."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitMissingRequiredParameterError, StreamlitValueError
from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.elements.layout_checks import layout_values, validate_width
from wasmlit.widgets.common import compute_widget_id, to_key
from wasmlit.elements.stateful_container import check_on_change, is_stateful, register_open_state
from wasmlit.type_aliases import ButtonType, Key, OnChange, WidgetArgs, WidgetKwargs, Width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

BUTTON_TYPES = ("primary", "secondary", "tertiary")


class PopoverMixin:
    def popover(
        self,
        label: str,
        *,
        type: ButtonType = "secondary",
        help: str | None = None,
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Width = "content",
        wrap: bool | None = None,
        key: Key | None = None,
        on_change: OnChange = "ignore",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
    ) -> "DeltaGenerator":
        """A button that opens a floating panel with what is written into it;
        with ``on_change`` other than "ignore" its ``.open`` says whether it is open.

        Args:
            label: The button's label (Markdown).
            type: "primary", "secondary" or "tertiary".
            help: A tooltip shown beside the label (Markdown; None: none).
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
            disabled: Shown greyed out and not usable.
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            wrap: Whether the label may wrap onto more lines (None: the element's default).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
        """
        dg = as_dg(self)
        if label is None:
            raise StreamlitMissingRequiredParameterError("label")
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        if type not in BUTTON_TYPES:
            raise StreamlitValueError("type", [f"'{t}'" for t in BUTTON_TYPES])
        check_on_change(on_change)
        key = to_key(key)
        widget: dict[str, Any] = {}
        if is_stateful(on_change, None):
            widget = register_open_state(
                dg,
                "popover",
                key=key,
                on_change=on_change,
                args=args,
                kwargs=kwargs,
                default=False,
                deserialize=lambda wire: bool(wire),
                serialize=bool,
                widget_disabled=disabled,
                label=str(label),
                type=type,
                help=help,
                icon=icon,
                disabled=disabled,
                width=width,
            )
        elif key is not None:
            compute_widget_id("popover", dg, user_key=key, key_as_main_identity=False)
        icon_text = validate_icon_or_emoji(icon) if icon is not None else ""
        validate_width(width, allow_content=True)
        from wasmlit.open_containers import PopoverContainer

        is_open = widget.pop("_state", None)
        container = dg._block(
            "popover",
            {
                "label": str(label),
                "kind": type,
                "help": str(help) if help else None,
                "icon": icon_text or None,
                "disabled": bool(disabled),
                "stretch": width == "stretch",
                "key": key,
                "wrap": wrap,
                "layout": layout_values(width=(width, "content")),
                **widget,
            },
            dg_class=PopoverContainer,
        )
        container.open = is_open
        return container

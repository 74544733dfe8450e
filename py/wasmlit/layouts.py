"""Layout containers: container, columns, grid, form, expander, status and
empty, with Streamlit 1.67's parameters and checks.

Block props the page reads (besides each block's own): ``layout``
({"width", "height"}); a container's ``horizontal``, ``wrap``, ``gap``,
``justify``/``align`` (flex terms: "start", "center", "end",
"spaceBetween" along and across its direction) and ``autoscroll``."""

from __future__ import annotations

from numbers import Integral
from typing import TYPE_CHECKING, Any, Literal

from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.elements.layout_checks import (
    gap_value,
    is_int,
    layout_values,
    validate_bool_arg,
    validate_expandable_type,
    validate_height,
    validate_horizontal_alignment,
    validate_uint32_max,
    validate_vertical_alignment,
    validate_width,
    validate_wrap,
)
from wasmlit.errors import (
    StreamlitDuplicateElementKey,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit.elements.stateful_container import check_on_change, is_stateful, register_open_state
from wasmlit.widgets.common import check_widget_policies, compute_widget_id, to_key
from wasmlit.type_aliases import BindOption, Key, OnChange, WidgetArgs, WidgetKwargs, Width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

COLUMN_ALIGNMENTS = ("top", "center", "bottom")
GRID_COLUMNS_MIN, GRID_COLUMNS_MAX = 1, 24
# Streamlit's alignment words as flex terms.
FLEX = {
    "left": "start",
    "top": "start",
    "center": "center",
    "right": "end",
    "bottom": "end",
    "distribute": "spaceBetween",
}


def _check_spec(spec: Any) -> list[Any]:
    if isinstance(spec, Integral) and not isinstance(spec, bool):
        weights: Any = (1,) * int(spec)
    else:
        weights = spec
    try:
        invalid = len(weights) == 0 or any(w <= 0 for w in weights)
    except TypeError as ex:
        raise StreamlitInvalidParameterTypeError("spec", type(spec).__name__, ["int", "sequence of numbers"]) from ex
    if invalid:
        raise StreamlitInvalidColumnSpecError()
    return list(weights)


def _check_column_alignment(vertical_alignment: Any) -> None:
    if vertical_alignment not in COLUMN_ALIGNMENTS:
        raise StreamlitValueError(
            "vertical_alignment", [f"'{a}'" for a in COLUMN_ALIGNMENTS], detail=f"Got {vertical_alignment!r}."
        )


def _auto_or_positive(name: str, value: Any, word: str, *, upper: int | None = None) -> Any:
    """A grid size: the string ``word`` or a positive int (at most ``upper``)."""
    if isinstance(value, str) and value == word:
        return word
    if isinstance(value, str):
        valid = [f'"{word}"', f"an integer from 1 to {upper}" if upper else "a positive integer"]
        raise StreamlitValueError(name, valid, detail=f"Got {value!r}.")
    if not is_int(value):
        raise StreamlitInvalidParameterTypeError(name, type(value).__name__, ["int", f'"{word}"'])
    if upper is not None:
        if not 1 <= value <= upper:
            raise StreamlitValueOutOfRangeError(name, value, 1, upper)
        return value
    if value < 1:
        raise StreamlitValueError(name, [f'"{word}"', "a positive integer"], detail=f"Got {value!r}.")
    validate_uint32_max(name, value)
    return value


class LayoutMixin:
    def container(
        self,
        *,
        border: bool | None = None,
        key: Key | None = None,
        width: Width = "stretch",
        height: Any = "content",
        horizontal: bool = False,
        wrap: bool = True,
        horizontal_alignment: str = "left",
        vertical_alignment: str = "top",
        gap: Any = "small",
        autoscroll: bool | None = None,
    ) -> "DeltaGenerator":
        """A container for elements, vertical (default) or horizontal; with a
        fixed ``height`` it scrolls (``autoscroll``: keeps the newest content in view).

        Args:
            border: Whether it has a border.
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            wrap: Whether the label may wrap onto more lines (None: the element's default).
            horizontal_alignment: "left", "center", "right" or "distribute".
            vertical_alignment: "top", "center" or "bottom" (and "distribute" where allowed).
            gap: The space between its children: "xxsmall" ... "xxlarge", a CSS size, or None.
        """
        dg = as_dg(self)
        key = to_key(key)
        gap = gap_value(gap)
        validate_horizontal_alignment(horizontal_alignment)
        validate_vertical_alignment(vertical_alignment)
        if wrap is False and not horizontal:
            raise StreamlitIncompatibleParametersError(
                "wrap=False",
                "horizontal=False",
                explanation=(
                    "A vertical container has no horizontal row of elements to "
                    "keep in a single, scrolling row. Set `horizontal=True` to "
                    "use `wrap=False`, or remove the `wrap` argument."
                ),
            )
        if horizontal:
            justify, align = FLEX[horizontal_alignment], FLEX[vertical_alignment]
        else:
            justify, align = FLEX[vertical_alignment], FLEX[horizontal_alignment]
        validate_width(width, allow_content=True)
        fixed_height = height if is_int(height) else None
        show_border = bool(border) if border is not None else fixed_height is not None
        validate_height(height, allow_content=True)
        if key:
            compute_widget_id("container", dg, user_key=key, key_as_main_identity=False)
        return dg._block(
            "vertical",
            {
                "border": show_border,
                "height": fixed_height,
                "key": key,
                "horizontal": bool(horizontal),
                "wrap": bool(wrap) if horizontal else False,
                "gap": gap,
                "justify": justify,
                "align": align,
                "autoscroll": autoscroll,
                "layout": layout_values(width=(width, "stretch"), height=(height, "content")),
            },
        )

    def columns(
        self,
        spec: Any,
        *,
        gap: Any = "small",
        vertical_alignment: str = "top",
        border: bool = False,
        width: Width = "stretch",
        wrap: bool = True,
    ) -> list["DeltaGenerator"]:
        """Columns side by side (``spec``: how many, or their relative widths);
        ``wrap=False`` keeps them in one row on narrow screens.

        Args:
            gap: The space between the columns ("xxsmall" ... "xxlarge" or None).
            vertical_alignment: "top", "center" or "bottom" (and "distribute" where allowed).
            border: Whether it has a border.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        dg = as_dg(self)
        weights = _check_spec(spec)
        validate_wrap(wrap)
        _check_column_alignment(vertical_alignment)
        gap = gap_value(gap)
        validate_width(width)
        row = dg._block(
            "horizontal",
            {
                "gap": gap,
                "verticalAlignment": vertical_alignment,
                "wrap": wrap,
                "layout": layout_values(width=(width, "stretch")),
            },
        )
        total = sum(weights)
        return [
            row._block(
                "column",
                {"weight": w / total, "gap": gap, "verticalAlignment": vertical_alignment, "border": bool(border)},
            )
            for w in weights
        ]

    def grid(
        self,
        columns: Any = "auto",
        *,
        min_column_width: Any = "auto",
        wrap: bool = True,
        gap: Any = "small",
        vertical_alignment: str = "top",
        border: bool = False,
        row_height: Any = "content",
        width: Width = "stretch",
        height: Any = "content",
        key: Key | None = None,
        dense: bool = False,
    ) -> "DeltaGenerator":
        """A grid: each element written into it is a cell, in rows of
        ``columns`` cells ("auto": as many as fit, at least
        ``min_column_width`` pixels wide); ``.cell(column_span=, row_span=)``
        opens a cell that spans several.

        Args:
            wrap: Whether the label may wrap onto more lines (None: the element's default).
            gap: The space between its children: "xxsmall" ... "xxlarge", a CSS size, or None.
            vertical_alignment: "top", "center" or "bottom" (and "distribute" where allowed).
            border: Whether it has a border.
            row_height: The rows' height in pixels (None: by content).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            dense: Whether later cells fill gaps left by wide ones.
        """
        from wasmlit.grid_container import GridContainer

        dg = as_dg(self)
        validate_wrap(wrap)
        validate_bool_arg("border", border)
        validate_bool_arg("dense", dense)
        columns = _auto_or_positive("columns", columns, "auto", upper=GRID_COLUMNS_MAX)
        if columns == "auto" and wrap is False:
            raise StreamlitIncompatibleParametersError(
                'columns="auto"',
                "wrap=False",
                explanation=(
                    "`wrap=False` requires an explicit column count. Pass an integer, such as `st.grid(3, wrap=False)`."
                ),
            )
        min_column_width = _auto_or_positive("min_column_width", min_column_width, "auto")
        if isinstance(gap, (tuple, list)):
            if len(gap) != 2:
                raise StreamlitValueError(
                    "gap",
                    ["a gap size", "a 2-tuple or 2-list of (row_gap, column_gap)"],
                    detail=f"Got a sequence with {len(gap)} elements.",
                )
            row_gap, column_gap = gap
            row_gap_detail: str | None = f"Got {row_gap!r} for the row gap in `gap`."
            column_gap_detail: str | None = f"Got {column_gap!r} for the column gap in `gap`."
        else:
            row_gap = column_gap = gap
            row_gap_detail = column_gap_detail = None
        _check_column_alignment(vertical_alignment)
        row_height = _auto_or_positive("row_height", row_height, "content")
        validate_width(width)
        validate_height(height, allow_content=True)
        row_gap = gap_value(row_gap, parameter="gap", detail=row_gap_detail)
        column_gap = gap_value(column_gap, parameter="gap", detail=column_gap_detail)
        key = to_key(key)
        if key:
            compute_widget_id("grid", dg, user_key=key, key_as_main_identity=False)
        grid = dg._block(
            "grid",
            {
                "columns": columns,
                "minColumnWidth": min_column_width,
                "wrap": wrap,
                "rowGap": row_gap,
                "columnGap": column_gap,
                "verticalAlignment": vertical_alignment,
                "border": border,
                "rowHeight": row_height,
                "dense": dense,
                "key": key,
                "layout": layout_values(width=(width, "stretch"), height=(height, "content")),
            },
            dg_class=GridContainer,
        )
        grid._declared_columns = columns
        return grid

    def form(
        self,
        key: str,
        clear_on_submit: bool = False,
        *,
        enter_to_submit: bool = True,
        border: bool = True,
        width: Width = "stretch",
        height: Any = "content",
    ) -> "DeltaGenerator":
        """A form: its widgets send their values together when its submit button is clicked.

        Args:
            key: The form's key.
            clear_on_submit: Whether its widgets go back to their defaults after a submit.
            enter_to_submit: Whether Enter in a text input submits the form.
            border: Whether it has a border.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
        """
        dg = as_dg(self)
        if dg._form:
            raise StreamlitInvalidLayoutContextError("Forms cannot be nested in other forms.")
        check_widget_policies(
            dg, to_key(key), None, default_value=None, writes_allowed=False, check_callback_rules=False
        )
        ctx = current_or_bare_ctx()
        if key in ctx.form_ids_this_run:
            raise StreamlitDuplicateElementKey(key)
        if not isinstance(key, str):
            # Streamlit 1.67 puts the key in its proto's string field, which
            # refuses anything else (st.form(None), st.form(5)) with this error.
            raise TypeError("bad argument type for built-in operation")
        form_id = key
        ctx.form_ids_this_run.add(form_id)
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        return dg._block(
            "form",
            {
                "formId": form_id,
                "clearOnSubmit": bool(clear_on_submit),
                "enterToSubmit": bool(enter_to_submit),
                "border": bool(border),
                "key": form_id,
                "layout": layout_values(width=(width, "stretch"), height=(height, "content")),
            },
            form_id=form_id,
        )

    def expander(
        self,
        label: str,
        expanded: bool = False,
        *,
        key: Key | None = None,
        icon: str | None = None,
        type: str = "default",
        width: Width = "stretch",
        on_change: OnChange = "ignore",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        bind: BindOption = None,
    ) -> "DeltaGenerator":
        """A section that opens and closes. ``type``: "default", "compact" or
        "step"; with ``on_change`` other than "ignore" (or ``bind``) its
        ``.open`` says whether it is open and a toggle reruns the app.

        Args:
            label: The expander's header (Markdown).
            expanded: Whether it starts open.
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
        """
        dg = as_dg(self)
        if label is None:
            raise StreamlitMissingRequiredParameterError("label")
        check_on_change(on_change)
        validate_expandable_type(type)
        key = to_key(key)
        widget: dict[str, Any] = {}
        if is_stateful(on_change, bind):
            widget = register_open_state(
                dg,
                "expander",
                key=key,
                on_change=on_change,
                args=args,
                kwargs=kwargs,
                default=bool(expanded),
                deserialize=lambda wire: bool(expanded) if wire is None else bool(wire),
                serialize=bool,
                bind=bind,
                label=str(label),
                expanded=expanded,
                icon=icon,
                width=width,
                type=type,
            )
        elif key is not None:
            compute_widget_id("expander", dg, user_key=key, key_as_main_identity=False, type=type)
        icon_text = validate_icon_or_emoji(icon) if icon is not None else ""
        validate_width(width)
        from wasmlit.open_containers import ExpanderContainer

        is_open = widget.pop("_state", None)
        container = dg._block(
            "expander",
            {
                "label": str(label),
                "expanded": bool(expanded) if is_open is None else is_open,
                "icon": icon_text or None,
                "state": None,
                **({"type": type} if type != "default" else {}),
                "key": key,
                "layout": layout_values(width=(width, "stretch")),
                **widget,
            },
            dg_class=ExpanderContainer,
        )
        container.open = is_open
        return container

    def status(
        self,
        label: str,
        *,
        expanded: bool = False,
        state: Literal["running", "complete", "error"] = "running",
        type: str = "default",
        width: Width = "stretch",
    ) -> "DeltaGenerator":
        """An expander whose header shows a running, complete or error state;
        ``with`` it, it turns complete (or error) when the block ends.

        Args:
            label: The status's header (Markdown).
            expanded: Whether it starts open.
            type: "primary", "secondary" or "tertiary".
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        from wasmlit.status_container import StatusContainer, check_state

        dg = as_dg(self)
        validate_expandable_type(type)
        check_state(state)
        validate_width(width)
        container = dg._block(
            "expander",
            {
                "label": str(label or ""),
                "expanded": bool(expanded),
                "icon": None,
                "state": state,
                **({"type": type} if type != "default" else {}),
                "key": None,
                "layout": layout_values(width=(width, "stretch")),
            },
            dg_class=StatusContainer,
        )
        container._label = str(label or "")
        container._state = state
        container._type = type
        container._width = width
        return container

    def empty(self) -> "DeltaGenerator":
        """A slot holding one element at a time: each call on it replaces the last."""
        dg = as_dg(self)
        return dg._enqueue("empty", {})

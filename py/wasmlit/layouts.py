"""Layout containers: columns, container, form and empty."""

from __future__ import annotations

from numbers import Integral
from typing import TYPE_CHECKING, Any

from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementKey,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit.widgets.common import check_widget_policies, to_key

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

GAP_SIZES = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")
VERTICAL_ALIGNMENTS = ("top", "center", "bottom")


def _gap(gap: Any) -> Any:
    if gap is None or (isinstance(gap, int) and not isinstance(gap, bool) and gap >= 0):
        return gap
    if isinstance(gap, str) and gap in GAP_SIZES:
        return gap
    raise StreamlitValueError("gap", [repr(g) for g in GAP_SIZES] + ["None", "a non-negative integer"])


class LayoutMixin:
    def container(
        self, *, border: bool | None = None, key: Any = None, width: Any = "stretch",
        height: Any = "content", horizontal: bool = False, gap: Any = "small", **_ignored: Any,
    ) -> "DeltaGenerator":
        dg: DeltaGenerator = self  # type: ignore[assignment]
        fixed_height = height if isinstance(height, int) and not isinstance(height, bool) else None
        show_border = bool(border) if border is not None else fixed_height is not None
        return dg._block(
            "vertical",
            {"border": show_border, "height": fixed_height, "key": to_key(key),
             "horizontal": bool(horizontal), "gap": _gap(gap)},
        )

    def columns(
        self, spec: Any, *, gap: Any = "small", vertical_alignment: str = "top",
        border: bool = False, width: Any = "stretch", **_ignored: Any,
    ) -> list["DeltaGenerator"]:
        dg: DeltaGenerator = self  # type: ignore[assignment]
        if isinstance(spec, bool):
            raise StreamlitInvalidColumnSpecError()
        if isinstance(spec, Integral):
            weights: Any = (1,) * int(spec)
        else:
            weights = spec
        try:
            weights = list(weights)
            invalid = len(weights) == 0 or any(w <= 0 for w in weights)
        except TypeError as ex:
            raise StreamlitInvalidParameterTypeError(
                "spec", type(spec).__name__, ["int", "sequence of numbers"]
            ) from ex
        if invalid:
            raise StreamlitInvalidColumnSpecError()
        if vertical_alignment not in VERTICAL_ALIGNMENTS:
            raise StreamlitValueError(
                "vertical_alignment",
                [f"'{a}'" for a in VERTICAL_ALIGNMENTS],
                detail=f"Got {vertical_alignment!r}.",
            )
        gap = _gap(gap)
        row = dg._block("horizontal", {"gap": gap, "verticalAlignment": vertical_alignment})
        total = sum(weights)
        return [
            row._block(
                "column",
                {"weight": w / total, "gap": gap, "verticalAlignment": vertical_alignment,
                 "border": bool(border)},
            )
            for w in weights
        ]

    def form(
        self, key: str, clear_on_submit: bool = False, *, enter_to_submit: bool = True,
        border: bool = True, width: Any = "stretch", height: Any = "content", **_ignored: Any,
    ) -> "DeltaGenerator":
        dg: DeltaGenerator = self  # type: ignore[assignment]
        if dg._form:
            raise StreamlitInvalidLayoutContextError("Forms cannot be nested in other forms.")
        form_id = to_key(key)
        check_widget_policies(dg, form_id, None, default_value=None, writes_allowed=False,
                              check_callback_rules=False)
        ctx = current_or_bare_ctx()
        if form_id in ctx.form_ids_this_run:
            raise StreamlitDuplicateElementKey(form_id)
        ctx.form_ids_this_run.add(form_id)
        return dg._block(
            "form",
            {"formId": form_id, "clearOnSubmit": bool(clear_on_submit),
             "enterToSubmit": bool(enter_to_submit), "border": bool(border), "key": form_id},
            form_id=form_id,
        )

    def expander(self, label: str, expanded: bool = False, *, key: Any = None, icon: str | None = None,
                 width: Any = "stretch", on_change: Any = "ignore", args: Any = None, kwargs: Any = None,
                 bind: Any = None, **_ignored: Any) -> "DeltaGenerator":
        from wasmlit.elements.stateful_container import is_stateful, register_open_state

        dg: DeltaGenerator = self  # type: ignore[assignment]
        if label is None:
            raise StreamlitAPIException("A label is required for an expander")
        key = to_key(key)
        widget: dict[str, Any] = {}
        if is_stateful(on_change, bind):
            widget = register_open_state(
                dg, "expander", key=key, on_change=on_change, args=args, kwargs=kwargs, default=bool(expanded),
                deserialize=lambda wire: bool(expanded) if wire is None else bool(wire), serialize=bool,
                label=str(label), icon=icon, width=width,
            )
        is_open = widget.pop("_state", None)
        container = dg._block(
            "expander",
            {"label": str(label), "expanded": bool(expanded) if is_open is None else is_open, "icon": icon,
             "state": None, "key": key, **widget},
        )
        container.open = is_open  # type: ignore[attr-defined]
        return container

    def status(self, label: str = "Running...", *, expanded: bool = False, state: str = "running",
               width: Any = "stretch", **_ignored: Any) -> "DeltaGenerator":
        from wasmlit.status_container import StatusContainer, check_state

        dg: DeltaGenerator = self  # type: ignore[assignment]
        check_state(state)
        container = dg._block(
            "expander",
            {"label": str(label or ""), "expanded": bool(expanded), "icon": None, "state": state, "key": None},
            dg_class=StatusContainer,
        )
        container._label = str(label or "")
        container._state = state
        return container

    def empty(self) -> "DeltaGenerator":
        dg: DeltaGenerator = self  # type: ignore[assignment]
        return dg._enqueue("empty", {})

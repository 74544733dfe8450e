"""@st.dialog: a modal whose content is the decorated function's output.

As in Streamlit, the dialog's content is a fragment: a widget in the dialog
reruns only the dialog's function, and the dialog stays open (st.rerun()
reruns the app, which closes the dialog unless the app calls the function
again). The page closes it on X / Escape. With ``on_dismiss="rerun"`` (or
a callback) closing it reruns the app (after the callback): the dialog is
then a trigger widget, like a button.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Callable, Literal, TypeVar, cast

from wasmlit.errors import (
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.fragment import fragment_with_identity
from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit.widgets.callback_mode import validate_callback_mode
from wasmlit import dg_singletons
from wasmlit.widgets.common import compute_widget_id, register_widget

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

F = TypeVar("F", bound=Callable[..., Any])
WIDTHS = ("small", "medium", "large")
POSITIONS = ("left", "center", "right")


def _open_dialog_block(props: dict[str, Any]) -> DeltaGenerator:
    """A dialog block at the end of the main area, whatever container is active."""
    ctx = current_or_bare_ctx()
    saved = list(ctx.dg_stack)
    ctx.dg_stack.clear()
    try:
        return dg_singletons.main_dg()._block("dialog", props)
    finally:
        ctx.dg_stack[:] = saved


def _check_can_open() -> None:
    ctx = current_or_bare_ctx()
    if any(getattr(dg, "_block_type", None) == "dialog" for dg in ctx.dg_stack):
        raise StreamlitInvalidLayoutContextError("Dialogs may not be nested inside other dialogs.")
    if ctx.dialog_opened_in_run == (id(ctx.session_state), ctx.run_id):
        raise StreamlitInvalidLayoutContextError(
            "Only one dialog is allowed to be opened at the same time. "
            "Please make sure to not call a dialog-decorated function more than once in a script run."
        )
    ctx.dialog_opened_in_run = (id(ctx.session_state), ctx.run_id)


def _width(width: Any) -> Any:
    if width in WIDTHS:
        return width
    if isinstance(width, int) and not isinstance(width, bool) and 0 < width <= 2**32 - 1:
        return width
    raise StreamlitValueError(
        "width", ["'small'", "'medium'", "'large'", "a positive integer"], detail=f"Got {width!r}."
    )


def _dismiss_widget(title: str, width: Any, position: str, dismissible: bool, icon: Any, on_dismiss: Any) -> str | None:
    """With ``on_dismiss`` other than "ignore": registers the dialog's
    dismissal as a trigger widget and returns its id."""
    callback = validate_callback_mode(
        on_dismiss, supported_modes=("rerun", "ignore"), none_supported=False, param_name="on_dismiss"
    )
    widget_id = compute_widget_id(
        "dialog",
        dg_singletons.main_dg(),
        user_key=None,
        key_as_main_identity=False,
        title=title,
        dismissible=dismissible,
        width=width,
        position=position,
        icon=icon,
        on_dismiss=str(on_dismiss) if not callable(on_dismiss) else "callback",
    )
    if on_dismiss == "ignore":
        return None
    register_widget(
        widget_id,
        user_key=None,
        deserializer=lambda wire: wire is True,
        serializer=bool,
        value_type="trigger_value",
        on_change=callback,
        args=None,
        kwargs=None,
        disabled=False,
    )
    return widget_id


def _decorate(
    func: F, title: str, width: Any, position: str, dismissible: bool, icon: str | None, on_dismiss: Any
) -> F:
    if title is None or title == "":
        raise StreamlitMissingRequiredParameterError("title", detail='For example: `@st.dialog("Example Title")`.')

    content = fragment_with_identity(func, f"dialog:{title}")

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        _check_can_open()
        pixel_width = _width(width)
        if position not in POSITIONS:
            raise StreamlitValueError("position", [f"'{p}'" for p in POSITIONS])
        icon_text = validate_icon_or_emoji(icon)
        dismiss_id = _dismiss_widget(str(title), width, position, dismissible, icon, on_dismiss)
        props = {
            "title": str(title),
            "width": pixel_width,
            "position": position,
            "dismissible": bool(dismissible),
            "icon": icon_text or None,
            "openedIn": current_or_bare_ctx().run_id,
        }
        if dismiss_id is not None:
            props["id"] = dismiss_id
        with _open_dialog_block(props):
            content(*args, **kwargs)

    return cast(F, wrapper)  # functools.wraps keeps func's name and signature


def dialog(
    title: Any,
    *,
    width: Any = "small",
    position: Literal["left", "center", "right"] = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: Any = "ignore",
) -> Any:
    """``@st.dialog("Title")``: the decorated function draws a modal dialog
    (a bare ``@st.dialog`` raises: a title is required). ``on_dismiss``:
    "ignore", "rerun" or a callback, for when the user closes it.

    Args:
        width: "small", "medium", "large" or pixels.
        position: "left", "center" or "right".
        dismissible: Whether the user may close it.
        icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
    """
    if isinstance(title, str):
        return lambda func: _decorate(func, title, width, position, dismissible, icon, on_dismiss)
    return _decorate(title, "", width, position, dismissible, icon, on_dismiss)

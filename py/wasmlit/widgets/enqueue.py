"""The tail every value widget shares: register it with session state, keep
a value the widget can show (or reset the key to the default), send its
element with the props all widgets have, and return the script's value.

A widget module checks its parameters, computes its id and its serde, then
calls ``register_and_enqueue`` once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable

from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit.widgets.common import bind_props, register_widget, widget_props
from wasmlit.widgets.serde import WidgetSerde
from wasmlit.type_aliases import BindOption, LabelVisibility, OnChange, PersistState

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

_FROM_DEFAULT: Any = object()

# value -> (the value to keep, whether it had to be replaced)
KeepValid = Callable[[Any], "tuple[Any, bool]"]


@dataclass(frozen=True, kw_only=True)
class WidgetCall:
    """What one widget call says about itself, beside its value: where it
    goes, its id and key, what the page shows around it, and its callback
    (``on_change``: as the script passed it, so "ignore" reaches the page;
    ``callback``: the callable or None)."""

    dg: "DeltaGenerator"
    widget_id: str
    key: str | None
    callback: Callable[..., Any] | None
    on_change: OnChange = "rerun"
    args: Iterable[Any] | None = None
    kwargs: dict[str, Any] | None = None
    label: str = ""
    label_visibility: LabelVisibility = "visible"
    help: str | None = None
    disabled: bool = False
    bind: BindOption = None
    persist_state: PersistState = None


def register_and_enqueue(
    call: WidgetCall,
    element_type: str,
    serde: WidgetSerde[Any],
    *,
    value_type: str,
    default: Any = None,
    props: dict[str, Any],
    default_wire: Any = _FROM_DEFAULT,
    clearable: bool = False,
    keep_valid: KeepValid | None = None,
    check_assigned: Callable[[Any], None] | None = None,
    show_value: bool = True,
    date_type: str | None = None,
    formatted_options: list[str] | None = None,
    max_array_length: int | None = None,
    allow_url_duplicates: bool = False,
) -> Any:
    """Registers the widget, sends its element and returns its value.

    ``default``: the script's default value; its wire form (or ``default_wire``
    when given) is the page's ``default`` and a bound URL parameter's default.
    ``keep_valid``: checks the registered value against this run's parameters;
    a replaced value is written back to the key and sent to the page.
    ``check_assigned``: checks a value the script assigned through session
    state in this run (it raises to reject it). ``show_value=False``: the page
    gets the default (a button's click is not a value the page keeps).
    ``props``: the element's own props (they win over the common ones); the
    other keywords go to ``register_widget``.
    """
    state = register_widget(
        call.widget_id,
        user_key=call.key,
        deserializer=serde.deserialize,
        serializer=serde.serialize,
        value_type=value_type,
        on_change=call.callback,
        args=call.args,
        kwargs=call.kwargs,
        disabled=call.disabled,
        bind=call.bind,
        persist_state=call.persist_state,
        clearable=clearable,
        formatted_options=formatted_options,
        max_array_length=max_array_length,
        allow_url_duplicates=allow_url_duplicates,
    )
    if check_assigned is not None and state.value_changed:
        check_assigned(state.value)
    value, needs_reset = keep_valid(state.value) if keep_valid is not None else (state.value, False)
    if needs_reset and call.key is not None:
        current_or_bare_ctx().session_state.reset_state_value(call.key, value)
    if default_wire is _FROM_DEFAULT:
        default_wire = serde.serialize(default)
    shown = show_value and (needs_reset or state.value_changed)
    call.dg._enqueue(
        element_type,
        widget_props(
            call.dg,
            widget_id=call.widget_id,
            key=call.key,
            label=call.label,
            label_visibility=call.label_visibility,
            help=call.help,
            disabled=call.disabled,
            value=serde.serialize(value) if show_value else default_wire,
            default=default_wire,
            set_value=shown,
            on_change=call.on_change,
            bind=bind_props(
                call.key,
                call.bind,
                value_type=value_type,
                default_wire=default_wire,
                clearable=clearable,
                date_type=date_type,
            ),
            **props,
        ),
    )
    return value

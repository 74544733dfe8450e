"""What every widget does: check the rules, compute its id, register it
with session state, and build the props common to all widgets."""

from __future__ import annotations

import hashlib
import sys
from typing import TYPE_CHECKING, Any, Callable, Iterable

from wasmlit.caching import replay as cache_replay
from wasmlit.errors import (
    CachedWidgetWarning,
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitInvalidFormCallbackError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitValueError,
)
from wasmlit.elements.text_util import help_text
from wasmlit.runtime import query_binding
from wasmlit.runtime.context import ScriptRunContext, current_or_bare_ctx
from wasmlit.runtime.session_state import ELEMENT_ID_PREFIX, RegisteredValue, WidgetMetadata
from wasmlit.widgets.callback_mode import validate_callback_mode
from wasmlit import dg_singletons
from wasmlit.type_aliases import BindOption, OnChange, PersistState

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")


def to_key(key: Any) -> str | None:
    return None if key is None else str(key)


def require_valid_user_key(key: str) -> None:
    if key == "":
        raise StreamlitValueError("key", ["a non-empty string"])
    if key.startswith(ELEMENT_ID_PREFIX):
        raise StreamlitAPIException(f"Keys beginning with {ELEMENT_ID_PREFIX} are reserved.")


def normalize_callback(on_change: Any) -> Callable[..., Any] | None:
    """``on_change`` of a value widget: a callable, None, or the modes
    "rerun" (the default) / "ignore" (the page keeps a new value without a
    rerun; the next rerun carries it)."""
    return validate_callback_mode(on_change, supported_modes=("rerun", "ignore"))


def ignores_rerun(on_change: Any) -> bool:
    return isinstance(on_change, str) and on_change == "ignore"


def user_key_of(widget_id: str) -> str | None:
    """The user key an element id ends with (None: no key)."""
    key = widget_id.split("-", maxsplit=2)[-1]
    return None if key == "None" else key


def check_state_options(widget_id: str, bind: Any, persist_state: Any) -> None:
    """``bind`` and ``persist_state``, checked as Streamlit 1.67 does."""
    if bind is not None and bind != "query-params":
        raise StreamlitValueError("bind", ["'query-params'", "None"])
    if bind == "query-params" and user_key_of(widget_id) is None:
        raise StreamlitMissingRequiredParameterError(
            "key",
            detail=(
                "When using bind='query-params', the widget must have a unique "
                "'key' parameter specified. This 'key' will be used as the name "
                "of the query parameter."
            ),
        )
    if persist_state is not None:
        if persist_state not in ("page", "session"):
            raise StreamlitValueError("persist_state", ["'page'", "'session'", "None"])
        if user_key_of(widget_id) is None:
            raise StreamlitMissingRequiredParameterError(
                "key",
                detail=(
                    "When using persist_state, the widget must have a unique 'key' "
                    "parameter specified so its value can be preserved across reruns "
                    "and page switches."
                ),
            )


def check_widget_policies(
    dg: "DeltaGenerator",
    key: str | None,
    on_change: Callable[..., Any] | None = None,
    *,
    default_value: Any = None,
    writes_allowed: bool = True,
    check_callback_rules: bool = True,
) -> None:
    if cache_replay.in_cached_function():
        # Shown, not raised, as in Streamlit: the widget still works on a miss.
        dg_singletons.main_dg().exception(CachedWidgetWarning())
    if check_callback_rules and dg._form and on_change is not None:
        raise StreamlitInvalidFormCallbackError()
    if key is None:
        return
    require_valid_user_key(key)
    ctx = current_or_bare_ctx()
    if not ctx.session_state.is_new_state_value(key):
        return
    if not writes_allowed:
        raise StreamlitValueAssignmentNotAllowedError(key=key)
    if default_value is not None and not ctx.config.get_option("global.disableWidgetStateDuplicationWarning"):
        print(
            f'The widget with key "{key}" was created with a default value but also had '
            "its value set via the Session State API.",
            file=sys.stderr,
        )


def check_label(label: Any, label_visibility: str) -> str:
    text = "" if label is None else str(label)
    if not text:
        print(
            "`label` got an empty value. This is discouraged for accessibility "
            "reasons and may be disallowed in the future by raising an exception. "
            "Please provide a non-empty label and hide it with label_visibility "
            "if needed.",
            file=sys.stderr,
        )
    if label_visibility not in LABEL_VISIBILITIES:
        raise StreamlitValueError("label_visibility", ["'visible'", "'hidden'", "'collapsed'"])
    return text


def compute_widget_id(
    element_type: str,
    dg: "DeltaGenerator",
    *,
    user_key: str | None,
    key_as_main_identity: bool | set[str],
    **kwargs: Any,
) -> str:
    """A stable id from the widget's type and parameters (or its key), and
    register it for this run, raising on duplicates like Streamlit."""
    ctx = current_or_bare_ctx()
    ignore_kwargs = user_key is not None and (key_as_main_identity is True or isinstance(key_as_main_identity, set))
    if isinstance(key_as_main_identity, set) and user_key:
        used = {k: v for k, v in kwargs.items() if k in key_as_main_identity}
    else:
        used = {} if ignore_kwargs else dict(kwargs)
    used["active_script_hash"] = ""
    if not ignore_kwargs:
        used["form_id"] = dg._form
        used["active_dg_root_container"] = dg._active_dg._root
    h = hashlib.md5(usedforsecurity=False)
    h.update(element_type.encode())
    if user_key:
        h.update(user_key.encode())
    for name, value in used.items():
        h.update(str(name).encode())
        h.update(str(value).encode())
    widget_id = f"{ELEMENT_ID_PREFIX}-{h.hexdigest()}-{user_key}"
    _register_id(ctx, element_type, widget_id, user_key)
    return widget_id


def _register_id(ctx: ScriptRunContext, element_type: str, widget_id: str, user_key: str | None) -> None:
    if ctx.bare:
        return  # no run: nothing to collide with (as Streamlit without a context)
    if user_key:
        if user_key in ctx.widget_user_keys_this_run:
            raise StreamlitDuplicateElementKey(user_key)
        ctx.widget_user_keys_this_run.add(user_key)
    if widget_id in ctx.widget_ids_this_run:
        raise StreamlitDuplicateElementId(element_type)
    ctx.widget_ids_this_run.add(widget_id)


def register_widget(
    widget_id: str,
    *,
    user_key: str | None,
    deserializer: Callable[[Any], Any],
    serializer: Callable[[Any], Any],
    value_type: str,
    on_change: Callable[..., Any] | None,
    args: Iterable[Any] | None,
    kwargs: dict[str, Any] | None,
    disabled: bool,
    bind: BindOption = None,
    persist_state: PersistState = None,
    clearable: bool | None = None,
    formatted_options: list[str] | None = None,
    max_array_length: int | None = None,
    allow_url_duplicates: bool = False,
    callbacks: dict[str, Callable[..., Any]] | None = None,
    presenter: Callable[[Any, Any], Any] | None = None,
) -> RegisteredValue:
    """Registers the widget with the session state (after checking ``bind``
    and ``persist_state``) and returns its value. A bound widget must say
    whether an empty URL value is a value for it (``clearable``)."""
    check_state_options(widget_id, bind, persist_state)
    if bind == "query-params" and clearable is None:
        raise ValueError("clearable must be explicitly set when bind='query-params'.")
    ctx = current_or_bare_ctx()
    meta = WidgetMetadata(
        id=widget_id,
        deserializer=deserializer,
        serializer=serializer,
        value_type=value_type,
        callback=on_change,
        callback_args=tuple(args) if args is not None else None,
        callback_kwargs=dict(kwargs) if kwargs is not None else None,
        disabled=bool(disabled),
        fragment_id=ctx.current_fragment_id,
        bind=bind,
        persist_state=persist_state,
        formatted_options=formatted_options,
        clearable=bool(clearable),
        max_array_length=max_array_length,
        allow_url_duplicates=allow_url_duplicates,
        callbacks=callbacks,
        presenter=presenter,
    )
    with ctx.control.protected():
        registered = ctx.session_state.register_widget(meta, user_key, script_hash=ctx.active_script_hash)
    ctx.control.widget_created(widget_id)
    return registered


def register_selection(
    widget_id: str,
    *,
    user_key: str | None,
    deserializer: Callable[[Any], Any],
    serializer: Callable[[Any], Any],
    on_change: Callable[..., Any] | None,
) -> RegisteredValue:
    """A selection's state (st.dataframe, st.plotly_chart, st.pydeck_chart,
    st.echarts_chart with on_select): a widget of one string value, whose
    callback takes no arguments and which is never disabled."""
    return register_widget(
        widget_id,
        user_key=user_key,
        deserializer=deserializer,
        serializer=serializer,
        value_type="string_value",
        on_change=on_change,
        args=None,
        kwargs=None,
        disabled=False,
    )


def bind_props(
    key: str | None,
    bind: str | None,
    *,
    value_type: str,
    default_wire: Any,
    clearable: bool,
    date_type: str | None = None,
) -> dict[str, Any] | None:
    """What the page needs to keep a bound widget's URL parameter in step
    with the value the user picks: the parameter, how to write the value,
    and the default (at which the parameter leaves the URL)."""
    if bind != "query-params" or key is None:
        return None
    default: str | list[str] | None
    if default_wire is None:
        default = None
    elif date_type is not None:
        default = [query_binding.iso_from_micros(v, date_type) for v in default_wire]
    else:
        default = query_binding.url_text(default_wire, value_type)
    return {
        "param": key,
        "valueType": value_type,
        "default": default,
        "clearable": bool(clearable),
        "dateType": date_type,
    }


def widget_props(
    dg: "DeltaGenerator",
    *,
    widget_id: str,
    key: str | None,
    label: str,
    label_visibility: str,
    help: Any,
    disabled: bool,
    value: Any,
    default: Any,
    set_value: bool,
    on_change: OnChange = None,
    bind: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """The props every widget node has. ``on_change="ignore"``: the page
    keeps a new value without a rerun (``ignoreRerun``); ``bind``: see
    bind_props."""
    props = {
        "id": widget_id,
        "key": key,
        "formId": dg._form,
        "label": label,
        "labelVisibility": label_visibility,
        "help": help_text(help),
        "disabled": bool(disabled),
        "value": value,
        "default": default,
        "setValue": bool(set_value),
    }
    if ignores_rerun(on_change):
        props["ignoreRerun"] = True
    if bind is not None:
        props["bind"] = bind
    props.update(extra)
    return props

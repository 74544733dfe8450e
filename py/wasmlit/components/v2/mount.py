"""Mounting a v2 component: ``st._bidi_component`` in Streamlit.

One call adds a ``bidiComponent`` element (protocol/messages.js) and
registers two widgets, as Streamlit does: the component's *state* (a JSON
mapping the page updates with ``setStateValue``; ``default`` fills names it
lacks) and, under an internal id, its *trigger aggregator* (the events a run
received through ``setTriggerValue``, None again after that run). The
``on_<name>_change`` callbacks run for the state names that changed and for
the trigger events that arrived.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from wasmlit.caching import replay as cache_replay
from wasmlit.components.v2 import definitions
from wasmlit.components.v2.data import serialize_data
from wasmlit.components.v2.presenter import make_presenter
from wasmlit.components.v2.result import AttributeDictionary, ComponentResult
from wasmlit.elements.layout_checks import validate_width
from wasmlit.errors import (
    BidiComponentInvalidCallbackNameError,
    BidiComponentInvalidDefaultKeyError,
    BidiComponentInvalidIdError,
    CachedWidgetWarning,
    StreamlitAPIException,
)
from wasmlit.runtime.session_state import INTERNAL_KEY_PREFIX
from wasmlit import dg_singletons
from wasmlit.runtime.context import current_or_bare_ctx, get_script_run_ctx
from wasmlit.widgets.common import compute_widget_id, register_widget, to_key

EVENT_DELIM = "__"


def trigger_id(base: str, event: str = "events") -> str:
    if EVENT_DELIM in base:
        raise BidiComponentInvalidIdError("base", EVENT_DELIM)
    if EVENT_DELIM in event:
        raise BidiComponentInvalidIdError("event", EVENT_DELIM)
    return f"{INTERNAL_KEY_PREFIX}_{base}{EVENT_DELIM}{event}"


def _callbacks(kwargs: dict[str, Any]) -> dict[str, Any]:
    callbacks: dict[str, Any] = {}
    for name, value in kwargs.items():
        if not callable(value):
            continue
        if not (name.startswith("on_") and name.endswith("_change")):
            continue
        event = name[3:-7]
        if not event or event == "_":
            raise BidiComponentInvalidCallbackNameError(name)
        callbacks[event] = value
    return callbacks


def _digest(value: Any) -> str:
    return hashlib.md5(json.dumps(value, sort_keys=True, default=str).encode(), usedforsecurity=False).hexdigest()


class _StateSerde:
    """The state widget's value: a flat mapping; `default` fills missing names."""

    def __init__(self, default: dict[str, Any] | None) -> None:
        self.default = default

    def deserialize(self, wire: Any) -> AttributeDictionary:
        if isinstance(wire, dict):
            value = dict(wire)
        elif isinstance(wire, str):
            try:
                parsed = json.loads(wire)
            except (json.JSONDecodeError, TypeError):
                parsed = {}
            value = parsed if isinstance(parsed, dict) else {}
        else:
            value = {}
        for name, default in (self.default or {}).items():
            value.setdefault(name, default)
        return AttributeDictionary(value)

    @staticmethod
    def serialize(value: Any) -> Any:
        return dict(value) if isinstance(value, dict) else value


def _trigger_list(wire: Any) -> list[Any] | None:
    if wire is None:
        return None
    if isinstance(wire, str):
        try:
            wire = json.loads(wire)
        except json.JSONDecodeError:
            pass
    return wire if isinstance(wire, list) else [wire]


def bidi_component(
    component_name: str,
    key: Any = None,
    isolate_styles: bool = True,
    data: Any = None,
    default: dict[str, Any] | None = None,
    width: Any = "stretch",
    height: Any = "content",
    **kwargs: Any,
) -> ComponentResult:
    if cache_replay.in_cached_function():
        dg_singletons.main_dg().exception(CachedWidgetWarning())
    key = to_key(key)
    if get_script_run_ctx() is None:
        return ComponentResult({}, {})
    definition = definitions.get(component_name)
    if definition is None:
        raise StreamlitAPIException(
            f"Component '{component_name}' is not registered.", error_id="bidi-component-not-registered"
        )
    callbacks = _callbacks(kwargs)
    if default is not None:
        for name in default:
            if name not in callbacks:
                raise BidiComponentInvalidDefaultKeyError(name, list(callbacks.keys()))
    validate_width(width, allow_content=True)
    wire_data = serialize_data(data)
    dg = dg_singletons.main_dg()._active_dg
    ctx = current_or_bare_ctx()
    widget_id = compute_widget_id(
        "bidi_component",
        dg,
        user_key=key,
        key_as_main_identity=True,
        component_name=component_name,
        isolate_styles=isolate_styles,
        width=width,
        height=height,
        default=default,
        data=_digest(wire_data),
    )
    aggregator_id = trigger_id(widget_id)
    serde = _StateSerde(default)
    state = register_widget(
        widget_id,
        user_key=key,
        deserializer=serde.deserialize,
        serializer=serde.serialize,
        value_type="json_value",
        on_change=None,
        args=None,
        kwargs=None,
        disabled=False,
        callbacks=callbacks or None,
        presenter=make_presenter(aggregator_id, widget_id, set(callbacks) if callbacks else None),
    )
    triggers = register_widget(
        aggregator_id,
        user_key=None,
        deserializer=_trigger_list,
        serializer=lambda v: v,
        value_type="json_trigger_value",
        on_change=None,
        args=None,
        kwargs=None,
        disabled=False,
        callbacks=callbacks or None,
    )
    ctx.widget_ids_this_run.add(aggregator_id)
    events: dict[str, Any] = {}
    for payload in triggers.value or []:
        if isinstance(payload, dict) and isinstance(payload.get("event"), str):
            events[payload["event"]] = payload.get("value")
    trigger_vals = {name: events.get(name) for name in callbacks}
    dg._enqueue(
        "bidiComponent",
        {
            "id": widget_id,
            "key": key,
            "formId": dg._form,
            "componentName": component_name,
            "isolateStyles": bool(isolate_styles),
            "htmlContent": definition.html or "",
            "cssContent": definition.css or "",
            "jsContent": definition.js or "",
            "cssUrl": definition.css_url,
            "jsUrl": definition.js_url,
            "data": wire_data,
            "width": width,
            "height": height,
            "aggregatorId": aggregator_id,
            "value": serde.serialize(state.value),
            "default": None,
            "setValue": state.value_changed,
        },
    )
    state_vals = dict(state.value) if isinstance(state.value, dict) else {}
    return ComponentResult(state_vals, trigger_vals)

"""Checks a message against the typed schema (wasmlit.protocol, wasmlit.protocol_props).

``problems(message)`` lists what is wrong with one worker -> page message: an
unknown tag or node type, a missing or unknown field, a value of the wrong
type. The CPython tests run it on every message the runtime emits, so a wrong
tag or a missing prop fails a test instead of a user's page.
"""

from __future__ import annotations

import types
import typing
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints, is_typeddict

from wasmlit import protocol
from wasmlit.protocol_props import BLOCK_PROPS, ELEMENT_PROPS, Layout

_HINTS: dict[type, dict[str, Any]] = {}


def _hints(typed_dict: type) -> dict[str, Any]:
    if typed_dict not in _HINTS:
        _HINTS[typed_dict] = get_type_hints(typed_dict)
    return _HINTS[typed_dict]


def problems(message: dict[str, Any]) -> list[str]:
    """What is wrong with this worker -> page message ([] when it matches the schema)."""
    message_type = message.get("type")
    schema = protocol.FROM_WORKER_MESSAGES.get(message_type) if isinstance(message_type, str) else None
    if schema is None:
        return [f"unknown message type {message.get('type')!r}"]
    found = _check_typed_dict(message, schema, message["type"])
    if message["type"] == protocol.DELTA and isinstance(message.get("node"), dict):
        found += node_problems(message["node"], "delta.node")
    return found


def node_problems(node: dict[str, Any], where: str = "node") -> list[str]:
    """What is wrong with one element or block node's props."""
    table = ELEMENT_PROPS if node.get("kind") == "element" else BLOCK_PROPS
    node_type = node.get("type")
    props_type = table.get(node_type) if isinstance(node_type, str) else None
    if props_type is None:
        return [f"{where}: unknown {node.get('kind')} type {node.get('type')!r}"]
    props = dict(node.get("props") or {})
    found: list[str] = []
    if "key" not in _hints(props_type):
        # Every node may carry the user key.
        key = props.pop("key", None)
        if key is not None and not isinstance(key, str):
            found.append(f"{where}.props.key: {key!r} is not a string")
    if "layout" not in _hints(props_type) and "layout" in props:
        # ...and its layout (protocol_props.Layout).
        found += _check(props.pop("layout"), Layout, f"{where}.props.layout")
    return found + _check_typed_dict(props, props_type, f"{where}({node['type']}).props")


def _check_typed_dict(value: Any, typed_dict: type, where: str) -> list[str]:
    if not isinstance(value, dict):
        return [f"{where}: {type(value).__name__} is not an object"]
    hints = _hints(typed_dict)
    # A TypedDict class: mypy has no type for those that declares __required_keys__.
    required: frozenset[str] = typed_dict.__required_keys__  # type: ignore[attr-defined]
    found = [f"{where}: missing {name!r}" for name in sorted(required - value.keys())]
    found += [f"{where}: unknown field {name!r}" for name in sorted(value.keys() - hints.keys())]
    for name, field_value in value.items():
        if name in hints:
            found += _check(field_value, hints[name], f"{where}.{name}")
    return found


def _check(value: Any, hint: Any, where: str) -> list[str]:
    origin = get_origin(hint)
    if hint is Any:
        return []
    if origin in (typing.NotRequired, typing.Required):
        return _check(value, get_args(hint)[0], where)
    if origin in (Union, types.UnionType):
        options = get_args(hint)
        for option in options:
            if not _check(value, option, where):
                return []
        return [f"{where}: {value!r:.80} matches none of {_name(hint)}"]
    if origin is Literal:
        return (
            []
            if any(value == choice and type(value) is type(choice) for choice in get_args(hint))
            else [f"{where}: {value!r:.80} is not one of {get_args(hint)}"]
        )
    if hint is type(None) or hint is None:
        return [] if value is None else [f"{where}: {value!r:.80} is not null"]
    if is_typeddict(hint):
        return _check_typed_dict(value, hint, where)
    if origin is list:
        if not isinstance(value, list):
            return [f"{where}: {value!r:.80} is not a list"]
        (item,) = get_args(hint) or (Any,)
        return [problem for i, entry in enumerate(value) for problem in _check(entry, item, f"{where}[{i}]")]
    if origin is dict or hint is dict:
        if not isinstance(value, dict):
            return [f"{where}: {value!r:.80} is not an object"]
        args = get_args(hint)
        if not args:
            return []
        return [problem for k, entry in value.items() for problem in _check(entry, args[1], f"{where}[{k!r}]")]
    if hint is bool:
        return [] if isinstance(value, bool) else [f"{where}: {value!r:.80} is not a bool"]
    if hint in (int, float):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if hint is int and isinstance(value, float):
            ok = value.is_integer()
        return [] if ok else [f"{where}: {value!r:.80} is not a number"]
    if hint is str:
        return [] if isinstance(value, str) else [f"{where}: {value!r:.80} is not a string"]
    if hint is bytes:
        return [] if isinstance(value, (bytes, bytearray, memoryview)) else [f"{where}: not bytes"]
    return []


def _name(hint: Any) -> str:
    return " | ".join(getattr(arg, "__name__", repr(arg)) for arg in get_args(hint))

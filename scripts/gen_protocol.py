"""Writes protocol/messages.js from the typed schema in py/wasmlit/protocol.py
and py/wasmlit/protocol_props.py: the message tags, the shared constants
(run statuses, script states, root ids, interrupt-buffer slots, the element and
block types) and JSDoc typedefs of every message and every node's props.

    python3 scripts/gen_protocol.py          # rewrite protocol/messages.js
    python3 scripts/gen_protocol.py --check  # exit 1 if it is stale

py/tests/test_protocol.py runs the check, so a schema change without a
regenerated file fails the tests.
"""

import ast
import inspect
import json
import sys
import types
import typing
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints, is_typeddict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "py"))

from wasmlit import protocol, protocol_props  # noqa: E402

TARGET = ROOT / "protocol" / "messages.js"


def field_docs(cls: type) -> dict[str, str]:
    """The string literal under each field of a TypedDict class (its doc)."""
    docs: dict[str, str] = {}
    try:
        tree = ast.parse(inspect.getsource(cls))
    except (OSError, TypeError):
        return docs
    body = tree.body[0].body  # type: ignore[attr-defined]
    for field, after in zip(body, body[1:]):
        if (
            isinstance(field, ast.AnnAssign)
            and isinstance(field.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            docs[field.target.id] = " ".join(after.value.value.split())
    return docs


def alias_names(module: Any) -> dict[Any, str]:
    """Module-level aliases of unions (Width, Node, ...) -> their names, for readable typedefs."""
    return {
        value: name
        for name, value in vars(module).items()
        if not name.startswith("_") and get_origin(value) in (Union, types.UnionType)
    }


# Node, ToWorker and FromWorker are written as unions of their members below.
ALIASES = {**alias_names(protocol_props), **alias_names(protocol)}
for _written in (protocol.Node, protocol.ToWorker, protocol.FromWorker):
    ALIASES.pop(_written, None)


def js_type(hint: Any, top: bool = False) -> str:
    if not top and hint in ALIASES:
        return ALIASES[hint]
    if hint == protocol.Node:
        return "Node"
    origin = get_origin(hint)
    if hint is Any:
        return "any"
    if origin in (typing.NotRequired, typing.Required):
        return js_type(get_args(hint)[0])
    if origin in (Union, types.UnionType):
        return "|".join(dict.fromkeys(js_type(arg) for arg in get_args(hint)))
    if origin is Literal:
        return "|".join(json.dumps(arg) for arg in get_args(hint))
    if hint is type(None) or hint is None:
        return "null"
    if is_typeddict(hint):
        return hint.__name__
    if origin is list:
        (item,) = get_args(hint)
        inner = js_type(item)
        return f"({inner})[]" if "|" in inner else f"{inner}[]"
    if origin is dict or hint is dict:
        args = get_args(hint)
        return f"Object<string, {js_type(args[1])}>" if args else "Object<string, any>"
    if hint is bool:
        return "boolean"
    if hint in (int, float):
        return "number"
    if hint is str:
        return "string"
    if hint is bytes:
        return "Uint8Array"
    raise TypeError(f"no JavaScript type for {hint!r}")


def typedef(cls: type) -> list[str]:
    doc = inspect.getdoc(cls) or ""
    if doc.startswith(("Represent a", "dict() -> new empty dictionary")):
        doc = ""
    lines = ["/**"]
    lines += [f" * {line}".rstrip() for line in doc.splitlines()]
    lines.append(f" * @typedef {{object}} {cls.__name__}")
    hints = get_type_hints(cls)
    required = cls.__required_keys__  # type: ignore[attr-defined]
    docs: dict[str, str] = {}
    for base in reversed(cls.__mro__):
        if is_typeddict(base) or base is cls:
            docs.update(field_docs(base))
    for name, hint in hints.items():
        text = f" * @property {{{js_type(hint)}}} {name if name in required else '[' + name + ']'}"
        if docs.get(name):
            text += f" {docs[name]}"
        lines.append(text)
    lines.append(" */")
    return lines


def typed_dicts() -> list[type]:
    """Every TypedDict of the two modules, in source order (dependencies first)."""
    found: list[type] = []
    for module in (protocol_props, protocol):
        for value in vars(module).values():
            if is_typeddict(value) and value.__module__ == module.__name__ and value not in found:
                found.append(value)
    return found


def frozen(name: str, doc: str, values: dict[str, Any]) -> list[str]:
    lines = [f"/** {doc} */", f"export const {name} = Object.freeze({{"]
    lines += [f"  {key}: {json.dumps(value)}," for key, value in values.items()]
    lines.append("});")
    return lines


def union(name: str, members: list[str]) -> str:
    return f"/** @typedef {{{'|'.join(members)}}} {name} */"


def render() -> str:
    out = [
        "// GENERATED by scripts/gen_protocol.py from py/wasmlit/protocol.py and",
        "// py/wasmlit/protocol_props.py: edit those and rerun the script (a test fails",
        "// when this file is stale). The one message schema between the page (web/)",
        "// and the worker (worker/); the Python runtime builds the worker -> page",
        "// messages that travel as JSON text and are posted on by the worker.",
        "// @ts-check",
        "",
    ]
    out += frozen("TO_WORKER", "Message type tags, page -> worker.", protocol.TO_WORKER_TAGS)
    out += frozen("FROM_WORKER", "Message type tags, worker -> page.", protocol.FROM_WORKER_TAGS)
    out += frozen("SANDBOX", "Messages of a sandboxed (opaque-origin) worker and its page.", protocol.SANDBOX_TAGS)
    out += frozen("RUN_STATUS", "runFinished.status: how a run ended.", protocol.RUN_STATUS)
    out.append("/** Run statuses after which the stale nodes are removed. */")
    out.append(f"export const RUN_STATUSES_THAT_CLEAR = Object.freeze({json.dumps(list(protocol.RUN_STATUSES_THAT_CLEAR))});")
    out += frozen("SCRIPT_STATE", "stApp's data-test-script-state.", protocol.SCRIPT_STATE)
    out += frozen("ROOT", "The root containers: path[0] of every node.", protocol.ROOT)
    out += frozen(
        "INTERRUPT",
        "The shared interrupt buffer's slots and codes (slot 0: Pyodide's, the page writes SIGINT;"
        " slot 1: what the page wants, a stop outranks a rerun).",
        protocol.INTERRUPT,
    )
    out.append("/** The element types (node.kind \"element\"). */")
    out.append(f"export const ELEMENT_TYPES = Object.freeze({json.dumps(list(protocol_props.ELEMENT_PROPS))});")
    out.append("/** The block types (node.kind \"block\"). */")
    out.append(f"export const BLOCK_TYPES = Object.freeze({json.dumps(list(protocol_props.BLOCK_PROPS))});")
    out.append("/** Node types that are widgets (the page keeps their value by id). */")
    out.append(f"export const WIDGET_TYPES = Object.freeze({json.dumps(list(protocol_props.WIDGET_TYPES))});")
    out.append("/** Widgets whose value is a one-shot trigger, sent in one rerun only. */")
    out.append(f"export const TRIGGER_TYPES = Object.freeze({json.dumps(list(protocol_props.TRIGGER_TYPES))});")
    out.append("")
    out.append("// Element and block types and their props (see the typedefs below):")
    for kind, table in (("element", protocol_props.ELEMENT_PROPS), ("block", protocol_props.BLOCK_PROPS)):
        for node_type, props in table.items():
            out.append(f"//   {node_type}  {kind}, props {props.__name__}")
    out.append("")
    for alias, name in sorted(((a, n) for a, n in ALIASES.items()), key=lambda item: item[1]):
        out.append(f"/** @typedef {{{js_type(alias, top=True)}}} {name} */")
    for cls in typed_dicts():
        if cls in (protocol.ElementNode, protocol.BlockNode):
            continue
        out += typedef(cls)
    nodes = []
    for kind, table in (("element", protocol_props.ELEMENT_PROPS), ("block", protocol_props.BLOCK_PROPS)):
        for node_type, props in table.items():
            name = node_type[0].upper() + node_type[1:] + ("Node" if kind == "element" else "BlockNode")
            out.append(
                f"/** @typedef {{{{kind: \"{kind}\", type: \"{node_type}\", props: {props.__name__}, "
                f"command?: string}}}} {name} */"
            )
            nodes.append(name)
    out.append(union("Node", nodes))
    out.append(union("ToWorker", [cls.__name__ for cls in protocol.TO_WORKER_MESSAGES.values()]))
    out.append(union("FromWorker", [cls.__name__ for cls in protocol.FROM_WORKER_MESSAGES.values()]))
    out.append("")
    return "\n".join(out)


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        if not TARGET.exists() or TARGET.read_text() != text:
            print(f"{TARGET.relative_to(ROOT)} is stale: run python3 scripts/gen_protocol.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

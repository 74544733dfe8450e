"""st.help: a summary of any object (name, type, value, docstring, members)."""

from __future__ import annotations

import ast
import importlib
import inspect
import os
import re
import types
from typing import TYPE_CHECKING, Any
from wasmlit.type_aliases import Width
from wasmlit.elements.layout_checks import validate_width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

_PACKAGE_DIR = os.path.realpath(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_MEM_ADDRESS = re.compile(r"^<.+ at 0x[0-9a-fA-F]+>$", re.S)
_MAX_VALUE = 300


def _docstring(obj: Any) -> str | None:
    doc = inspect.getdoc(obj)
    if doc is None:
        kind = type(obj)
        if (
            kind is not type
            and kind is not types.ModuleType
            and not inspect.isfunction(obj)
            and not inspect.ismethod(obj)
        ):
            doc = inspect.getdoc(kind)
    return doc.strip() if doc else None


def _type_name(obj: Any) -> str:
    return "class" if inspect.isclass(obj) else type(obj).__name__


def _shorten(text: str) -> str:
    text = text.strip()
    return text[:_MAX_VALUE] + "..." if len(text) > _MAX_VALUE else text


def _readable_value(obj: Any) -> str | None:
    """repr() of plain data; None for classes, modules, callables and `<... at 0x..>`."""
    if inspect.isclass(obj) or inspect.ismodule(obj) or callable(obj):
        return None
    text = repr(obj)
    if not isinstance(obj, str) and _MEM_ADDRESS.match(text):
        return None
    return _shorten(text)


def _signature(obj: Any) -> str | None:
    if not inspect.isclass(obj) and not callable(obj):
        return None
    try:
        return str(inspect.signature(obj))
    except (ValueError, NameError):
        return "(...)"
    except TypeError:
        return None


def _value(obj: Any, var_name: str | None) -> str | None:
    readable = _readable_value(obj)
    if readable is not None:
        return readable
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    target = obj
    if not name:
        target = type(obj)
        name = getattr(target, "__qualname__", None) or getattr(target, "__name__", None)
    if not name:
        return None
    module = getattr(target, "__module__", None)
    text = f"{module}.{name}{_signature(target) or ''}" if module else f"{name}{_signature(target) or ''}"
    return None if text == var_name else text


def _is_property(obj: Any, attr: str) -> bool:
    for klass in inspect.getmro(type(obj)):
        found = klass.__dict__.get(attr)
        if found is not None:
            return isinstance(found, property) or inspect.isgetsetdescriptor(found)
    return False


def _weight(value: Any) -> int:
    if inspect.ismodule(value):
        return 3
    if inspect.isclass(value):
        return 2
    return 1 if callable(value) else 0


def _members(obj: Any) -> list[dict[str, Any]]:
    found = []
    for attr in dir(obj):
        if attr.startswith("_"):
            continue
        try:
            if _is_property(obj, attr):
                kind, weight, value = "property", 0, None
                doc = _docstring(getattr(type(obj), attr))
            else:
                member = getattr(obj, attr)
                weight = _weight(member)
                kind = _type_name(member)
                value = _readable_value(member)
                doc = _docstring(member) if value is None else None
        except AttributeError:
            continue
        except Exception:  # noqa: BLE001 - a property or __getattr__ that fails: skip it
            continue
        if kind == "module":
            continue
        first_line = doc.partition("\n")[0] if doc else None
        found.append((weight, {"name": attr, "type": kind, "value": value, "docString": first_line}))
    found.sort(key=lambda item: (item[0], item[1]["name"]))
    return [member for _, member in found]


def _caller_line() -> str | None:
    for frame in inspect.stack():
        if frame.code_context is None:
            return None
        try:
            where = os.path.realpath(frame.filename)
        except (OSError, ValueError):
            where = frame.filename
        if not where.startswith(_PACKAGE_DIR + os.sep):
            return re.sub(r"[\n\r]+", "", "".join(frame.code_context).strip())
    return None


def variable_name_from_code(code: str) -> str | None:
    """What the user called the object in `st.help(x)` / `st.write(x)` / `x` (magic)."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    if not tree.body or not isinstance(tree.body[0], ast.Expr):
        return None
    call = tree.body[0].value
    if not isinstance(call, ast.Call) or (
        getattr(call.func, "id", None) not in ("help", "write")
        and getattr(call.func, "attr", None) not in ("help", "write")
    ):
        return code.removesuffix(",")
    if not call.args:
        return None
    arg = call.args[0]
    if isinstance(arg, ast.NamedExpr):
        return arg.target.id if isinstance(arg.target, ast.Name) else None
    if isinstance(arg, ast.Constant):
        return None
    return code[arg.col_offset : arg.end_col_offset]


def help_props(obj: Any, var_name: str | None) -> dict[str, Any]:
    return {
        "name": var_name,
        "type": _type_name(obj),
        "value": _value(obj, var_name),
        "docString": _docstring(obj),
        "members": _members(obj),
    }


class _StreamlitModule:
    """The default of st.help's ``obj``: the streamlit module (wasmlit's,
    found when st.help is called, since this module is part of it)."""

    def __repr__(self) -> str:
        return "<module 'streamlit'>"


_DEFAULT = _StreamlitModule()


class HelpMixin:
    def help(self, obj: Any = _DEFAULT, *, width: Width = "stretch") -> "DeltaGenerator":
        """Shows an object's type, value, docstring and members.

        Args:
            obj: The object to describe (default: the streamlit module).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        if obj is _DEFAULT:
            obj = importlib.import_module("streamlit")
        line = _caller_line()
        name = variable_name_from_code(line) if line else None
        # Checked as in Streamlit 1.67; the page does not size it by ``width`` yet.
        validate_width(width)
        return as_dg(self)._enqueue("help", help_props(obj, name))

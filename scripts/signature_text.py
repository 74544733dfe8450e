"""A command's signature as text, the same way for Streamlit and wasmlit:
names, order, kinds and defaults, no annotations, no `self`; a module as a
default is written `<module 'name'>` (its repr holds a machine's file path).
Used by scripts/streamlit_api_names.py (writes Streamlit's) and
py/tests/test_signatures.py (compares wasmlit's with it)."""

from __future__ import annotations

import inspect


class _ModuleDefault:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<module '{self.name}'>"


def signature_text(value) -> str | None:
    """`(a, b=1, *, c='x')`, or None when `value` has no signature."""
    try:
        signature = inspect.signature(value)
    except (TypeError, ValueError):
        return None
    params = []
    for p in signature.parameters.values():
        if p.name == "self":
            continue
        default = p.default
        if inspect.ismodule(default):
            default = _ModuleDefault(default.__name__)
        params.append(p.replace(annotation=p.empty, default=default))
    return str(signature.replace(parameters=params, return_annotation=inspect.Signature.empty))

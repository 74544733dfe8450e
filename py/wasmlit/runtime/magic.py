"""Magic: a bare expression statement in the script is written with st.write.

The script's syntax tree is rewritten so that each displayable expression
statement becomes ``__streamlitmagic__.transparent_write(<expr>)``; the
runner binds that name in the script's globals.
"""

from __future__ import annotations

import ast
from wasmlit import dg_singletons
from typing import Any

MAGIC_NAME = "__streamlitmagic__"

_RECURSE_BODY = (ast.FunctionDef, ast.AsyncFunctionDef, ast.With, ast.AsyncWith)
_RECURSE_BODY_ELSE = (ast.For, ast.AsyncFor, ast.While, ast.If)
_TRY_TYPES = tuple(t for t in (ast.Try, getattr(ast, "TryStar", None)) if t is not None)


def transparent_write(*args: Any) -> Any:
    """st.write(*args), returning what it was given."""
    dg_singletons.main_dg().write(*args)
    return args[0] if len(args) == 1 else args


def _is_docstring(node: ast.AST, index: int, parent: ast.AST) -> bool:
    return (
        index == 0
        and isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and isinstance(parent, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef))
    )


def _write_call(args: list[ast.expr]) -> ast.Call:
    return ast.Call(
        func=ast.Attribute(value=ast.Name(id=MAGIC_NAME, ctx=ast.Load()), attr="transparent_write", ctx=ast.Load()),
        args=args,
        keywords=[],
    )


def _rewrite(parent: ast.AST, attr: str = "body") -> None:
    body = getattr(parent, attr, None) or []
    for index, node in enumerate(body):
        if isinstance(node, _RECURSE_BODY):
            _rewrite(node)
        elif isinstance(node, _RECURSE_BODY_ELSE):
            _rewrite(node)
            _rewrite(node, "orelse")
        elif isinstance(node, ast.ClassDef):
            for inner in node.body:
                if isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    _rewrite(inner)
        elif _TRY_TYPES and isinstance(node, _TRY_TYPES):
            _rewrite(node)
            _rewrite(node, "finalbody")
            _rewrite(node, "orelse")
            for handler in node.handlers:
                _rewrite(handler)
        elif isinstance(node, ast.Match):
            for case in node.cases:
                _rewrite(case)
        elif isinstance(node, ast.Expr):
            value = node.value
            if isinstance(value, (ast.Call, ast.Yield, ast.YieldFrom, ast.Await)):
                continue
            if _is_docstring(value, index, parent):
                continue
            args = list(value.elts) if isinstance(value, ast.Tuple) else [value]
            node.value = _write_call(args)


def add_magic(source: str, filename: str) -> ast.Module:
    tree = ast.parse(source, filename, "exec")
    _rewrite(tree)
    ast.fix_missing_locations(tree)
    return tree

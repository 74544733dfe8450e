"""st.echo: show the code of a `with` block, then (or before) running it."""

from __future__ import annotations

import ast
import contextlib
import textwrap
import traceback
from wasmlit import dg_singletons
from typing import Any, Iterator


def _statements_by_line(tree: ast.AST) -> dict[int, Any]:
    found: dict[int, Any] = {}

    def walk(node: ast.AST) -> None:
        if not hasattr(node, "body"):
            return
        for child in ast.iter_child_nodes(node):
            if hasattr(child, "lineno"):
                found[child.lineno] = child
                walk(child)

    walk(tree)
    return found


def with_block_source(filename: str, with_line: int) -> str:
    """The dedented source of the body of the `with` statement at `with_line`."""
    with open(filename, encoding="utf-8") as f:
        lines = f.readlines()
    statement = _statements_by_line(ast.parse("".join(lines)))[with_line]
    first = statement.body[0]
    start = min([first.lineno] + [d.lineno for d in getattr(first, "decorator_list", [])])
    return textwrap.dedent("".join(lines[start - 1 : statement.end_lineno]))


@contextlib.contextmanager
def echo(code_location: str = "above") -> Iterator[None]:
    """``with st.echo():`` shows the code of the block, then runs it.

    Args:
        code_location: "above" or "below" the output.
    """
    main_dg = dg_singletons.main_dg()
    if code_location == "below":
        show_code, show_warning = main_dg.code, main_dg.warning
    else:
        placeholder = main_dg.empty()
        show_code, show_warning = placeholder.code, placeholder.warning
    code: str | None = None
    problem: str | None = None
    try:
        frame = traceback.extract_stack()[-3]
        code = with_block_source(frame.filename, frame.lineno or 0)
    except OSError as err:
        problem = f"Unable to display code. {err}"
    yield
    if code is not None:
        show_code(code, "python")
    elif problem is not None:
        show_warning(problem)

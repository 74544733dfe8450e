"""st.exception and the display of uncaught exceptions."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any

from wasmlit.elements.exception_hints import hints_props
from wasmlit.elements.traceback_rows import format_rows, has_frames, keep_runs, stack_runs
from wasmlit.errors import MarkdownFormattedException
from wasmlit.runtime.app_environment import app_environment
from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit.type_aliases import Width
from wasmlit.elements.layout_checks import validate_width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _is_internal(filename: str) -> bool:
    try:
        return os.path.abspath(filename).startswith(_PACKAGE_DIR + os.sep)
    except (TypeError, ValueError):
        return False


def _is_user(filename: str) -> bool:
    return not _is_internal(filename)


_FILE_ROW = re.compile(r'^File "([^"]*)"')


def shown_path(path: str) -> str:
    """A file's path as the app's author knows it (app_environment.shown_path)."""
    env = app_environment()
    return env.shown_path(path) if env is not None and path else path


def _shown_rows(rows: list[str]) -> list[str]:
    return [_FILE_ROW.sub(lambda m: f'File "{shown_path(m.group(1))}"', row, count=1) for row in rows]


def stack_trace_lines(exc: BaseException) -> list[str]:
    """The traceback rows shown under an exception, without runtime frames.

    Chained exceptions (``raise X from Y`` or raised while handling another)
    come first, each followed by its own type and message, as Python prints them.
    """
    rows: list[str] = []
    chain: list[BaseException] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        if current.__cause__ is not None:
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            current = current.__context__
        else:
            current = None
    stacks = {id(e): stack_runs(e.__traceback__) for e in chain}
    user_stacks = {key: keep_runs(parts, _is_user) for key, parts in stacks.items()}
    any_user = any(has_frames(parts) for parts in user_stacks.values())
    for e in reversed(chain):
        parts = user_stacks[id(e)] if any_user else stacks[id(e)]
        rows.extend(format_rows(parts))
        if e is not exc:
            rows.append(f"{type(e).__name__}: {e}".rstrip())
            rows.append("")
    return _shown_rows(rows)


def _syntax_error_message(exc: SyntaxError) -> str:
    if exc.text:
        indent = " " * max((exc.offset or 1) - 1, 0)
        return (
            f'File "{shown_path(exc.filename) if exc.filename else exc.filename}", line {exc.lineno}\n'
            f"  {exc.text.rstrip()}\n"
            f"  {indent}^\n"
            f"{type(exc).__name__}: {exc.msg}"
        )
    return str(exc)


def compile_error_text(exc: BaseException) -> str:
    """What Streamlit's "Script execution error" dialog shows for a script that
    does not compile: a SyntaxError's file, line and caret, else its message."""
    if isinstance(exc, SyntaxError):
        return _syntax_error_message(exc)
    return f"{type(exc).__name__}: {exc}"


def _type_name(exc: BaseException, qualified: bool) -> str:
    cls = type(exc)
    if not qualified or cls.__module__ == "builtins":
        return cls.__name__
    return f"{cls.__module__}.{cls.__qualname__}"


def _show_error_links() -> str:
    """client.showErrorLinks as the page needs it: "auto", "true" or "false"."""
    value = current_or_bare_ctx().config.get_option("client.showErrorLinks")
    if isinstance(value, bool):
        return "true" if value else "false"
    value = str(value).strip().lower() if value is not None else "auto"
    return value if value in ("true", "false") else "auto"


def exception_props(exc: BaseException, *, uncaught: bool = False) -> dict[str, Any]:
    if isinstance(exc, SyntaxError):
        message = _syntax_error_message(exc)
        is_markdown = False
    else:
        try:
            message = str(exc).strip()
        except Exception:  # noqa: BLE001 - an exception's str() may fail
            message = ""
        is_markdown = isinstance(exc, MarkdownFormattedException)
    return {
        "type": _type_name(exc, qualified=uncaught),
        "message": message,
        "messageIsMarkdown": is_markdown,
        "stackTrace": stack_trace_lines(exc),
        "isWarning": isinstance(exc, Warning),
        "showErrorLinks": _show_error_links(),
        # wasmlit's own: what to do when the browser is the cause (shown under the traceback).
        **(hints_props(exc, app_environment()) if uncaught else {}),
    }


class ExceptionMixin:
    def exception(self, exception: BaseException, width: Width = "stretch") -> "DeltaGenerator":
        """Shows an exception with its traceback.

        Args:
            exception: The exception to show.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        # Checked as in Streamlit 1.67; the page does not size it by ``width`` yet.
        validate_width(width)
        return as_dg(self)._enqueue("exception", exception_props(exception))

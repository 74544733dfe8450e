"""@st.fragment: a function whose widgets rerun only the function.

Called during a full run, the decorated function opens a container that
carries its fragment id and runs inside it; the storage keeps how to run it
again (same arguments, same container). A widget event in the fragment asks
for a fragment run: only the body runs, the page redraws only that container,
and widgets elsewhere keep their state. ``run_every`` makes the page ask for
fragment runs on a timer.
"""

from __future__ import annotations

import functools
from typing import Any, Callable, TypeVar, cast

from wasmlit.errors import FragmentHandledException, StreamlitAPIException, StreamlitDuplicateElementKey
from wasmlit.runtime.context import get_script_run_ctx
from wasmlit.runtime.control import ScriptControlException
from wasmlit.runtime.durations import duration_seconds
from wasmlit.runtime.fragments import Fragment
from wasmlit.runtime.page_hash import calc_hash
from wasmlit import dg_singletons
from wasmlit.runtime.script_runner import show_exception

F = TypeVar("F", bound=Callable[..., Any])

RESERVED_KEYS = ("app", "fragment")


def _definition_id(func: Callable[..., Any]) -> str:
    """Which function: its module and qualified name (as Streamlit identifies fragments)."""
    return f"{getattr(func, '__module__', '')}.{getattr(func, '__qualname__', repr(func))}"


def _container_path(dg: Any) -> str:
    return f"{dg._root}:{dg._path}"


def _call_showing_errors(ctx: Any, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """Calls the body; its exception is shown where it was writing (the
    fragment's container) and ends the run as a handled error."""
    try:
        return func(*args, **kwargs)
    except (ScriptControlException, FragmentHandledException, KeyboardInterrupt):
        raise
    except Exception as exc:  # shown in the fragment, like Streamlit
        show_exception(ctx, exc)
        raise FragmentHandledException(exc) from exc


def _run_body(ctx: Any, fragment_id: str, body: Callable[[], Any]) -> Any:
    outer = ctx.current_fragment_id
    ctx.current_fragment_id = fragment_id
    try:
        return body()
    finally:
        ctx.current_fragment_id = outer


def _decorate(func: F, run_every: Any, key: Any, extra_identity: str = "") -> F:
    interval = duration_seconds(run_every)
    definition = _definition_id(func) + extra_identity

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> Any:
        ctx = get_script_run_ctx()
        if ctx is None:
            return None
        parent = dg_singletons.main_dg()._active_dg
        identity = f"{definition}@{_container_path(parent)}"
        fragment_id = calc_hash(f"{identity}#{ctx.fragment_storage.occurrence(identity)}")
        if key is not None and not ctx.fragment_storage.claim_key(key, fragment_id):
            raise StreamlitDuplicateElementKey(key)
        container = parent._block(
            "vertical",
            {
                "border": False,
                "height": None,
                "key": None,
                "horizontal": False,
                "gap": "small",
                "fragmentId": fragment_id,
            },
        )

        def body() -> Any:
            with dg_singletons.dg_class()(
                container._root, container._path, form_id=container._form_id, block_type="vertical"
            ):
                return _call_showing_errors(ctx, func, args, kwargs)

        root_cursors = dict(ctx.root_cursors)

        def rerun() -> Any:
            if ctx.fragment_ids_this_run:
                # A fragment run: st.sidebar etc. continue where the full run had them.
                ctx.root_cursors.update(root_cursors)
            return _run_body(ctx, fragment_id, body)

        ctx.fragment_storage.register(Fragment(fragment_id, rerun, interval))
        return rerun()

    return cast(F, wrap)  # functools.wraps keeps func's name and signature


def fragment(func: F | None = None, *, run_every: Any = None, parallel: bool = False, key: Any = None) -> Any:
    """``@st.fragment``: the function reruns on its own when its widgets
    change (``run_every``: also on a timer; ``key``: a name for
    ``st.rerun(scope=...)``). ``parallel`` is accepted; a browser session has
    one thread, so fragments run one after another.

    Args:
        func: The function to cache (decorator use without parentheses).
    """
    if key is not None:
        key = str(key)
    if key is not None and key in RESERVED_KEYS:
        raise StreamlitAPIException(
            f"`{key}` is a reserved name and cannot be used as a fragment key, "
            "because `st.rerun(scope=...)` reads it as a rerun level. Choose a "
            "different key for `@st.fragment(key=...)`."
        )
    if func is None:
        return lambda f: _decorate(f, run_every, key)
    return _decorate(func, run_every, key)


def fragment_with_identity(func: F, extra_identity: str) -> F:
    """A fragment for the runtime's own use (st.dialog's content)."""
    return _decorate(func, None, None, extra_identity)

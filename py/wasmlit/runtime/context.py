"""The context of the script run in progress: who receives elements, which
widget ids and keys this run has used, and which containers are entered."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

# The root containers (path[0] of every node) are defined with the protocol;
# the runtime imports them from here.
from wasmlit.protocol import BOTTOM_ROOT as BOTTOM_ROOT
from wasmlit.protocol import EVENT_ROOT as EVENT_ROOT
from wasmlit.protocol import MAIN_ROOT as MAIN_ROOT
from wasmlit.protocol import SIDEBAR_ROOT as SIDEBAR_ROOT
from wasmlit.runtime.execution_control import ExecutionControl

from wasmlit.runtime.fragments import FragmentStorage
from wasmlit.runtime.query_params import QueryParams
from wasmlit.runtime.config import Config
from wasmlit.runtime.session_state import SessionState

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator
    from wasmlit.protocol import Emit
    from wasmlit.runtime.config import Config
    from wasmlit.runtime.pages_manager import PagesManager
    from wasmlit.runtime.session_state import SessionState


@dataclass
class ScriptRunContext:
    session_state: "SessionState"
    # Sends one worker -> page message (a protocol.FromWorker TypedDict).
    emit: "Emit"
    config: "Config"
    run_id: int = 0
    control: ExecutionControl = field(default_factory=ExecutionControl)
    widget_ids_this_run: set[str] = field(default_factory=set)
    widget_user_keys_this_run: set[str] = field(default_factory=set)
    form_ids_this_run: set[str] = field(default_factory=set)
    # Next free child index of each root container.
    root_cursors: dict[int, int] = field(
        default_factory=lambda: {MAIN_ROOT: 0, SIDEBAR_ROOT: 0, EVENT_ROOT: 0, BOTTOM_ROOT: 0}
    )
    # Containers entered with `with`, innermost last.
    dg_stack: list["DeltaGenerator"] = field(default_factory=list)
    # Multipage apps (None outside a session: one page).
    pages_manager: "PagesManager | None" = None
    query_params: QueryParams = field(default_factory=QueryParams)
    fragment_storage: FragmentStorage = field(default_factory=FragmentStorage)
    # The fragments this run reruns (empty: a full run), and the fragment
    # whose body is running now (None: the app's body).
    fragment_ids_this_run: list[str] = field(default_factory=list)
    current_fragment_id: str | None = None
    # The (session state, run) in which a dialog was opened (one per run).
    dialog_opened_in_run: tuple[int, int] | None = None
    # True while a widget's callback runs (st.rerun(scope=<fragment key>) is only allowed there).
    in_callback: bool = False
    # What the page said about the browser (st.context).
    client: dict[str, Any] = field(default_factory=dict)
    # The script whose code is running: the entrypoint's hash, or a page's
    # while st.navigation's page runs (widgets bound to query parameters
    # belong to it).
    active_script_hash: str = ""
    # The app's main script (its folder is the app's folder); "" outside a session.
    main_script_path: str = ""
    # The context of calls made outside any run (bare mode, or a thread given
    # no context): its elements go nowhere and its ids are not checked.
    bare: bool = False

    @property
    def session_pages_manager(self) -> "PagesManager":
        """The session's pages manager: every session's context has one; only
        the bare context (no session: no pages to navigate) has none."""
        assert self.pages_manager is not None, "no pages manager outside a session"
        return self.pages_manager

    def next_root_index(self, root: int) -> int:
        index = self.root_cursors[root]
        self.root_cursors[root] = index + 1
        return index

    def reset_for_run(self, run_id: int, fragment_ids: list[str] | None = None) -> None:
        self.run_id = run_id
        self.fragment_ids_this_run = list(fragment_ids or [])
        self.current_fragment_id = None
        self.widget_ids_this_run = set()
        self.widget_user_keys_this_run = set()
        self.form_ids_this_run = set()
        self.root_cursors = {MAIN_ROOT: 0, SIDEBAR_ROOT: 0, EVENT_ROOT: 0, BOTTOM_ROOT: 0}
        self.dg_stack = []
        self.active_script_hash = self.pages_manager.main_script_hash if self.pages_manager else ""


# Streamlit's name for the attribute that ties a context to a thread
# (add_script_run_ctx sets it; libraries read it).
SCRIPT_RUN_CONTEXT_ATTR_NAME = "streamlit_script_run_ctx"

_current: ScriptRunContext | None = None
# The thread that runs the script (other threads see the context only when
# add_script_run_ctx gave it to them, as in Streamlit).
_owner: int | None = None
# Threads whose run() is running now inside the script's own thread
# (wasmlit.runtime.threads emulates threads where Python has none).
_emulated_threads: list[Any] = []


def get_script_run_ctx() -> ScriptRunContext | None:
    if _emulated_threads:
        return getattr(_emulated_threads[-1], SCRIPT_RUN_CONTEXT_ATTR_NAME, None)
    if _current is not None and _owner is not None and threading.get_ident() != _owner:
        return getattr(threading.current_thread(), SCRIPT_RUN_CONTEXT_ATTR_NAME, None)
    return _current


def script_thread_ctx() -> ScriptRunContext | None:
    """The running script's context when asked from the script's own thread
    (emulated threads included), whatever context that thread was given."""
    if _current is not None and _owner is not None and threading.get_ident() != _owner:
        return None
    return _current


def set_script_run_ctx(ctx: ScriptRunContext | None) -> None:
    global _current, _owner
    _current = ctx
    _owner = threading.get_ident() if ctx is not None else None


_bare: ScriptRunContext | None = None


def current_or_bare_ctx() -> ScriptRunContext:
    """The running script's context; outside a session (``python app.py``)
    a private context whose elements go nowhere, as in Streamlit's bare mode."""
    ctx = get_script_run_ctx()
    if ctx is not None:
        return ctx
    global _bare
    if _bare is None:
        state = SessionState()
        _bare = ScriptRunContext(
            session_state=state, emit=lambda msg: None, config=Config(), query_params=state.query_params, bare=True
        )
    return _bare

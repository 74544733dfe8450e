"""Runs the app script once per rerun, in a fresh ``__main__`` module.

One call of ``run(request)`` handles one page event (a RerunData: the
page's widget values, page and query string): it runs the changed widgets'
callbacks, then the script; ``st.rerun()`` starts the script again right away. A stop or rerun requested by the page while the script runs
(see execution_control.py) ends the run early; the host then starts the next
run with the page's newer widget values. As in Streamlit, a click's callback
runs once, with its event; a run cut short by a newer event does not pass
its clicks on (the newer run sees only the newer event's clicks).
"""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from typing import Any, Iterator

from wasmlit import protocol
from wasmlit.elements.exception import compile_error_text, exception_props
from wasmlit.errors import FragmentHandledException
from wasmlit.runtime.config import Config
from wasmlit.runtime.context import (
    MAIN_ROOT,
    ScriptRunContext,
    script_thread_ctx,
    set_script_run_ctx,
)
from wasmlit.runtime.control import RerunException, StopException
from wasmlit.runtime.deep_stacks import release_traceback
from wasmlit.runtime.execution_control import ORIGINAL_SLEEP, ExecutionControl, ScriptInterrupted, checked_sleep_length
from wasmlit.runtime.pages_manager import PagesManager
from wasmlit.runtime.rerun_data import RerunData
from wasmlit.runtime.threads import install_if_needed as install_thread_emulation_if_needed
from wasmlit.runtime.script_compiler import ScriptCompileError, run_script, script_module
from wasmlit.runtime.script_exits import log_script_exit
from wasmlit.runtime.wasm_memory import explain_memory_error
from wasmlit.runtime.session_state import INTERNAL_KEY_PREFIX, SessionState
from wasmlit import dg_singletons
from wasmlit.alias import install_streamlit_alias

SCRIPT_RUN_WITHOUT_ERRORS_KEY = f"{INTERNAL_KEY_PREFIX}_SCRIPT_RUN_WITHOUT_ERRORS"


def _script_sleep(seconds: float) -> None:
    """time.sleep while wasmlit is loaded: a running script's sleep can be cut
    short by the page; everywhere else it is the original."""
    ctx = script_thread_ctx()
    if ctx is not None and ctx.control.running:
        ctx.control.sleep(checked_sleep_length(seconds))
    else:
        ORIGINAL_SLEEP(seconds)


def install_script_sleep() -> None:
    if time.sleep is not _script_sleep:
        # Typeshed's time.sleep also takes any object with __index__; the
        # running script's sleep (ExecutionControl.sleep) takes numbers.
        time.sleep = _script_sleep  # type: ignore[assignment]


@contextmanager
def _script_dir_on_path(script_path: str) -> Iterator[None]:
    folder = os.path.dirname(os.path.abspath(script_path))
    added = folder not in sys.path
    if added:
        sys.path.insert(0, folder)
    try:
        yield
    finally:
        if added:
            try:
                sys.path.remove(folder)
            except ValueError:
                pass


class ScriptRunner:
    """Executes runs of one script for one session."""

    def __init__(
        self,
        script_path: str,
        session_state: SessionState,
        config: Config,
        emit: protocol.Emit,
        control: ExecutionControl | None = None,
    ) -> None:
        self.script_path = script_path
        self.session_state = session_state
        self.config = config
        self.emit = emit
        self.run_id = 0
        self.control = control or ExecutionControl()
        self.pages_manager = PagesManager(script_path)
        session_state.page_hash_source = lambda: self.pages_manager.current_page_hash
        self.ctx = ScriptRunContext(
            session_state=session_state,
            emit=emit,
            config=config,
            control=self.control,
            pages_manager=self.pages_manager,
            query_params=session_state.query_params,
            main_script_path=os.path.abspath(script_path),
        )
        self.ctx.query_params.on_change = self._query_params_changed

    def _query_params_changed(self, query_string: str) -> None:
        self.emit(protocol.page_info(query_string))

    def run(self, request: RerunData | dict[str, Any] | None) -> str:
        """One page event: run (and rerun while st.rerun() or st.switch_page()
        asks). ``request`` is a RerunData, or just the page's widget values.
        Returns the last run's status."""
        data = request if isinstance(request, RerunData) else RerunData(widgets=request)
        while True:
            status, next_data = self._run_once(data)
            if next_data is None:
                return status
            data = next_data

    def _rerun_here(self, asked: RerunData | None) -> RerunData:
        """The run st.rerun() asks for: same page and query string, no new widget values."""
        data = asked or RerunData()
        if not data.page_script_hash and not data.page_name:
            data.page_script_hash = self.pages_manager.current_page_hash
        if data.query_string is None:
            data.query_string = self.ctx.query_params.query_string
        data.widgets = None
        return data

    def _run_once(self, data: RerunData) -> tuple[str, RerunData | None]:
        install_streamlit_alias()
        install_script_sleep()
        install_thread_emulation_if_needed()
        self.run_id += 1
        ctx = self.ctx
        fragment_ids = list(data.fragment_ids)
        ctx.reset_for_run(self.run_id, fragment_ids)
        ctx.fragment_storage.begin_run(full=not fragment_ids)
        page_change = None if fragment_ids else self._scripts_after_page_change(data)
        if data.query_string is not None:
            ctx.query_params.load(data.query_string, page_change)
        if page_change is not None:
            # Another page: as in Streamlit 1.67, only the widgets the
            # entrypoint draws around st.navigation (a sidebar filter ...)
            # keep their values; the old page's are gone before the new page
            # runs (persist_state and bind keep theirs: session_state).
            if data.from_navigation:
                data.widgets = self._entrypoint_widgets(data.widgets)
            self.session_state.on_script_finished(frozenset(data.widgets or {}), remove_stale=True)
        if data.client is not None:
            ctx.client = dict(data.client)
        if not fragment_ids:
            self.pages_manager.set_intent(data.page_script_hash, data.page_name)
            self.pages_manager.start_full_run()
        control = self.control
        control.reset(data.triggers)
        state = self.session_state
        state.widget_ids_this_run = ctx.widget_ids_this_run
        state.form_ids_this_run = ctx.form_ids_this_run
        set_script_run_ctx(ctx)
        self.emit(protocol.run_started(self.run_id, fragment_ids))

        status: protocol.RunStatus = protocol.RUN_COMPLETE
        compile_error: str | None = None
        next_run: RerunData | None = None
        premature_stop = False
        ran_without_errors = True
        control.running = True
        in_callbacks = True
        try:
            with _script_dir_on_path(self.script_path):
                asked = self._prepare_widgets(data.widgets)
                in_callbacks = False
                if asked is not None and asked.fragment_ids != fragment_ids:
                    next_run = asked  # a callback changed the run's scope: a run of its own
                elif asked is not None:
                    # st.rerun()/st.switch_page() in a callback: this run is that rerun.
                    self._apply_routing(asked)
                if next_run is None:
                    if fragment_ids:
                        self._run_fragments(fragment_ids)
                    else:
                        self._run_script()
                    if self.config.get_option("runner.enforceSerializableSessionState"):
                        state.check_serializable()
        except RerunException as exc:
            next_run = exc.rerun_data or RerunData()
        except StopException:
            premature_stop = True
        except ScriptInterrupted:
            premature_stop = True
            status = self._interrupted_status()
        except KeyboardInterrupt as exc:
            premature_stop = True
            with control.protected():
                pending = control.pending_request()
            if pending is None and control.in_browser:
                # Raised by the script itself: the run ends as with st.stop();
                # Streamlit logs it on its console, wasmlit on the browser's.
                log_script_exit(exc)
            else:
                # The page's stop, or (no page: AppTest, plain CPython) the user's Ctrl-C.
                status = self._interrupted_status()
        except SystemExit:
            # sys.exit() / exit() in the script or a callback ends the run as
            # st.stop() does; Streamlit 1.67 shows nothing either and keeps the session.
            premature_stop = True
        except FragmentHandledException as exc:
            premature_stop = True
            ran_without_errors = False
            release_traceback(exc)
        except ScriptCompileError as exc:
            premature_stop = True
            ran_without_errors = False
            status = protocol.RUN_COMPILE_ERROR
            compile_error = compile_error_text(exc.error)
        except Exception as exc:  # noqa: BLE001 - shown in the app, like Streamlit
            premature_stop = True
            ran_without_errors = False
            with control.protected():
                self._show_uncaught(explain_memory_error(exc))
                release_traceback(exc)
        finally:
            control.running = False
            state.widget_ids_this_run = None
            state.form_ids_this_run = None

        if next_run is not None:
            status = protocol.RUN_RERUN
            next_run = self._rerun_here(next_run)
        elif in_callbacks and premature_stop and ran_without_errors and status != protocol.RUN_RERUN:
            # Ended in a callback without an error to show (sys.exit(), Stop):
            # the page keeps the previous run's elements instead of going blank.
            status = protocol.RUN_KEPT
        state.reset_state_value(SCRIPT_RUN_WITHOUT_ERRORS_KEY, ran_without_errors)
        if not premature_stop:
            state.on_script_finished(
                frozenset(ctx.widget_ids_this_run),
                remove_stale=next_run is None,
                fragment_ids=frozenset(fragment_ids),
            )
        if not fragment_ids:
            ctx.fragment_storage.end_full_run(completed=not premature_stop and next_run is None)
        self.emit(
            protocol.run_finished(
                self.run_id,
                status,
                fragment_ids,
                ctx.fragment_storage.auto_reruns(),
                compile_error=compile_error,
            )
        )
        set_script_run_ctx(None)
        return status, next_run

    def _interrupted_status(self) -> protocol.RunStatus:
        with self.control.protected():
            rerun_next = self.control.pending_request() == "rerun"
        return protocol.RUN_RERUN if rerun_next else protocol.RUN_STOPPED

    def _scripts_after_page_change(self, data: RerunData) -> set[str] | None:
        """When the run goes to another page: the scripts that run then (the
        entrypoint and that page), whose widgets may keep their URL parameters."""
        manager = self.pages_manager
        target = data.page_script_hash
        if not target and data.page_name and manager.pages:
            name = data.page_name.strip("/")
            target = next((h for h, page in manager.pages.items() if page.url_path == name), "")
        if not target or not manager.current_page_hash or target == manager.current_page_hash:
            return None
        return {manager.main_script_hash, target}

    def _entrypoint_widgets(self, widgets: "dict[str, Any] | None") -> "dict[str, Any] | None":
        """The widget states the page sent, less those the old page drew."""
        if not widgets:
            return widgets
        manager = self.pages_manager
        kept = set() if manager.uses_pages_directory else self.session_state.drawn_by(widgets, manager.main_script_hash)
        return {wid: value for wid, value in widgets.items() if wid in kept}

    def _apply_routing(self, asked: RerunData) -> None:
        if asked.page_script_hash or asked.page_name:
            self.pages_manager.set_intent(asked.page_script_hash, asked.page_name)
        if asked.query_string is not None:
            self.ctx.query_params.load(asked.query_string, self._scripts_after_page_change(asked))

    def _run_script(self) -> None:
        module = script_module(self.script_path)
        sys.modules["__main__"] = module
        if self.pages_manager.uses_pages_directory:
            # The entrypoint runs as the default page (navigation/pages_directory.py).
            from wasmlit.navigation.pages_directory import (
                run_pages_directory_app,
            )  # a rare app layout: loaded when used

            run_pages_directory_app(self.script_path)
        else:
            run_script(self.script_path, self.config, module, starts_run=True)

    def _run_fragments(self, fragment_ids: list[str]) -> None:
        for fragment_id in fragment_ids:
            fragment = self.ctx.fragment_storage.get(fragment_id)
            if fragment is None:
                continue  # drawn by an older run only: nothing to rerun
            self.ctx.dg_stack = []
            fragment.rerun()

    def _prepare_widgets(self, widget_values: dict[str, Any] | None) -> RerunData | None:
        """Take the page's widget values and run changed widgets' callbacks.
        Returns the run a callback asked for with st.rerun()/st.switch_page()."""
        state = self.session_state
        if widget_values is None:
            return None
        asked: RerunData | None = None
        with self.control.protected():
            for widget_id in state.on_script_will_rerun(widget_values):
                self.ctx.in_callback = True
                try:
                    # A stop may end a callback that never returns; newer events wait for it.
                    with self.control.callback():
                        state.run_callback(widget_id)
                except RerunException as exc:
                    # st.rerun() in a callback ends that callback; the run that
                    # follows the callbacks is the rerun.
                    asked = exc.rerun_data or RerunData()
                finally:
                    self.ctx.in_callback = False
                    self.control.trigger_used(widget_id)
            if asked is not None:
                # As in Streamlit, that rerun is a fresh run: clicks read False.
                state.reset_triggers()
        return asked

    def _show_uncaught(self, exc: BaseException) -> None:
        ctx = self.ctx
        ctx.dg_stack = []
        path = (MAIN_ROOT, ctx.next_root_index(MAIN_ROOT))
        ctx.emit(
            protocol.delta(ctx.run_id, path, protocol.element_node("exception", exception_props(exc, uncaught=True)))
        )


def show_exception(ctx: ScriptRunContext, exc: BaseException) -> None:
    """An exception shown where the script is writing (a fragment's own container)."""
    dg_singletons.main_dg()._enqueue("exception", exception_props(explain_memory_error(exc), uncaught=True))

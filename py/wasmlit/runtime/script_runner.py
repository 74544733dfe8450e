"""Runs the app script once per rerun, in a fresh ``__main__`` module.

One call of ``run(widget_values)`` handles one page event: it runs the
changed widgets' callbacks, then the script; ``st.rerun()`` starts the script
again right away. A stop or rerun requested by the page while the script runs
(see execution_control.py) ends the run early; the host then starts the next
run with the page's newer widget values. As in Streamlit, a click's callback
runs once, with its event; a run cut short by a newer event does not pass
its clicks on (the newer run sees only the newer event's clicks).
"""

from __future__ import annotations

import os
import sys
import time
import types
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from wasmlit import protocol
from wasmlit.elements.exception import exception_props
from wasmlit.runtime import magic as magic_funcs
from wasmlit.runtime.config import Config
from wasmlit.runtime.context import (
    MAIN_ROOT,
    ScriptRunContext,
    get_script_run_ctx,
    set_script_run_ctx,
)
from wasmlit.runtime.control import RerunException, StopException
from wasmlit.runtime.execution_control import ORIGINAL_SLEEP, ExecutionControl, ScriptInterrupted
from wasmlit.runtime.magic import MAGIC_NAME, add_magic
from wasmlit.runtime.session_state import INTERNAL_KEY_PREFIX, SessionState

SCRIPT_RUN_WITHOUT_ERRORS_KEY = f"{INTERNAL_KEY_PREFIX}_SCRIPT_RUN_WITHOUT_ERRORS"

def _script_sleep(seconds: float) -> None:
    """time.sleep while wasmlit is loaded: a running script's sleep can be cut
    short by the page; everywhere else it is the original."""
    ctx = get_script_run_ctx()
    if ctx is not None and ctx.control.running:
        ctx.control.sleep(seconds)
    else:
        ORIGINAL_SLEEP(seconds)


def install_script_sleep() -> None:
    if time.sleep is not _script_sleep:
        time.sleep = _script_sleep


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
        emit: Callable[[dict[str, Any]], None],
        control: ExecutionControl | None = None,
    ) -> None:
        self.script_path = script_path
        self.session_state = session_state
        self.config = config
        self.emit = emit
        self.run_id = 0
        self.control = control or ExecutionControl()
        self.ctx = ScriptRunContext(
            session_state=session_state, emit=emit, config=config, control=self.control
        )

    def _compile(self) -> Any:
        with open(self.script_path, encoding="utf-8") as f:
            source = f.read()
        if self.config.get_option("runner.magicEnabled"):
            source = add_magic(source, self.script_path)
        return compile(source, self.script_path, "exec", dont_inherit=True)

    def run(self, widget_values: dict[str, Any] | None) -> str:
        """One page event: run (and rerun while st.rerun() asks). Returns the
        last run's status."""
        values = widget_values
        while True:
            status, rerun_self = self._run_once(values)
            if not rerun_self:
                return status
            values = None

    def _run_once(self, widget_values: dict[str, Any] | None) -> tuple[str, bool]:
        from wasmlit.alias import install_streamlit_alias

        install_streamlit_alias()
        install_script_sleep()
        self.run_id += 1
        ctx = self.ctx
        ctx.reset_for_run(self.run_id)
        control = self.control
        control.reset()
        state = self.session_state
        state.widget_ids_this_run = ctx.widget_ids_this_run
        state.form_ids_this_run = ctx.form_ids_this_run
        set_script_run_ctx(ctx)
        self.emit(protocol.run_started(self.run_id))

        status = protocol.RUN_COMPLETE
        rerun_self = False
        premature_stop = False
        ran_without_errors = True
        control.running = True
        try:
            with _script_dir_on_path(self.script_path):
                with control.protected():
                    self._prepare_widgets(widget_values)
                code = self._compile()
                module = types.ModuleType("__main__")
                module.__dict__["__file__"] = self.script_path
                module.__dict__[MAGIC_NAME] = magic_funcs
                sys.modules["__main__"] = module
                exec(code, module.__dict__)  # noqa: S102 - running the app is the point
                if self.config.get_option("runner.enforceSerializableSessionState"):
                    state.check_serializable()
        except RerunException:
            rerun_self = True
            status = protocol.RUN_RERUN
        except StopException:
            premature_stop = True
        except (ScriptInterrupted, KeyboardInterrupt):
            premature_stop = True
            with control.protected():
                rerun_next = control.pending_request() == "rerun"
            status = protocol.RUN_RERUN if rerun_next else protocol.RUN_STOPPED
        except Exception as exc:  # shown in the app, like Streamlit
            premature_stop = True
            ran_without_errors = False
            with control.protected():
                self._show_uncaught(exc)
        finally:
            control.running = False
            state.widget_ids_this_run = None
            state.form_ids_this_run = None

        state.reset_state_value(SCRIPT_RUN_WITHOUT_ERRORS_KEY, ran_without_errors)
        if not premature_stop:
            state.on_script_finished(frozenset(ctx.widget_ids_this_run), remove_stale=not rerun_self)
        self.emit(protocol.run_finished(self.run_id, status))
        set_script_run_ctx(None)
        return status, rerun_self

    def _prepare_widgets(self, widget_values: dict[str, Any] | None) -> None:
        """Take the page's widget values and run changed widgets' callbacks."""
        state = self.session_state
        if widget_values is None:
            return
        rerun_asked = False
        for widget_id in state.on_script_will_rerun(widget_values):
            try:
                state.run_callback(widget_id)
            except RerunException:
                # st.rerun() in a callback ends that callback; the run that
                # follows the callbacks is the rerun.
                rerun_asked = True
        if rerun_asked:
            # As in Streamlit, that rerun is a fresh run: clicks read False.
            state.reset_triggers()

    def _show_uncaught(self, exc: BaseException) -> None:
        ctx = self.ctx
        ctx.dg_stack = []
        path = (MAIN_ROOT, ctx.next_root_index(MAIN_ROOT))
        ctx.emit(
            protocol.delta(
                ctx.run_id, path, protocol.element_node("exception", exception_props(exc, uncaught=True))
            )
        )

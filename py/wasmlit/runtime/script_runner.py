"""Runs the app script once per rerun, in a fresh ``__main__`` module."""

from __future__ import annotations

import os
import sys
import types
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from wasmlit import protocol
from wasmlit.elements.exception import exception_props
from wasmlit.runtime.config import Config
from wasmlit.runtime.context import MAIN_ROOT, ScriptRunContext, set_script_run_ctx
from wasmlit.runtime.control import RerunException, StopException
from wasmlit.runtime import magic as magic_funcs
from wasmlit.runtime.magic import MAGIC_NAME, add_magic
from wasmlit.runtime.session_state import INTERNAL_KEY_PREFIX, SessionState

SCRIPT_RUN_WITHOUT_ERRORS_KEY = f"{INTERNAL_KEY_PREFIX}_SCRIPT_RUN_WITHOUT_ERRORS"


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
    ) -> None:
        self.script_path = script_path
        self.session_state = session_state
        self.config = config
        self.emit = emit
        self.run_id = 0
        self.ctx = ScriptRunContext(session_state=session_state, emit=emit, config=config)

    def _compile(self) -> Any:
        with open(self.script_path, encoding="utf-8") as f:
            source = f.read()
        tree = add_magic(source, self.script_path) if self.config.get_option("runner.magicEnabled") else source
        return compile(tree, self.script_path, "exec", dont_inherit=True)

    def run(self, widget_values: dict[str, Any] | None) -> None:
        """One user interaction: run (and rerun while st.rerun() asks)."""
        values = widget_values
        while True:
            rerun = self._run_once(values)
            if not rerun:
                return
            values = None

    def _run_once(self, widget_values: dict[str, Any] | None) -> bool:
        from wasmlit.alias import install_streamlit_alias

        install_streamlit_alias()
        self.run_id += 1
        ctx = self.ctx
        ctx.reset_for_run(self.run_id)
        state = self.session_state
        state.widget_ids_this_run = ctx.widget_ids_this_run
        state.form_ids_this_run = ctx.form_ids_this_run
        set_script_run_ctx(ctx)
        self.emit(protocol.run_started(self.run_id))

        rerun_requested = False
        stopped_by_user = False
        premature_stop = False
        ran_without_errors = True
        try:
            with _script_dir_on_path(self.script_path):
                if widget_values is not None:
                    for widget_id in state.on_script_will_rerun(widget_values):
                        ctx.in_callback = True
                        try:
                            state.run_callback(widget_id)
                        except RerunException:
                            # st.rerun() in a callback ends that callback; the
                            # run that follows the callbacks is the rerun.
                            pass
                        finally:
                            ctx.in_callback = False
                code = self._compile()
                module = types.ModuleType("__main__")
                module.__dict__["__file__"] = self.script_path
                module.__dict__[MAGIC_NAME] = magic_funcs
                sys.modules["__main__"] = module
                exec(code, module.__dict__)  # noqa: S102 - running the app is the point
                if self.config.get_option("runner.enforceSerializableSessionState"):
                    state.check_serializable()
        except RerunException:
            rerun_requested = True
        except StopException:
            premature_stop = True
        except KeyboardInterrupt:
            # The page's Stop control (Pyodide's interrupt buffer).
            premature_stop = True
            stopped_by_user = True
        except Exception as exc:  # shown in the app, like Streamlit
            premature_stop = True
            ran_without_errors = False
            self._show_uncaught(exc)
        finally:
            state.widget_ids_this_run = None
            state.form_ids_this_run = None

        state.reset_state_value(SCRIPT_RUN_WITHOUT_ERRORS_KEY, ran_without_errors)
        if not premature_stop:
            state.on_script_finished(
                frozenset(ctx.widget_ids_this_run), remove_stale=not rerun_requested
            )
        if rerun_requested:
            status = protocol.RUN_RERUN
        elif stopped_by_user:
            status = protocol.RUN_STOPPED
        else:
            status = protocol.RUN_COMPLETE
        self.emit(protocol.run_finished(self.run_id, status))
        set_script_run_ctx(None)
        return rerun_requested

    def _show_uncaught(self, exc: BaseException) -> None:
        ctx = self.ctx
        ctx.dg_stack = []
        path = (MAIN_ROOT, ctx.next_root_index(MAIN_ROOT))
        ctx.emit(
            protocol.delta(
                ctx.run_id, path, protocol.element_node("exception", exception_props(exc, uncaught=True))
            )
        )

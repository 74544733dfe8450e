"""The worker's entry points into the runtime (called from worker/ via Pyodide).

    session = create_session(app_dir, entrypoint, config_json, emit, poll, isolated, sleep_ms,
                             environment_json)
    status = session.handle_rerun(request_json)   # call with callPromising (JSPI)
    session.clear_caches()                        # the main menu's "Clear cache" (between runs)
    answer = session.files_changed(app_dir, paths_json)  # after the page wrote files

``request_json``: the page's rerun request (wasmlit.protocol.RerunMsg fields:
widgets, pageScriptHash, pageName, queryString, fragmentId, client, triggers,
navigation; read by RerunData.from_page).

``environment_json``: where the app runs (runtime/app_environment.py: the
folder's path as its author knows it, requirements, Pyodide's distribution);
with it, tracebacks show the author's paths, errors caused by the browser say
what to do, and urllib/requests go through the browser (wasmlit.network).

``emit(json_text)`` receives every worker -> page message the runtime produces.
``poll()`` returns "rerun" or "stop" when the page has asked for one while a
run is going, else None. ``sleep_ms(ms)`` returns a promise the worker
resolves early when a page event arrives, so a sleeping script reacts at once.
``isolated``: the page can interrupt Python through Pyodide's interrupt buffer
(SIGINT), so no cooperative yielding is needed.
"""

from __future__ import annotations

import json
import os
import signal
from typing import Any, Callable

from wasmlit.alias import install_streamlit_alias
from wasmlit.runtime.app_session import AppSession, json_emitter
from wasmlit.runtime.c_stack import guard_c_stack
from wasmlit.runtime.execution_control import ExecutionControl
from wasmlit.runtime.rerun_data import RerunData


def _float_from_page(obj: dict[str, Any]) -> Any:
    """The worker's JSON for a number JSON cannot hold: {"$float": "-0"} is -0.0."""
    if len(obj) == 1 and "$float" in obj:
        return float(obj["$float"])
    return obj


class BridgeSession:
    def __init__(self, session: AppSession) -> None:
        self._session = session

    def handle_rerun(self, request_json: str) -> str:
        request = json.loads(request_json, object_hook=_float_from_page) if request_json else {}
        guard_c_stack()
        return self._session.handle_rerun(RerunData.from_page(request))

    def clear_caches(self) -> None:
        """Empties every st.cache_data and st.cache_resource cache."""
        from wasmlit.caching.decorators import cache_data, cache_resource

        cache_data.clear()
        cache_resource.clear()

    def files_changed(self, app_dir: str, paths_json: str) -> str:
        """The page wrote or removed these files (a JSON list of paths relative
        to ``app_dir``): JSON of source_changes.files_changed's answer."""
        from wasmlit.runtime.source_changes import files_changed

        return json.dumps(files_changed(self._session, app_dir, json.loads(paths_json)))


def _jspi_yield() -> Callable[[], None] | None:
    """A zero-length suspension that lets the worker take messages, where
    Pyodide can suspend Python (JSPI); None elsewhere (plain CPython)."""
    try:
        from pyodide.ffi import can_run_sync, run_sync
    except ImportError:
        return None
    import asyncio

    def cooperative_yield() -> None:
        if can_run_sync():
            run_sync(asyncio.sleep(0.001))

    return cooperative_yield


def _wakeable_sleep(sleep_ms: Callable[[float], Any] | None) -> Callable[[float], None] | None:
    """A sleep slice the worker can end early: ``sleep_ms(ms)`` returns a JS
    promise that resolves after ``ms`` or as soon as a page event arrives."""
    if sleep_ms is None:
        return None
    try:
        from pyodide.ffi import can_run_sync, run_sync
    except ImportError:
        return None
    from wasmlit.runtime.execution_control import ORIGINAL_SLEEP

    def sleep(seconds: float) -> None:
        if can_run_sync():
            run_sync(sleep_ms(seconds * 1000))
        else:
            ORIGINAL_SLEEP(seconds)

    return sleep


def create_session(
    app_dir: str,
    entrypoint: str,
    config_json: str,
    emit: Callable[[str], Any],
    poll: Callable[[], Any] | None = None,
    isolated: bool = False,
    sleep_ms: Callable[[float], Any] | None = None,
    environment_json: str | None = None,
) -> BridgeSession:
    install_streamlit_alias()
    if environment_json is not None:
        from wasmlit import network
        from wasmlit.runtime.app_environment import AppEnvironment, set_app_environment

        set_app_environment(AppEnvironment.from_json(environment_json, app_dir, entrypoint))
        network.install()
    config = json.loads(config_json) if config_json else {}
    control = ExecutionControl(
        poll=(lambda: poll() or None) if poll is not None else None,
        cooperative_yield=None if isolated else _jspi_yield(),
        raw_sleep=_wakeable_sleep(sleep_ms),
        in_browser=True,
    )
    if isolated:
        signal.signal(signal.SIGINT, control.on_sigint)
    script_path = os.path.join(app_dir, entrypoint)
    return BridgeSession(AppSession(script_path, json_emitter(emit), config, control))

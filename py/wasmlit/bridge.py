"""The worker's entry points into the runtime (called from worker/ via Pyodide).

    session = create_session(app_dir, entrypoint, config_json, emit)
    session.handle_rerun(widgets_json)
    session.handle_stop()

``emit(json_text)`` receives every worker -> page message the runtime produces.
"""

from __future__ import annotations

import json
import os
from typing import Any, Callable

from wasmlit.alias import install_streamlit_alias
from wasmlit.runtime.app_session import AppSession, json_emitter


class BridgeSession:
    def __init__(self, session: AppSession) -> None:
        self._session = session

    def handle_rerun(self, widgets_json: str) -> None:
        widgets = json.loads(widgets_json) if widgets_json else {}
        self._session.handle_rerun(widgets)

    def handle_stop(self) -> None:
        self._session.handle_stop()


def create_session(app_dir: str, entrypoint: str, config_json: str, emit: Callable[[str], Any]) -> BridgeSession:
    install_streamlit_alias()
    config = json.loads(config_json) if config_json else {}
    script_path = os.path.join(app_dir, entrypoint)
    return BridgeSession(AppSession(script_path, json_emitter(emit), config))

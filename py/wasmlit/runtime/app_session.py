"""One browser tab's session: its state, config and script runner."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any, Callable

from wasmlit.protocol import Emit
from wasmlit.runtime.config import Config
from wasmlit.runtime.execution_control import ExecutionControl
from wasmlit.runtime.rerun_data import RerunData
from wasmlit.runtime.script_runner import ScriptRunner
from wasmlit.runtime.session_state import SessionState


class AppSession:
    def __init__(
        self,
        script_path: str,
        emit: Emit,
        config_overrides: dict[str, Any] | None = None,
        control: ExecutionControl | None = None,
    ) -> None:
        self.script_path = os.path.abspath(script_path)
        self.config = Config.load(os.path.dirname(self.script_path), config_overrides)
        self.session_state = SessionState()
        self.control = control or ExecutionControl()
        self.runner = ScriptRunner(self.script_path, self.session_state, self.config, emit, self.control)

    def handle_rerun(self, request: "RerunData | dict[str, Any] | None") -> str:
        """Runs callbacks and the script for one page event (a RerunData, or
        just the widget values); returns the run's status ("complete", "rerun"
        when the page asked for a newer run, "stopped")."""
        if request is None:
            request = {}
        return self.runner.run(request)


def _without_non_finite(value: Any) -> Any:
    """JSON has no NaN or Infinity: they travel as null."""
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return None
    if isinstance(value, dict):
        return {k: _without_non_finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_without_non_finite(v) for v in value]
    return value


def to_json_text(message: Mapping[str, Any]) -> str:
    try:
        return json.dumps(message, default=str, allow_nan=False)
    except ValueError:
        return json.dumps(_without_non_finite(message), default=str, allow_nan=False)


def json_emitter(send_text: Callable[[str], Any]) -> Emit:
    """An emit function that sends each message as JSON text."""

    def emit(message: Mapping[str, Any]) -> None:
        send_text(to_json_text(message))

    return emit

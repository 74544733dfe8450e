"""Exceptions that steer a script run (never shown to the user)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wasmlit.runtime.rerun_data import RerunData


class ScriptControlException(BaseException):
    """Base of the run-control exceptions; a BaseException so that a
    script's ``except Exception`` does not swallow it."""


class StopException(ScriptControlException):
    """Raised by st.stop(): the run ends here, normally."""


class RerunException(ScriptControlException):
    """Raised by st.rerun() / st.switch_page(): the run ends here and a new
    one starts (``rerun_data``: where it goes; None: same page, whole app)."""

    def __init__(self, rerun_data: RerunData | None = None) -> None:
        super().__init__()
        self.rerun_data = rerun_data

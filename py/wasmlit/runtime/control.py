"""Exceptions that steer a script run (never shown to the user)."""

from __future__ import annotations


class ScriptControlException(BaseException):
    """Base of the run-control exceptions; a BaseException so that a
    script's ``except Exception`` does not swallow it."""


class StopException(ScriptControlException):
    """Raised by st.stop(): the run ends here, normally."""


class RerunException(ScriptControlException):
    """Raised by st.rerun(): the run ends here and a new one starts."""

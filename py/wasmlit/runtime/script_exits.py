"""A script that ends itself: ``sys.exit()`` / ``exit()`` (SystemExit) or a
KeyboardInterrupt it raises. Streamlit 1.67 lets both end the script thread:
the app shows nothing, the session (and its state) lives on, and the next
event runs normally; a KeyboardInterrupt's traceback goes to the server's
console. wasmlit ends the run as ``st.stop()`` does and prints that traceback
on the browser's console (the worker's stderr)."""

from __future__ import annotations

import sys
import traceback


def log_script_exit(exc: BaseException) -> None:
    """Prints the traceback of a KeyboardInterrupt the script raised."""
    try:
        print("wasmlit: the script raised KeyboardInterrupt; the run ended.", file=sys.stderr)
        traceback.print_exception(exc, limit=20, file=sys.stderr)
    except Exception:  # noqa: BLE001 - logging must never fail the run's ending
        pass

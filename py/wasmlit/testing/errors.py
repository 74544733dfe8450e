"""Errors raised by wasmlit's testing API (names as in Streamlit's)."""

from __future__ import annotations


class AppTestError(Exception):
    """An AppTest interaction that a browser user could not perform, or that
    the testing API does not support."""

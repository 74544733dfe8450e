"""A tiny custom component for the tests: its frontend (frontend/) speaks
Streamlit's component protocol by hand, without streamlit-component-lib."""

import os

import streamlit.components.v1 as components

_FRONTEND = os.path.join(os.path.dirname(os.path.abspath(__file__)), "frontend")
_echo = components.declare_component("echo", path=_FRONTEND)


def echo(name, key=None, default=None, on_change=None, **kwargs):
    """Shows "Hello, <name>!" and the arguments it got; its buttons send values."""
    return _echo(name=name, key=key, default=default, on_change=on_change, **kwargs)

"""The public API: what ``import streamlit as st`` gives a script."""

from __future__ import annotations

import sys
from typing import Any, NoReturn

from wasmlit import errors
from wasmlit import protocol as _protocol
from wasmlit.delta_generator import DeltaGenerator, main_dg as _main, sidebar_dg as sidebar
from wasmlit.runtime.context import current_or_bare_ctx as _ctx
from wasmlit.runtime.control import RerunException as _Rerun
from wasmlit.runtime.control import StopException as _Stop
from wasmlit.runtime.state_proxy import SessionStateProxy as _SessionStateProxy

__version__ = "1.67.0"

session_state = _SessionStateProxy()

# Text and display
title = _main.title
header = _main.header
subheader = _main.subheader
markdown = _main.markdown
caption = _main.caption
text = _main.text
code = _main.code
divider = _main.divider
json = _main.json
write = _main.write
error = _main.error
warning = _main.warning
info = _main.info
success = _main.success
exception = _main.exception
progress = _main.progress
spinner = _main.spinner
toast = _main.toast
write_stream = _main.write_stream

# Widgets
button = _main.button
form_submit_button = _main.form_submit_button
checkbox = _main.checkbox
toggle = _main.toggle
text_input = _main.text_input
text_area = _main.text_area
number_input = _main.number_input
slider = _main.slider
selectbox = _main.selectbox
radio = _main.radio
time_input = _main.time_input

# Layout
columns = _main.columns
container = _main.container
form = _main.form
empty = _main.empty
expander = _main.expander
status = _main.status


def rerun(*, scope: str = "app") -> NoReturn | None:
    """Stop the current run and start a new one right away."""
    if scope not in ("app", "fragment"):
        raise errors.StreamlitValueError("scope", ["'app'", "'fragment'"])
    raise _Rerun()


def stop() -> NoReturn:
    """Stop the current run here; what it displayed so far stays."""
    raise _Stop()


def set_page_config(
    page_title: str | None = None,
    page_icon: Any = None,
    layout: str | None = None,
    initial_sidebar_state: str | None = None,
    menu_items: Any = None,
    **_ignored: Any,
) -> None:
    if layout is not None and layout not in ("centered", "wide"):
        raise errors.StreamlitAPIException(
            f'`layout` must be "centered" or "wide" (got "{layout}")'
        )
    if initial_sidebar_state is not None and initial_sidebar_state not in ("auto", "expanded", "collapsed"):
        raise errors.StreamlitAPIException(
            '`initial_sidebar_state` must be "auto" or "expanded" or "collapsed" '
            f'(got "{initial_sidebar_state}")'
        )
    ctx = _ctx()
    ctx.emit(
        _protocol.page_config(
            page_title,
            None if page_icon is None else str(page_icon),
            layout,
            initial_sidebar_state,
        )
    )
    ctx.page_config_set = True


__all__ = [name for name in dir() if not name.startswith("_") and name not in ("annotations", "sys", "Any", "NoReturn")]

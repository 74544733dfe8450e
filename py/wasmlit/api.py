"""The public API: what ``import streamlit as st`` gives a script."""

from __future__ import annotations

import os as _os
from typing import Any as _Any, NoReturn as _NoReturn

from wasmlit import errors
from wasmlit import protocol as _protocol
from wasmlit.elements import plotly_hook as _plotly_hook
from wasmlit.elements.dialog import dialog
from wasmlit.elements.echo import echo
from wasmlit.elements.logo import logo
from wasmlit.elements import column_config
from wasmlit.delta_generator import DeltaGenerator, main_dg as _main, sidebar_dg as sidebar
from wasmlit.runtime.context import current_or_bare_ctx as _ctx
from wasmlit.runtime.control import RerunException as _Rerun
from wasmlit.runtime.control import StopException as _Stop
from wasmlit.runtime.state_proxy import SessionStateProxy as _SessionStateProxy
from wasmlit.runtime.query_params_proxy import QueryParamsProxy as _QueryParamsProxy
from wasmlit.runtime.client_context import ContextProxy as _ContextProxy
from wasmlit.runtime.secrets import secrets_singleton as _secrets_singleton
from wasmlit.runtime.rerun_data import RerunData as _RerunData
from wasmlit.runtime.context import get_script_run_ctx as _get_ctx
from wasmlit.fragment import fragment
from wasmlit.navigation.navigation import navigation
from wasmlit.navigation.page import Page
from wasmlit.navigation.switch_page import switch_page
from wasmlit.runtime.config import DEFAULTS as _CONFIG_DEFAULTS
from wasmlit.elements.icons import validate_material_icon as _validate_material_icon

__version__ = "1.67.0"

# Figures built before the first st.plotly_chart get Streamlit's Plotly
# template, as in Streamlit; pydeck reads MAPBOX_API_KEY (Streamlit sets it too).
_plotly_hook.install()
_os.environ.setdefault("MAPBOX_API_KEY", "")

session_state = _SessionStateProxy()
query_params = _QueryParamsProxy()
secrets = _secrets_singleton
context = _ContextProxy()

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
metric = _main.metric
latex = _main.latex
html = _main.html
iframe = _main.iframe
badge = _main.badge
space = _main.space
pyplot = _main.pyplot
skeleton = _main.skeleton
pdf = _main.pdf
help = _main.help  # noqa: A001 - Streamlit's name
balloons = _main.balloons
snow = _main.snow

# Data and charts
dataframe = _main.dataframe
data_editor = _main.data_editor
table = _main.table
line_chart = _main.line_chart
area_chart = _main.area_chart
bar_chart = _main.bar_chart
scatter_chart = _main.scatter_chart
vega_lite_chart = _main.vega_lite_chart
altair_chart = _main.altair_chart
plotly_chart = _main.plotly_chart
graphviz_chart = _main.graphviz_chart
map = _main.map  # noqa: A001 - Streamlit's name
pydeck_chart = _main.pydeck_chart
mermaid_chart = _main.mermaid_chart
echarts_chart = _main.echarts_chart

# Media
image = _main.image
audio = _main.audio
video = _main.video

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
file_uploader = _main.file_uploader
download_button = _main.download_button
link_button = _main.link_button
page_link = _main.page_link
chat_message = _main.chat_message
chat_input = _main.chat_input
multiselect = _main.multiselect
select_slider = _main.select_slider
date_input = _main.date_input
datetime_input = _main.datetime_input
camera_input = _main.camera_input
audio_input = _main.audio_input
menu_button = _main.menu_button
color_picker = _main.color_picker
pills = _main.pills
segmented_control = _main.segmented_control
feedback = _main.feedback
pagination = _main.pagination

# Layout
columns = _main.columns
grid = _main.grid
container = _main.container
form = _main.form
empty = _main.empty
expander = _main.expander
status = _main.status
tabs = _main.tabs
popover = _main.popover


_SCOPES = ["'app'", "'fragment'", "a fragment key", "a list of keys"]


def _rerun_scope(scope: _Any) -> "str | list[str]":
    """st.rerun's scope, checked and normalized as Streamlit does."""
    if isinstance(scope, int) and not isinstance(scope, bool):
        return str(scope)
    if isinstance(scope, (bytes, bytearray)) or not isinstance(scope, (str, list, tuple)):
        raise errors.StreamlitInvalidParameterTypeError(
            "scope", type(scope).__name__, ["str", "int", "list[str | int]"]
        )
    if isinstance(scope, str):
        if scope == "":
            raise errors.StreamlitValueError("scope", _SCOPES, detail="Got an empty string.")
        return scope
    if len(scope) == 0:
        raise errors.StreamlitValueError("scope", _SCOPES, detail="Got an empty list.")
    names = []
    for name in scope:
        if isinstance(name, int) and not isinstance(name, bool):
            names.append(str(name))
        elif not isinstance(name, str):
            raise errors.StreamlitInvalidParameterTypeError("scope list items", type(name).__name__, ["str", "int"])
        elif name == "":
            raise errors.StreamlitValueError(
                "scope list items", ["non-empty strings or ints"], detail="Found an empty string in the list."
            )
        else:
            names.append(name)
    for name in names:
        if name in ("app", "fragment"):
            raise errors.StreamlitValueError(
                "scope",
                ["fragment keys"],
                detail=f"'{name}' is a reserved scope name and cannot appear inside a list. "
                f"Pass '{name}' directly as a string.",
            )
    return names


def rerun(scope: _Any = "app") -> _NoReturn | None:
    """Stop the current run and start a new one right away: the whole app,
    (``scope="fragment"``, during a fragment run) only the running fragment,
    or (a fragment key or list of keys, from a widget callback) the fragments
    declared with ``@st.fragment(key=...)``."""
    scope = _rerun_scope(scope)
    ctx = _get_ctx()
    if scope == "app" or ctx is None:
        raise _Rerun()
    if scope == "fragment":
        if not ctx.fragment_ids_this_run:
            raise errors.StreamlitInvalidLayoutContextError(
                'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.'
            )
        current = ctx.current_fragment_id or ctx.fragment_ids_this_run[0]
        raise _Rerun(_RerunData(fragment_ids=[current]))
    if not ctx.in_callback:
        raise errors.StreamlitAPIException(
            "Passing a fragment key to `st.rerun()` is only allowed from a "
            "widget callback (e.g. `on_change` / `on_click`). Calling it "
            "from the main script body or a fragment body would abort the "
            "current run. If you meant to rerun the whole app or the "
            "current fragment, use `scope='app'` or `scope='fragment'`."
        )
    ids: list[str] = []
    for name in [scope] if isinstance(scope, str) else scope:
        found = ctx.fragment_storage.keys.get(name)
        if not found:
            raise errors.StreamlitAPIException(
                f"No fragment found for target '{name}'. Pass the same "
                f"`key` you set on `@st.fragment(key=...)`, and make sure "
                f"that fragment has rendered at least once."
            )
        ids.extend(fid for fid in found if fid not in ids)
    raise _Rerun(_RerunData(fragment_ids=ids))


def stop() -> _NoReturn:
    """Stop the current run here; what it displayed so far stays."""
    raise _Stop()


_SIDEBAR_STATES = ["'auto'", "'expanded'", "'collapsed'", "'locked'", "a positive integer (width in pixels)"]
_MENU_KEYS = ("get help", "report a bug", "about")
_MENU_URL_PROTOCOLS = ("http", "https", "mailto")


def _is_menu_url(url: _Any) -> bool:
    from urllib.parse import urlparse

    try:
        parsed = urlparse(str(url))
    except ValueError:
        return False
    if parsed.scheme in ("http", "https"):
        return bool(parsed.netloc)
    return parsed.scheme == "mailto" and bool(parsed.path)


def _check_menu_items(menu_items: _Any) -> None:
    for key, url in {str(k).lower().strip(): v for k, v in menu_items.items()}.items():
        if key not in _MENU_KEYS:
            raise errors.StreamlitValueError(
                "menu_items",
                ["'Get help'", "'Report a bug'", "'About'"],
                detail=f"`{key}` is not a supported menu item key.",
            )
        if url is not None and key != "about" and not _is_menu_url(url):
            raise errors.StreamlitInvalidURLError(url, _MENU_URL_PROTOCOLS)


def set_page_config(
    page_title: str | None = None,
    page_icon: _Any = None,
    layout: str | None = None,
    initial_sidebar_state: _Any = None,
    menu_items: _Any = None,
) -> None:
    """The page's title, favicon, layout ("centered" or "wide") and the
    sidebar's initial state ("auto", "expanded", "collapsed", "locked" or a
    width in pixels). (``menu_items`` is checked; wasmlit's menu has none of them.)

    Args:
        page_title: The browser tab's title.
        page_icon: The tab's icon (an emoji, icon or image).
        initial_sidebar_state: The sidebar at first (see above).
    """
    if layout not in ("centered", "wide", None):
        raise errors.StreamlitValueError("layout", ["'centered'", "'wide'"])
    sidebar_width = None
    if isinstance(initial_sidebar_state, int) and not isinstance(initial_sidebar_state, bool):
        if initial_sidebar_state <= 0:
            raise errors.StreamlitValueError(
                "initial_sidebar_state", _SIDEBAR_STATES, detail=f"Got {initial_sidebar_state}."
            )
        sidebar_width, initial_sidebar_state = initial_sidebar_state, "auto"
    elif initial_sidebar_state not in ("auto", "expanded", "collapsed", "locked", None):
        raise errors.StreamlitValueError(
            "initial_sidebar_state", _SIDEBAR_STATES, detail=f"Got {initial_sidebar_state!r}."
        )
    if menu_items is not None:
        _check_menu_items(menu_items)
    if page_icon is not None and isinstance(page_icon, str) and page_icon.startswith(":material"):
        page_icon = _validate_material_icon(page_icon)
    message = _protocol.page_config(
        page_title,
        None if page_icon is None else str(page_icon),
        layout,
        "expanded" if initial_sidebar_state == "locked" else initial_sidebar_state,
    )
    if sidebar_width is not None:
        message["sidebarWidth"] = sidebar_width
    _ctx().emit(message)


# Options scripts may change while running, as in Streamlit (set_option).
_SCRIPTABLE_OPTIONS = (
    "logger.enableRich",
    "client.showErrorDetails",
    "client.toolbarMode",
    "client.disableDataExport",
    "client.showSidebarNavigation",
)
_OPTION_DEFAULTS = {
    "client.toolbarMode": "auto",
    "client.disableDataExport": False,
    "client.showSidebarNavigation": True,
    "logger.enableRich": False,
    "theme.base": None,
    "theme.primaryColor": None,
    "server.port": 8501,
    "server.headless": True,
    "browser.gatherUsageStats": False,
}


def get_option(key: str) -> _Any:
    """The value of a configuration option (``config.toml``'s ``section.name``).

    Args:
        key: The option's name, such as "theme.primaryColor".
    """
    value = _ctx().config.get_option(key)
    if value is not None:
        return value
    if key in _OPTION_DEFAULTS:
        return _OPTION_DEFAULTS[key]
    if key in _CONFIG_DEFAULTS:
        return _CONFIG_DEFAULTS[key]
    if "." in key and key.split(".")[0] in ("theme", "client", "runner", "server", "browser", "global", "logger"):
        return None
    raise RuntimeError(f'Config key "{key}" not defined.')


def set_option(key: str, value: _Any) -> None:
    """Sets a configuration option for this session (only the ones Streamlit allows at run time).

    Args:
        key: The option's name.
        value: Its new value.
    """
    if key in _SCRIPTABLE_OPTIONS:
        _ctx().config.set_option(key, value)
        return
    get_option(key)  # unknown keys: Streamlit's error
    raise errors.StreamlitAPIException(
        f"{key} cannot be set on the fly. Set as command line option, e.g. "
        f"streamlit run script.py --{key}, or in config.toml instead."
    )


# Streamlit commands wasmlit does not have: calling one says so in the app.
_UNSUPPORTED: dict[str, str] = {}


def _unsupported(name: str, why: str) -> _Any:
    def command(*args: _Any, **kwargs: _Any) -> _Any:
        """Not available in this version (Streamlit 1.67's experimental ECharts chart)."""
        raise errors.StreamlitAPIException(f"`st.{name}` is not supported by wasmlit: {why}.")

    command.__name__ = name
    return command


globals().update({_name: _unsupported(_name, _why) for _name, _why in _UNSUPPORTED.items()})


class _Unset:
    def __repr__(self) -> str:
        return "<unset>"


_UNSET_TTL = _Unset()


def connection(
    name: str, type: _Any = None, max_entries: int | None = None, ttl: _Any = _UNSET_TTL, **kwargs: _Any
) -> _Any:
    """Not supported: a browser session cannot reach databases or other servers.

    Args:
        name: The connection's name.
        type: The connection class or its name.
        max_entries: The most entries kept (the oldest go first; None: no limit).
        ttl: How long an entry stays (seconds, a timedelta or a duration string; None: forever).
    """
    raise errors.StreamlitAPIException(
        "`st.connection` is not supported by wasmlit: a browser session cannot reach databases or other servers."
    )


def login(provider: str | None = None) -> None:
    """Not supported: there is no server to sign in to.

    Args:
        provider: The identity provider's name in the secrets.
    """
    raise errors.StreamlitAPIException("`st.login` is not supported by wasmlit: there is no server to sign in to.")


def logout() -> None:
    """Not supported: there is no server to sign in to."""
    raise errors.StreamlitAPIException("`st.logout` is not supported by wasmlit: there is no server to sign in to.")


# Loaded on first use (the caching machinery is heavy to import at boot).
_LAZY = {"cache_data": "wasmlit.caching", "cache_resource": "wasmlit.caching"}


def __getattr__(name: str) -> _Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'streamlit' has no attribute '{name}'")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__: list[str] = list(_LAZY) + [name for name in dir() if not name.startswith("_") and name != "annotations"]

"""Bad arguments raise what Streamlit 1.67 raises, with its exact texts
(each expected text was recorded by running the same line under
streamlit.testing.v1.AppTest with Streamlit 1.67)."""

from __future__ import annotations

import pytest

from wasmlit.testing import AppTest

CASES = [
    (
        "st.tabs(['a'], bind='query-params')",
        "The `key` parameter is required. When using bind='query-params', the widget must have a unique 'key' parameter specified. This 'key' will be used as the name of the query parameter.",
    ),
    (
        "st.text_input('x', type='mail')",
        "Invalid `type` value. Supported values: 'default', 'password', 'email', 'url', 'phone', 'search'.",
    ),
    (
        "st.text_input('x', live=300)",
        "Invalid `live` type. Expected one of: bool, str. Provided type: int. A number or `datetime.timedelta` is not accepted. Use `True` for a 250ms pause, or a duration string like `'300ms'` or `'0.5s'`. `live=300` is not milliseconds (and `live=0.3` is not seconds); duration units must be explicit.",
    ),
    ("st.checkbox('c', bind='url')", "Invalid `bind` value. Supported values: 'query-params', None."),
    (
        "st.checkbox('c', persist_state='x', key='k')",
        "Invalid `persist_state` value. Supported values: 'page', 'session', None.",
    ),
    (
        "st.text_input('p', type='password', bind='query-params', key='p')",
        "`bind='query-params'` and `type='password'` cannot be used together. Password values must not appear in URLs.",
    ),
    (
        "st.container(wrap=False)",
        "`wrap=False` and `horizontal=False` cannot be used together. A vertical container has no horizontal row of elements to keep in a single, scrolling row. Set `horizontal=True` to use `wrap=False`, or remove the `wrap` argument.",
    ),
    ("st.button('b', shortcut='ctrl+r')", "The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers."),
    ("st.button('b', icon_position='top')", "Invalid `icon_position` value. Supported values: 'left', 'right'."),
    ("st.grid(0)", "The `columns` parameter, set to 0, is outside the required range [1, 24]."),
    ("st.grid('x')", "Invalid `columns` value. Supported values: \"auto\", an integer from 1 to 24. Got 'x'."),
    ("st.pagination(0)", "`num_pages` must be an integer of at least 1. Got 0."),
    (
        "st.selectbox('s', ['a'], filter_mode='x')",
        "Invalid `filter_mode` value. Supported values: fuzzy, contains, prefix, None.",
    ),
    ("st.time_input('t', format='13h')", "Invalid `format` value. Supported values: '12h', '24h', 'localized'."),
    ("st.expander('e', type='big')", "Invalid `type` value. Supported values: 'default', 'compact', 'step'."),
    (
        "st.markdown('x', wrap=False, unsafe_allow_html=True)",
        "`wrap=False` and `unsafe_allow_html=True` cannot be used together. One-line markdown cannot ellipsize raw HTML. Pass `wrap=True` to render HTML, or omit `unsafe_allow_html` to truncate.",
    ),
    (
        "st.title('t', icon='rocket')",
        'The value "rocket" is not a valid icon. Please use a single emoji or a Material icon shortcode like `:material\u200b/thumb_up:`.',
    ),
    (
        "st.title('t', icon=':rocket:')",
        'The value ":rocket:" is not a valid icon. Emoji shortcodes are not supported. Please use a single emoji or a Material icon shortcode like `:material\u200b/thumb_up:`.',
    ),
    ("st.columns(2, wrap=1)", "Invalid `wrap` value. Supported values: True, False."),
    (
        "st.space(0)",
        "Invalid `size` value. Supported values: 'stretch', 'xxsmall', 'xsmall', 'small', 'medium', 'large', 'xlarge', 'xxlarge', a positive integer. Got 0.",
    ),
    ("st.set_page_config(layout='x')", "Invalid `layout` value. Supported values: 'centered', 'wide'."),
    (
        "st.set_page_config(initial_sidebar_state='x')",
        "Invalid `initial_sidebar_state` value. Supported values: 'auto', 'expanded', 'collapsed', 'locked', a positive integer (width in pixels). Got 'x'.",
    ),
    (
        "st.set_page_config(menu_items={'x': 1})",
        "Invalid `menu_items` value. Supported values: 'Get help', 'Report a bug', 'About'. `x` is not a supported menu item key.",
    ),
    (
        "st.set_page_config(menu_items={'Get help': 'foo'})",
        '"foo" is not a valid URL. You must use a fully qualified domain beginning with "http://", "https://", or "mailto:".',
    ),
    ("st.header('h', anchor=True)", "Invalid `anchor` value. Supported values: None, False, any string."),
    ("st.header('h', anchor=1)", "Invalid `anchor` type. Expected one of: str, None, False. Provided type: int."),
    (
        "st.header('h', divider='pink')",
        "Invalid `divider` value. Supported values: True, 'red', 'orange', 'yellow', 'blue', 'green', 'violet', 'gray', 'grey', 'rainbow'.",
    ),
    ("st.toast('')", "The `body` parameter is required. Please provide a message."),
]


@pytest.mark.parametrize("line, message", CASES, ids=[line for line, _ in CASES])
def test_error_text_matches_streamlit(line, message):
    at = AppTest.from_string("import streamlit as st\n" + line).run()
    assert [e.value for e in at.exception] == [message]


def test_unknown_keyword_is_a_type_error():
    at = AppTest.from_string("import streamlit as st\nst.button('b', colour='red')\n").run()
    assert at.exception[0].value == "ButtonMixin.button() got an unexpected keyword argument 'colour'"

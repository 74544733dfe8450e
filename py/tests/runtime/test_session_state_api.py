"""st.session_state behaves like Streamlit's: dict and attribute access,
mapping methods, and the exact errors for missing keys."""

import pytest

MISSING_KEY = (
    'st.session_state has no key "value". Did you forget to initialize it? '
    "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
)
MISSING_ATTR = (
    'st.session_state has no attribute "value". Did you forget to initialize it? '
    "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
)


def test_item_and_attribute_access_share_values(app):
    a = app("""
        import streamlit as st
        if 'key' not in st.session_state:
            st.session_state['key'] = 'value'
        st.session_state.other = 1
        st.write(st.session_state.key, st.session_state['other'])
    """)
    assert a.texts() == ["value `1`"]


def test_mapping_methods(app):
    a = app("""
        import streamlit as st
        ss = st.session_state
        ss.update({'a': 1, 'b': 2})
        ss['c'] = 3
        st.write(sorted(ss.keys()))
        st.write(sorted(ss.values()))
        st.write(sorted(ss.items()))
        st.write(sorted(iter(ss)))
        st.write(len(ss), ss.get('a'), ss.get('zzz'), ss.get('zzz', 'dflt'))
        st.write('a' in ss, 'zzz' in ss)
        st.write(ss.to_dict() == {'a': 1, 'b': 2, 'c': 3})
    """)
    jsons = a.texts("json")
    assert jsons[0] == '["a", "b", "c"]'
    assert jsons[1] == "[1, 2, 3]"
    assert jsons[2] == '[["a", 1], ["b", 2], ["c", 3]]'
    assert jsons[3] == '["a", "b", "c"]'
    assert a.texts() == ["`3` `1` `None` dflt", "`True` `False`", "`True`"]


def test_del_both_forms_and_clear(app):
    a = app("""
        import streamlit as st
        ss = st.session_state
        ss.a = 1; ss.b = 2; ss.c = 3
        del ss['a']
        del ss.b
        st.write(list(ss.keys()))
        ss.clear()
        st.write(len(ss))
    """)
    assert a.texts("json") == ['["c"]']
    assert a.texts() == ["`0`"]


def test_values_persist_across_reruns_and_are_per_session(app):
    source = """
        import streamlit as st
        st.session_state.n = st.session_state.get('n', 0) + 1
        st.write(st.session_state.n)
    """
    a = app(source)
    a.run().run()
    assert a.texts() == ["`3`"]
    b = app(source)
    assert b.texts() == ["`1`"]


def test_missing_key_raises_keyerror_with_streamlit_text(app):
    a = app("""
        import streamlit as st
        st.write(st.session_state['value'])
    """)
    [exc] = a.exceptions
    assert exc.props["type"] == "KeyError"
    assert exc.props["message"] == repr(MISSING_KEY)


def test_missing_attribute_raises_attributeerror_with_streamlit_text(app):
    a = app("""
        import streamlit as st
        st.write(st.session_state.value)
    """)
    [exc] = a.exceptions
    assert exc.props["type"] == "AttributeError"
    assert exc.props["message"] == MISSING_ATTR


def test_del_missing_attribute_raises_attributeerror(app):
    a = app("""
        import streamlit as st
        try:
            del st.session_state.value
        except AttributeError as e:
            st.text(str(e))
        try:
            del st.session_state['value']
        except KeyError as e:
            st.text(e.args[0])
    """)
    assert a.texts("text") == [MISSING_ATTR, MISSING_KEY]


def test_session_state_str_and_repr_show_user_values(app):
    a = app("""
        import streamlit as st
        st.session_state.x = 1
        st.text(str(st.session_state))
    """)
    assert a.texts("text") == ["{'x': 1}"]


def test_non_string_keys_are_stringified(app):
    a = app("""
        import streamlit as st
        st.session_state[1] = 'one'
        st.write(st.session_state['1'], 1 in st.session_state)
    """)
    assert a.texts() == ["one `True`"]


def test_empty_key_is_rejected(app):
    a = app("""
        import streamlit as st
        st.session_state[''] = 1
    """)
    [exc] = a.exceptions
    assert exc.props["type"] == "streamlit.errors.StreamlitValueError"
    assert "Invalid `key` value" in exc.props["message"]

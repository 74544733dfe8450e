"""st.session_state behaves like Streamlit's: dict and attribute access,
mapping methods, and the exact errors for missing keys."""

from harness import props
from wasmlit.testing import AppTest

MISSING_KEY = (
    'st.session_state has no key "value". Did you forget to initialize it? '
    "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
)
MISSING_ATTR = (
    'st.session_state has no attribute "value". Did you forget to initialize it? '
    "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
)


def test_item_and_attribute_access_share_values():
    at = AppTest.from_string("""
        import streamlit as st
        if 'key' not in st.session_state:
            st.session_state['key'] = 'value'
        st.session_state.other = 1
        st.write(st.session_state.key, st.session_state['other'])
    """).run()
    assert at.markdown.values == ["value `1`"]


def test_mapping_methods():
    at = AppTest.from_string("""
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
    """).run()
    jsons = at.json.values
    assert jsons[0] == '["a", "b", "c"]'
    assert jsons[1] == "[1, 2, 3]"
    assert jsons[2] == '[["a", 1], ["b", 2], ["c", 3]]'
    assert jsons[3] == '["a", "b", "c"]'
    assert at.markdown.values == ["`3` `1` `None` dflt", "`True` `False`", "`True`"]


def test_del_both_forms_and_clear():
    at = AppTest.from_string("""
        import streamlit as st
        ss = st.session_state
        ss.a = 1; ss.b = 2; ss.c = 3
        del ss['a']
        del ss.b
        st.write(list(ss.keys()))
        ss.clear()
        st.write(len(ss))
    """).run()
    assert at.json.values == ['["c"]']
    assert at.markdown.values == ["`0`"]


def test_values_persist_across_reruns_and_are_per_session():
    source = """
        import streamlit as st
        st.session_state.n = st.session_state.get('n', 0) + 1
        st.write(st.session_state.n)
    """
    at = AppTest.from_string(source).run()
    at.run().run()
    assert at.markdown.values == ["`3`"]
    assert at.session_state.n == 3
    other = AppTest.from_string(source).run()
    assert other.markdown.values == ["`1`"]
    assert other.session_state.n == 1


def test_missing_key_raises_keyerror_with_streamlit_text():
    at = AppTest.from_string("""
        import streamlit as st
        st.write(st.session_state['value'])
    """).run()
    [exc] = at.exception
    assert props(exc)["type"] == "KeyError"
    assert exc.message == repr(MISSING_KEY)


def test_missing_attribute_raises_attributeerror_with_streamlit_text():
    at = AppTest.from_string("""
        import streamlit as st
        st.write(st.session_state.value)
    """).run()
    [exc] = at.exception
    assert props(exc)["type"] == "AttributeError"
    assert exc.message == MISSING_ATTR


def test_del_missing_attribute_raises_attributeerror():
    at = AppTest.from_string("""
        import streamlit as st
        try:
            del st.session_state.value
        except AttributeError as e:
            st.text(str(e))
        try:
            del st.session_state['value']
        except KeyError as e:
            st.text(e.args[0])
    """).run()
    assert at.text.values == [MISSING_ATTR, MISSING_KEY]


def test_session_state_str_and_repr_show_user_values():
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.x = 1
        st.text(str(st.session_state))
    """).run()
    assert at.text.values == ["{'x': 1}"]


def test_non_string_keys_are_stringified():
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state[1] = 'one'
        st.write(st.session_state['1'], 1 in st.session_state)
    """).run()
    assert at.markdown.values == ["one `True`"]


def test_empty_key_is_rejected():
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state[''] = 1
    """).run()
    [exc] = at.exception
    assert props(exc)["type"] == "streamlit.errors.StreamlitValueError"
    assert "Invalid `key` value" in exc.message

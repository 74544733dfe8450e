"""streamlit.components.v1 on the Python side: html/iframe, and custom
components (declare_component) as Streamlit 1.67 has them."""

import pytest

from wasmlit.testing import AppTest

COMPONENT = {
    "mycomp/__init__.py": """
        import os
        import streamlit.components.v1 as components
        _FRONTEND = os.path.join(os.path.dirname(os.path.abspath(__file__)), "frontend")
        _comp = components.declare_component("comp", path=_FRONTEND)
        def comp(**kwargs):
            return _comp(**kwargs)
    """,
    "mycomp/frontend/index.html": "<p>frontend</p>",
}


def _nodes(at, kind):
    return [m["node"]["props"] for m in at._messages if m["type"] == "delta" and m["node"]["type"] == kind]


def _iframes(at):
    return _nodes(at, "iframe")


def test_html_iframe_and_st_iframe_props(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        import streamlit.components.v1 as components
        components.html("<b>x</b>")
        components.html("<b>y</b>", width=300, height=90, scrolling=True, tab_index=0)
        components.iframe("https://example.com", height=200)
        st.iframe("https://example.com")
        st.iframe("<p>doc</p>")
    """)
    ).run()
    html, sized, url, st_url, st_doc = _iframes(at)
    assert html == {
        "src": None,
        "srcdoc": "<b>x</b>",
        "width": "stretch",
        "height": 150,
        "scrolling": False,
        "tabIndex": None,
        "alt": None,
    }
    assert (sized["width"], sized["height"], sized["scrolling"], sized["tabIndex"]) == (300, 90, True, 0)
    assert (url["src"], url["height"]) == ("https://example.com", 200)
    assert (st_url["src"], st_url["height"], st_url["width"]) == ("https://example.com", 400, "stretch")
    assert (st_doc["srcdoc"], st_doc["height"]) == ("<p>doc</p>", "content")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "components.html('x', tab_index=-2)",
            "Invalid `tab_index` value. Supported values: None, -1, a non-negative integer.",
        ),
        ("components.html('x', tab_index='1')", "Invalid `tab_index` type. Expected one of: int. Provided type: str."),
    ],
)
def test_tab_index_errors(app_file, call, message):
    at = AppTest.from_file(app_file(f"import streamlit.components.v1 as components\n{call}\n")).run()
    (exc,) = at.exception
    assert exc.message == message


def test_a_component_instance_carries_its_name_args_and_frontend_folder(app_file):
    at = AppTest.from_file(
        app_file(
            """
        import streamlit as st
        from mycomp import comp
        value = comp(name="Ada", key="first", default="nothing yet", data=b"\\x00\\x01\\xfa", level=3)
        st.write(f"value: {value!r}")
        st.write(f"state: {st.session_state['first']!r}")
    """,
            COMPONENT,
        )
    ).run()
    assert not at.exception
    (element,) = at.get("component_instance")
    assert element.key == "first"
    assert element.component_name == "mycomp.comp"
    assert element.json_args == '{"name": "Ada", "level": 3, "default": "nothing yet", "key": "first"}'
    assert element.special_args == [{"key": "data", "bytes": "AAH6"}]
    assert element.frontend_url == "_wasmlit/components/app/mycomp/frontend/"
    assert element.url is None
    assert element.value is None  # no value from the frontend yet, as in Streamlit
    assert [m.value for m in at.markdown] == ["value: 'nothing yet'", "state: None"]


def test_values_from_the_frontend_are_returned_and_kept_under_the_key(app_file):
    at = AppTest.from_file(
        app_file(
            """
        import streamlit as st
        from mycomp import comp
        value = comp(name="Ada", key="first", default="nothing yet")
        st.write(f"value: {value!r}")
        st.write(f"state: {st.session_state['first']!r}")
    """,
            COMPONENT,
        )
    ).run()
    element = at.get("component_instance")[0]
    element.set_value({"clicks": 1, "name": "Ada"}).run()
    assert [m.value for m in at.markdown] == [
        "value: {'clicks': 1, 'name': 'Ada'}",
        "state: {'clicks': 1, 'name': 'Ada'}",
    ]
    # bytes come as base64 in the page's wire form
    at._run({element.id: {"bytes": "AQL6"}})
    assert [m.value for m in at.markdown] == ["value: b'\\x01\\x02\\xfa'", "state: b'\\x01\\x02\\xfa'"]
    # the value survives a rerun the component did not cause
    at.run()
    assert at.markdown[0].value == "value: b'\\x01\\x02\\xfa'"


def test_a_value_set_through_session_state_is_the_components_value(app_file):
    at = AppTest.from_file(
        app_file(
            """
        import streamlit as st
        from mycomp import comp
        if "first" not in st.session_state:
            st.session_state.first = "from state"
        st.write(comp(name="Ada", key="first", default="nothing yet"))
    """,
            COMPONENT,
        )
    ).run()
    assert at.markdown[0].value == "from state"


def test_on_change_runs_when_the_frontend_sends_a_new_value(app_file):
    at = AppTest.from_file(
        app_file(
            """
        import streamlit as st
        from mycomp import comp
        st.session_state.setdefault("changes", 0)
        def changed():
            st.session_state.changes += 1
        comp(name="Ada", key="c", on_change=changed)
        st.write(f"changes: {st.session_state.changes}")
    """,
            COMPONENT,
        )
    ).run()
    element = at.get("component_instance")[0]
    element.set_value(1).run()
    element = at.get("component_instance")[0]
    element.set_value(1).run()  # the same value: no change
    element = at.get("component_instance")[0]
    element.set_value(2).run()
    assert at.markdown[0].value == "changes: 2"


def test_a_keyed_component_keeps_its_identity_when_its_args_change(app_file):
    at = AppTest.from_file(
        app_file(
            """
        import streamlit as st
        from mycomp import comp
        n = st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        comp(name=f"run {n}", key="kept")
        comp(name=f"run {n}")
    """,
            COMPONENT,
        )
    ).run()
    first = [e.id for e in at.get("component_instance")]
    at.run()
    second = [e.id for e in at.get("component_instance")]
    assert first[0] == second[0]
    assert first[1] != second[1]


def test_dataframe_like_arguments_are_special_args(app_file):
    pytest.importorskip("numpy")
    at = AppTest.from_file(
        app_file(
            """
        import numpy as np
        from mycomp import comp
        comp(name="Ada", table=np.array([[1, 2], [3, 4]]))
    """,
            COMPONENT,
        )
    ).run()
    (element,) = at.get("component_instance")
    (special,) = element.special_args
    assert special["key"] == "table"
    frame = special["arrowDataframe"]
    assert frame["numRows"] == 2
    assert [c["values"] for c in frame["columns"]] == [[1, 3], [2, 4]]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("comp('Ada')", "Argument 'Ada' needs a label"),
        (
            "comp(name=object())",
            "('Could not convert component args to JSON', TypeError('Object of type object is not JSON serializable'))",
        ),
        (
            "comp(name='x', on_change='rerun')",
            '`on_change="rerun"` is not supported on this widget. Pass a callback, or omit `on_change`.',
        ),
        ("comp(name='x', on_change=3)", "Invalid `on_change` value. Supported values: a callback function."),
        (
            "comp(name='x', tab_index=-2)",
            "Invalid `tab_index` value. Supported values: None, -1, a non-negative integer.",
        ),
    ],
)
def test_call_errors_as_streamlit(app_file, call, message):
    at = AppTest.from_file(
        app_file(
            f"""
        import streamlit.components.v1 as components
        import os
        comp = components.declare_component("comp", path=os.path.join(os.path.dirname(os.path.abspath(__file__)), "mycomp", "frontend"))
        {call}
    """,
            COMPONENT,
        )
    ).run()
    (exc,) = at.exception
    assert exc.message == message


def test_declare_errors_as_streamlit(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit.components.v1 as components
        components.declare_component("comp", path="/no/such/folder")
    """)
    ).run()
    assert at.exception[0].message == "No such component directory: '/no/such/folder'"
    at = AppTest.from_file(
        app_file("""
        import streamlit.components.v1 as components
        components.declare_component("comp")
    """)
    ).run()
    assert at.exception[0].message == "Either 'path' or 'url' must be set."


def test_url_components_and_names_from_the_main_script(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit.components.v1 as components
        c = components.declare_component("dev", url="http://localhost:3001")
        c(default=1)
        print(repr(c), str(c))
    """)
    ).run()
    (element,) = at.get("component_instance")
    assert element.component_name == "app.dev"
    assert element.url == "http://localhost:3001"
    assert element.frontend_url is None


def test_streamlits_component_modules_import(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        from streamlit.components.v1.components import CustomComponent, MarshallComponentException, declare_component
        from streamlit.components.v1.custom_component import CustomComponent as Same
        from streamlit.components.v1.component_registry import ComponentRegistry
        st.write(CustomComponent is Same, issubclass(MarshallComponentException, Exception))
    """)
    ).run()
    assert not at.exception
    assert at.markdown[0].value == "`True` `True`"


def test_a_component_in_a_cached_function_shows_streamlits_warning(app_file):
    at = AppTest.from_file(
        app_file(
            """
        import streamlit as st
        from mycomp import comp
        @st.cache_data
        def cached():
            return comp(name="x", default=5)
        st.write(cached())
    """,
            COMPONENT,
        )
    ).run()
    assert "Your script uses a widget command in a cached function" in at.exception[0].message

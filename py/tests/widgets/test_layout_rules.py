"""Containers, columns, sidebar and forms: where elements go, and the errors."""

# On the wire-level harness: these check delta paths and block props (border, gap), not in AppTest.


def test_columns_and_with_blocks(app):
    a = app("""
        import streamlit as st
        c1, c2 = st.columns([2, 1], gap='large')
        c1.write('left')
        with c2:
            st.write('right')
            inner = st.container(border=True, key='box')
            inner.write('inside')
        st.write('after')
    """)
    [row] = a.of_type("horizontal")
    cols = a.of_type("column")
    assert [round(c.props["weight"], 3) for c in cols] == [0.667, 0.333]
    assert row.props["gap"] == "large"
    assert [n.props["body"] for n in cols[0].walk() if n.type == "markdown"] == ["left"]
    assert [n.props["body"] for n in cols[1].walk() if n.type == "markdown"] == ["right", "inside"]
    box = a.of_type("vertical")[0]
    assert box.props["border"] is True and box.props["key"] == "box"
    assert a.all_nodes()[-1].props["body"] == "after"
    assert a.all_nodes()[-1].path == (0, 1)


def test_invalid_column_spec(app):
    a = app("import streamlit as st\nst.columns(0)\n")
    assert a.exceptions[0].props["type"] == "streamlit.errors.StreamlitInvalidColumnSpecError"


def test_sidebar_is_its_own_root(app):
    a = app("""
        import streamlit as st
        st.sidebar.title('Side')
        with st.sidebar:
            v = st.checkbox('in sidebar')
        st.write('main')
    """)
    assert [n.type for n in a.all_nodes(1)] == ["heading", "checkbox"]
    assert [n.type for n in a.all_nodes(0)] == ["markdown"]


def test_same_widget_in_main_and_sidebar_has_distinct_ids(app):
    a = app("""
        import streamlit as st
        st.button('B')
        st.sidebar.button('B')
    """)
    assert not a.exceptions


def test_form_rules(app):
    a = app("""
        import streamlit as st
        with st.form('f'):
            st.button('nope')
    """)
    assert a.exceptions[0].props["message"].startswith("`st.button()` can't be used in an `st.form()`.")
    a = app("import streamlit as st\nst.form_submit_button('x')\n")
    assert a.exceptions[0].props["message"].startswith("`st.form_submit_button()` must be used inside an `st.form()`.")
    a = app("""
        import streamlit as st
        with st.form('a'):
            with st.form('b'):
                pass
    """)
    assert a.exceptions[0].props["message"] == "Forms cannot be nested in other forms."
    a = app("""
        import streamlit as st
        with st.form('a'):
            st.checkbox('c', on_change=lambda: None)
    """)
    assert (
        a.exceptions[0]
        .props["message"]
        .startswith("Within a form, callbacks can only be defined on `st.form_submit_button`.")
    )
    a = app("""
        import streamlit as st
        st.form('a')
        st.form('a')
    """)
    assert a.exceptions[0].props["type"] == "streamlit.errors.StreamlitDuplicateElementKey"


def test_a_form_key_that_is_not_a_string_is_refused_as_in_streamlit(app):
    for key in ("None", "5"):
        a = app(f"import streamlit as st\nwith st.form({key}):\n    st.form_submit_button('go')\n")
        (exception,) = a.exceptions
        assert exception.props["message"] == "bad argument type for built-in operation"
        assert "TypeError" in exception.props["type"]
        assert not a.of_type("form")


def test_widgets_in_form_carry_form_id_even_in_nested_columns(app):
    a = app("""
        import streamlit as st
        form = st.form('f')
        col, = form.columns(1)
        col.text_input('x')
        form.form_submit_button()
    """)
    assert a.widget("x").props["formId"] == "f"

"""st.pills and st.segmented_control."""


def test_single_pills(app):
    a = app("""
        import streamlit as st
        v = st.pills('Dir', ['North', 'East'], key='p')
        st.write(repr(v))
    """)
    w = a.widget("Dir")
    assert w.type == "buttonGroup"
    assert w.props["style"] == "pills" and w.props["selectionMode"] == "single"
    assert w.props["options"] == ["North", "East"] and w.props["value"] == []
    assert a.texts() == ["None"]
    a.set_value("Dir", ["East"])
    assert a.texts() == ["'East'"]
    a.set_value("Dir", [])
    assert a.texts() == ["None"]


def test_multi_segmented_with_format_func(app):
    a = app("""
        import streamlit as st
        v = st.segmented_control('S', [1, 2, 3], selection_mode='multi', default=[2],
                                 format_func=lambda n: f'n{n}')
        st.write(repr(v))
    """)
    w = a.widget("S")
    assert w.props["style"] == "segmented_control" and w.props["value"] == ["n2"]
    assert a.texts() == ["[2]"]
    a.set_value("S", ["n3", "n1"])
    assert a.texts() == ["[3, 1]"]


def test_errors(app):
    a = app("""
        import streamlit as st
        st.pills('P', ['a', 'b'], default=['a', 'b'])
    """)
    assert a.exceptions[0].props["message"] == (
        "The default argument to `st.pills` must be a single value when `selection_mode='single'`."
    )
    b = app("""
        import streamlit as st
        st.segmented_control('P', ['a'], selection_mode='many')
    """)
    assert b.exceptions[0].props["type"].rsplit(".", 1)[-1] == "StreamlitValueError"
    c = app("""
        import streamlit as st
        st.pills('P', ['a'], selection_mode='multi', required=True)
    """)
    assert c.exceptions[0].props["type"].rsplit(".", 1)[-1] == "StreamlitIncompatibleParametersError"
    assert (
        c.exceptions[0]
        .props["message"]
        .startswith("`required=True` and `selection_mode='multi'` cannot be used together.")
    )
    d = app("""
        import streamlit as st
        st.pills('P', ['a'], default='z')
    """)
    assert d.exceptions[0].props["type"].rsplit(".", 1)[-1] == "StreamlitDefaultNotInOptionsError"

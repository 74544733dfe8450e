"""st.multiselect: values, defaults, format_func, max_selections, new options."""


def test_default_and_selection_round_trip(app):
    a = app("""
        import streamlit as st
        v = st.multiselect('Colors', ['Red', 'Green', 'Blue'], default=['Green'], placeholder='pick')
        st.write(repr(v))
    """)
    w = a.widget("Colors")
    assert w.type == "multiselect"
    assert w.props["options"] == ["Red", "Green", "Blue"]
    assert w.props["value"] == ["Green"] and w.props["default"] == ["Green"]
    assert w.props["placeholder"] == "pick" and w.props["maxSelections"] == 0
    assert a.texts() == ["['Green']"]
    a.set_value("Colors", ["Blue", "Red"])
    assert a.texts() == ["['Blue', 'Red']"]
    a.set_value("Colors", [])
    assert a.texts() == ["[]"]


def test_format_func_maps_labels_back_to_options(app):
    a = app("""
        import streamlit as st
        v = st.multiselect('N', [1, 2, 3], default=2, format_func=lambda n: f'#{n}')
        st.write(repr(v))
    """)
    assert a.widget("N").props["options"] == ["#1", "#2", "#3"]
    assert a.texts() == ["[2]"]
    a.set_value("N", ["#3", "#1"])
    assert a.texts() == ["[3, 1]"]


def test_default_not_in_options(app):
    a = app("""
        import streamlit as st
        st.multiselect('X', ['a', 'b'], default=['c'])
    """)
    assert a.exceptions[0].props["type"].rsplit(".", 1)[-1] == "StreamlitDefaultNotInOptionsError"
    assert "The default value 'c' is not part of the options" in a.exceptions[0].props["message"]


def test_max_selections(app):
    a = app("""
        import streamlit as st
        st.multiselect('X', ['a', 'b', 'c'], default=['a', 'b'], max_selections=1)
    """)
    exc = a.exceptions[0].props
    assert exc["type"].rsplit(".", 1)[-1] == "StreamlitSelectionCountExceedsMaxError"
    assert exc["message"].startswith("Multiselect has 2 options selected but `max_selections` is set to 1.")
    assert "Please select at most 1 option." in exc["message"]
    b = app("""
        import streamlit as st
        st.multiselect('X', ['a'], max_selections=0)
    """)
    assert "To disable `st.multiselect`, use `disabled=True`." in b.exceptions[0].props["message"]


def test_max_selections_via_session_state(app):
    a = app("""
        import streamlit as st
        if 'm' not in st.session_state:
            st.session_state.m = ['a', 'b', 'c']
        st.multiselect('X', ['a', 'b', 'c'], key='m', max_selections=2)
    """)
    assert a.exceptions[0].props["type"].rsplit(".", 1)[-1] == "StreamlitSelectionCountExceedsMaxError"


def test_accept_new_options_keeps_typed_values(app):
    a = app("""
        import streamlit as st
        v = st.multiselect('Tags', ['x'], accept_new_options=True, key='t')
        st.write(repr(v), repr(st.session_state.t))
    """)
    assert a.widget("Tags").props["acceptNewOptions"] is True
    a.set_value("Tags", ["x", "brand new"])
    assert a.texts() == ["['x', 'brand new'] ['x', 'brand new']"]


def test_values_no_longer_options_are_dropped(app):
    a = app("""
        import streamlit as st
        opts = ['a', 'b'] if not st.session_state.get('shrink') else ['a']
        v = st.multiselect('X', opts, key='m')
        st.write(repr(v))
        st.checkbox('shrink', key='shrink')
    """)
    a.set_value("X", ["a", "b"])
    assert a.texts() == ["['a', 'b']"]
    a.set_value("shrink", True)
    assert a.texts() == ["['a']"]
    assert a.widget("X").props["value"] == ["a"] and a.widget("X").props["setValue"] is True


def test_callback_and_session_state(app):
    a = app("""
        import streamlit as st
        def changed(tag):
            st.session_state.log = f"{tag}:{st.session_state.m}"
        st.multiselect('X', ['a', 'b'], key='m', on_change=changed, args=('cb',))
        st.write(st.session_state.get('log', '-'))
    """)
    a.set_value("X", ["b"])
    assert a.texts() == ["cb:['b']"]

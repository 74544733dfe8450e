"""st.tabs, st.popover, @st.dialog, and nesting columns."""


def test_tabs_blocks_and_children(app):
    a = app("""
        import streamlit as st
        a, b = st.tabs(["One", "Two"], default="Two", key="t")
        a.write("in one")
        with b:
            st.write("in two")
    """)
    (tabs,) = a.of_type("tabs")
    assert tabs.props["labels"] == ["One", "Two"]
    assert tabs.props["default"] == 1
    assert tabs.props["key"] == "t"
    panels = [c for c in tabs.children.values()]
    assert [p.type for p in panels] == ["tab", "tab"]
    assert [[n.props["body"] for n in p.walk() if n.type == "markdown"] for p in panels] == [["in one"], ["in two"]]


def test_tabs_validation(app):
    cases = {
        "st.tabs([])": "The `tabs` parameter is required. Provide at least one tab label.",
        'st.tabs(["a", 1])': "Invalid `tabs` type. Expected one of: a string for each tab label. Provided type: int.",
        'st.tabs(["a"], default="b")': "Invalid `default` value. Supported values: a tab label from `tabs`. `b` is not in the list of tabs.",
    }
    for call, message in cases.items():
        a = app(f"import streamlit as st\n{call}\n")
        assert [e.props["message"] for e in a.exceptions] == [message], call


def test_popover_block(app):
    a = app("""
        import streamlit as st
        with st.popover("More", help="Opens", type="primary", use_container_width=True):
            st.write("inside")
        st.write("outside")
    """)
    (pop,) = a.of_type("popover")
    assert pop.props["label"] == "More"
    assert pop.props["kind"] == "primary" and pop.props["stretch"] is True and pop.props["help"] == "Opens"
    assert [n.props["body"] for n in pop.walk() if n.type == "markdown"] == ["inside"]
    assert a.texts() == ["inside", "outside"]


def test_popover_validation(app):
    a = app('import streamlit as st\nst.popover("x", type="big")\n')
    assert (
        a.exceptions[0].props["message"]
        == "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."
    )


DIALOG_APP = """
    import streamlit as st

    @st.dialog("Settings", width="large")
    def settings(name):
        st.write(f"Hello {name}")
        if st.button("Close it"):
            st.session_state.show = False
            st.rerun()

    with st.sidebar:
        if st.button("Open"):
            st.session_state.show = True
    if st.session_state.get("show"):
        settings("Ann")
    st.write("end")
"""


def test_dialog_opens_in_main_and_stays_while_called(app):
    a = app(DIALOG_APP)
    assert not a.of_type("dialog")
    a.click("Open")
    (dialog,) = a.of_type("dialog")
    assert dialog.path[0] == 0  # main area, though opened from the sidebar's `with`
    assert dialog.props["title"] == "Settings" and dialog.props["width"] == "large"
    assert [n.props["body"] for n in dialog.walk() if n.type == "markdown"] == ["Hello Ann"]
    first_open = dialog.props["openedIn"]
    a.run()
    (dialog,) = a.of_type("dialog")
    assert dialog.props["openedIn"] != first_open
    a.click("Close it")
    assert not a.of_type("dialog")
    assert "end" in a.texts()


def test_dialog_errors(app):
    a = app("""
        import streamlit as st

        @st.dialog("A")
        def one():
            st.write("one")

        one()
        one()
    """)
    assert a.exceptions[0].props["message"] == (
        "Only one dialog is allowed to be opened at the same time. Please make sure to not call a "
        "dialog-decorated function more than once in a script run."
    )
    a = app("""
        import streamlit as st

        @st.dialog("Inner")
        def inner():
            st.write("x")

        @st.dialog("Outer")
        def outer():
            inner()

        outer()
    """)
    messages = [e.props["message"] for e in a.exceptions]
    assert "Dialogs may not be nested inside other dialogs." in messages
    a = app("""
        import streamlit as st

        @st.dialog
        def untitled():
            pass
    """)
    assert a.exceptions[0].props["message"] == (
        'The `title` parameter is required. For example: `@st.dialog("Example Title")`.'
    )
    a = app("""
        import streamlit as st

        @st.dialog("T", width="huge")
        def wide():
            pass

        wide()
    """)
    assert a.exceptions[0].props["message"] == (
        "Invalid `width` value. Supported values: 'small', 'medium', 'large', a positive integer. Got 'huge'."
    )


def test_columns_nest_anywhere_like_streamlit_1_67(app):
    a = app("""
        import streamlit as st
        with st.sidebar:
            a, b = st.columns(2)
            with a:
                c, d = st.columns(2)
                c.write("nested in sidebar")
        x, y = st.columns(2)
        with x:
            p, q = st.columns(2)
            with p:
                r, s = st.columns(2)
                r.write("deep")
    """)
    assert not a.exceptions
    assert sorted(a.texts()) == ["deep", "nested in sidebar"]

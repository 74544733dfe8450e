"""st.progress, st.spinner, st.toast, st.status, st.expander, st.write_stream."""


def delta_nodes(a, node_type):
    return [m["node"]["props"] for m in a.messages if m["type"] == "delta" and m["node"]["type"] == node_type]


def test_progress_updates_in_place(app):
    a = app("""
        import streamlit as st
        bar = st.progress(0, text='Starting')
        for i in (25, 0.5, 1.0):
            bar.progress(i, text=f'at {i}')
        st.write('done')
    """)
    assert [p["value"] for p in delta_nodes(a, "progress")] == [0, 25, 50, 100]
    [bar] = a.of_type("progress")
    assert bar.props == {"value": 100, "text": "at 1.0"}
    assert bar.path == (0, 0)


def test_progress_rejects_out_of_range(app):
    a = app("import streamlit as st\nst.progress(120)\n")
    assert (
        a.exceptions[0].props["message"] == "The `value` parameter, set to 120, is outside the required range [0, 100]."
    )
    a = app("import streamlit as st\nst.progress(1.5)\n")
    assert "[0.0, 1.0]" in a.exceptions[0].props["message"]
    a = app("import streamlit as st\nst.progress('x')\n")
    assert a.exceptions[0].props["type"] == "streamlit.errors.StreamlitInvalidParameterTypeError"


def test_spinner_is_shown_during_the_block_and_gone_after(app):
    a = app("""
        import streamlit as st
        with st.spinner('Working...'):
            st.session_state.inside = True
        st.write('after')
    """)
    spinner_messages = [m for m in a.messages if m["type"] == "delta" and m["path"] == [0, 0]]
    # Transient, as in Streamlit: shown at the next place, cleared on exit, and
    # the next element takes that same place.
    assert [m["node"]["type"] for m in spinner_messages] == ["spinner", "empty", "markdown"]
    assert spinner_messages[0]["node"]["props"] == {"text": "Working...", "showTime": False}
    assert a.of_type("spinner") == []


def test_an_element_written_in_the_spinner_block_takes_its_place(app):
    a = app("""
        import streamlit as st
        with st.spinner('Working...'):
            st.write('inside')
        st.write('after')
    """)
    placed = [(m["path"], m["node"]["type"]) for m in a.messages if m["type"] == "delta"]
    assert placed == [([0, 0], "spinner"), ([0, 0], "markdown"), ([0, 1], "markdown")]


def test_toast_goes_to_the_event_root_and_updates(app):
    a = app("""
        import streamlit as st
        msg = st.toast('Gathering', icon='🥞')
        msg.toast('Ready!')
        st.toast('Long one', duration='long')
        st.write('main')
    """)
    toasts = [m for m in a.messages if m["type"] == "delta" and m["node"]["type"] == "toast"]
    assert [(m["path"], m["node"]["props"]["body"]) for m in toasts] == [
        ([2, 0], "Gathering"),
        ([2, 0], "Ready!"),
        ([2, 1], "Long one"),
    ]
    assert toasts[0]["node"]["props"]["duration"] == 4
    assert toasts[2]["node"]["props"]["duration"] == 10
    assert [n.type for n in a.all_nodes(0)] == ["markdown"]


def test_toast_duration_is_validated(app):
    a = app("import streamlit as st\nst.toast('x', duration=0)\n")
    assert "Invalid `duration` value" in a.exceptions[0].props["message"]


def test_status_container_updates_its_header(app):
    a = app("""
        import streamlit as st
        with st.status('Downloading data...', expanded=True) as status:
            st.write('Searching for data...')
            status.update(label='Almost', expanded=False)
        st.write('after')
        with st.status('Failing'):
            raise ValueError('boom')
    """)
    status_msgs = [m for m in a.messages if m["type"] == "delta" and m["node"]["type"] == "expander"]
    first = [m["node"]["props"] for m in status_msgs if m["path"] == [0, 0]]
    assert first[0] == {"label": "Downloading data...", "expanded": True, "icon": None, "state": "running", "key": None}
    assert first[1]["label"] == "Almost" and first[1]["expanded"] is False
    assert first[-1]["state"] == "complete" and first[-1]["expanded"] is None
    second = [m["node"]["props"] for m in status_msgs if m["path"] == [0, 2]]
    assert second[-1]["state"] == "error"
    [expander0, expander2] = a.of_type("expander")
    assert [n.props["body"] for n in expander0.walk() if n.type == "markdown"] == ["Searching for data..."]
    assert a.exceptions[0].props["message"] == "boom"


def test_expander(app):
    a = app("""
        import streamlit as st
        with st.expander('More', expanded=True):
            st.write('inside')
    """)
    [exp] = a.of_type("expander")
    assert exp.props == {"label": "More", "expanded": True, "icon": None, "state": None, "key": None}


def test_write_stream_grows_one_markdown_and_returns_the_text(app):
    a = app("""
        import streamlit as st
        def words():
            yield 'Hello '
            yield 'streaming '
            yield {'a': 1}
            yield 'world'
        result = st.write_stream(words)
        st.session_state.result = result
    """)
    bodies = [p["body"] for p in delta_nodes(a, "markdown")]
    # Each chunk re-sends the growing text; the end of a text run sends it once more.
    assert bodies == ["Hello", "Hello streaming", "Hello streaming", "world", "world"]
    assert a.session.session_state["result"] == ["Hello streaming ", {"a": 1}, "world"]
    assert [n.type for n in a.all_nodes(0)] == ["markdown", "json", "markdown"]


def test_write_stream_of_text_only_returns_a_string(app):
    a = app("""
        import streamlit as st
        st.session_state.result = st.write_stream(iter(['a', 'b']))
    """)
    assert a.session.session_state["result"] == "ab"
    assert a.texts() == ["ab"]

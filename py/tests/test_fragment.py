"""@st.fragment: its own container, fragment runs that redraw only it, stale
widgets judged per fragment, st.rerun(scope="fragment"), run_every."""

from wasmlit.runtime.rerun_data import RerunData
from wasmlit.testing import AppTest

SCRIPT = """
import streamlit as st
st.session_state.setdefault("outer_runs", 0)
st.session_state.outer_runs += 1
st.write("outer runs:", st.session_state.outer_runs)
st.checkbox("outside", key="outside")

@st.fragment
def counter():
    st.session_state.setdefault("clicks", 0)
    if st.button("Click", key="click"):
        st.session_state.clicks += 1
    st.write("clicks:", st.session_state.clicks)
    if st.session_state.clicks == 2:
        st.session_state.clicks = 10
        st.rerun(scope="fragment")

counter()
st.write("after")
"""


def _session(app_file):
    return _session_of(app_file, SCRIPT)


def _session_of(app_file, script):
    at = AppTest.from_file(app_file(script)).run()
    messages = []
    at._session.runner.emit = messages.append
    at._session.runner.ctx.emit = messages.append
    return at, messages


def _fragment_id(at):
    return next(iter(at._session.runner.ctx.fragment_storage.fragments))


def _widget_id(at, key):
    return at._session.session_state._key_to_id[key]


def test_a_fragment_writes_into_its_own_container(app_file):
    at = AppTest.from_file(app_file(SCRIPT)).run()
    blocks = [m for m in at._messages if m["type"] == "delta" and m["node"].get("props", {}).get("fragmentId")]
    assert len(blocks) == 1 and blocks[0]["node"]["type"] == "vertical"
    inside = [m for m in at._messages if m["type"] == "delta" and m["path"][:-1] == blocks[0]["path"]]
    assert [m["node"]["type"] for m in inside] == ["button", "markdown"]


def test_a_fragment_run_runs_only_the_fragment(app_file):
    at, messages = _session(app_file)
    fid = _fragment_id(at)
    outside = _widget_id(at, "outside")
    click = _widget_id(at, "click")
    at._session.handle_rerun(RerunData(widgets={outside: True, click: True}, fragment_ids=[fid]))
    started = [m for m in messages if m["type"] == "runStarted"]
    assert [m["fragmentIds"] for m in started] == [[fid]]
    texts = [
        m["node"]["props"].get("body") for m in messages if m["type"] == "delta" and m["node"]["type"] == "markdown"
    ]
    assert texts == ["clicks: `1`"]  # the outer body did not run
    assert at.session_state["outer_runs"] == 1
    assert at.session_state["outside"] is True  # the outside widget kept its (new) value


def test_fragment_runs_keep_widgets_outside_the_fragment(app_file):
    at, messages = _session(app_file)
    fid = _fragment_id(at)
    outside = _widget_id(at, "outside")
    at._session.handle_rerun(RerunData(widgets={outside: True}, fragment_ids=[fid]))
    at._session.handle_rerun(RerunData(widgets={outside: True}, fragment_ids=[fid]))
    assert "outside" in at.session_state


def test_rerun_scope_fragment_reruns_only_the_fragment(app_file):
    at, messages = _session(app_file)
    fid = _fragment_id(at)
    click = _widget_id(at, "click")
    at._session.handle_rerun(RerunData(widgets={click: True}, fragment_ids=[fid]))
    messages.clear()
    at._session.handle_rerun(RerunData(widgets={click: True}, fragment_ids=[fid]))
    started = [m["fragmentIds"] for m in messages if m["type"] == "runStarted"]
    assert started == [[fid], [fid]]
    texts = [
        m["node"]["props"].get("body") for m in messages if m["type"] == "delta" and m["node"]["type"] == "markdown"
    ]
    assert texts == ["clicks: `2`", "clicks: `10`"]
    assert at.session_state["outer_runs"] == 1


def test_rerun_scope_fragment_in_a_full_run_is_an_error(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        @st.fragment
        def f():
            st.rerun(scope="fragment")
        f()
    """)
    ).run()
    (exc,) = at.exception
    assert exc.message == (
        'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.'
    )


def test_run_every_is_reported_to_the_page(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        from datetime import timedelta
        @st.fragment(run_every="2s")
        def clock():
            st.write("tick")
        @st.fragment(run_every=timedelta(minutes=1))
        def slow():
            st.write("slow")
        clock()
        slow()
    """)
    ).run()
    (finished,) = [m for m in at._messages if m["type"] == "runFinished"]
    assert sorted(r["intervalSeconds"] for r in finished["autoReruns"]) == [2.0, 60.0]


def test_an_exception_in_a_fragment_shows_in_its_container(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        @st.fragment
        def broken():
            st.write("before")
            raise ValueError("boom")
        broken()
        st.write("after")
    """)
    ).run()
    (exc,) = at.exception
    assert exc.message == "boom"
    container = [m for m in at._messages if m["type"] == "delta" and m["node"].get("props", {}).get("fragmentId")][0]
    shown = [m for m in at._messages if m["type"] == "delta" and m["node"]["type"] == "exception"][0]
    assert shown["path"][:-1] == container["path"]


def test_fragment_called_outside_a_session_returns_none():
    from wasmlit.fragment import fragment

    @fragment
    def f():
        return 1

    assert f() is None


def test_a_dialog_s_content_is_a_fragment(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        st.session_state.setdefault("outer", 0)
        st.session_state.outer += 1

        @st.dialog("Edit")
        def edit():
            st.text_input("Name", key="name")
            st.write("outer runs", st.session_state.outer)

        edit()
    """)
    ).run()
    dialog = [m for m in at._messages if m["type"] == "delta" and m["node"]["type"] == "dialog"][0]
    container = [m for m in at._messages if m["type"] == "delta" and m["node"].get("props", {}).get("fragmentId")][0]
    assert container["path"][:-1] == dialog["path"]
    messages = []
    at._session.runner.emit = messages.append
    at._session.runner.ctx.emit = messages.append
    name_id = at._session.session_state._key_to_id["name"]
    fid = container["node"]["props"]["fragmentId"]
    at._session.handle_rerun(RerunData(widgets={name_id: "Ann"}, fragment_ids=[fid]))
    assert not [m for m in messages if m["type"] == "delta" and m["node"]["type"] == "dialog"]
    assert at.session_state["outer"] == 1 and at.session_state["name"] == "Ann"


KEYED = """
import streamlit as st
st.session_state.setdefault("outer", 0)
st.session_state.outer += 1

def refresh_charts():
    st.rerun(scope="charts")

st.button("Refresh", key="refresh", on_click=refresh_charts)

@st.fragment(key="charts")
def charts():
    st.session_state.setdefault("drawn", 0)
    st.session_state.drawn += 1
    st.write("drawn", st.session_state.drawn)

charts()
if st.session_state.outer == 1:
    try:
        st.rerun(scope="charts")
    except Exception as e:
        st.write(str(e))
"""


def test_rerun_with_a_fragment_key_from_a_callback_runs_that_fragment(app_file):
    at, messages = _session_of(app_file, KEYED)
    assert "Passing a fragment key to `st.rerun()` is only allowed from a widget callback" in at.markdown[-1].value
    refresh = _widget_id(at, "refresh")
    fid = _fragment_id(at)
    at._session.handle_rerun(RerunData(widgets={refresh: True}))
    started = [m["fragmentIds"] for m in messages if m["type"] == "runStarted"]
    # The click's own run ends at once; the fragment then runs alone.
    assert started == [[], [fid]]
    assert at.session_state["outer"] == 1 and at.session_state["drawn"] == 2


def test_rerun_scope_errors(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        for scope in ["", [], ["app"], [1.5], b"x"]:
            try:
                st.rerun(scope=scope)
            except Exception as e:
                st.write(type(e).__name__ + ": " + str(e))
        def cb():
            st.rerun(scope="nope")
        st.button("go", on_click=cb)
    """)
    ).run()
    assert at.markdown.values == [
        "StreamlitValueError: Invalid `scope` value. Supported values: 'app', 'fragment', a fragment key, a list of keys. Got an empty string.",
        "StreamlitValueError: Invalid `scope` value. Supported values: 'app', 'fragment', a fragment key, a list of keys. Got an empty list.",
        "StreamlitValueError: Invalid `scope` value. Supported values: fragment keys. 'app' is a reserved scope name and cannot appear inside a list. Pass 'app' directly as a string.",
        "StreamlitInvalidParameterTypeError: Invalid `scope list items` type. Expected one of: str, int. Provided type: float.",
        "StreamlitInvalidParameterTypeError: Invalid `scope` type. Expected one of: str, int, list[str | int]. Provided type: bytes.",
    ]
    at.button[0].click().run()
    (exc,) = at.exception
    assert exc.message.startswith("No fragment found for target 'nope'.")


def test_duplicate_fragment_keys(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        @st.fragment(key="k")
        def a():
            pass
        @st.fragment(key="k")
        def b():
            pass
        a()
        b()
    """)
    ).run()
    (exc,) = at.exception
    assert exc.message.startswith("There are multiple elements with the same `key='k'`.")

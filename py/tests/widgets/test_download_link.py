"""st.download_button, st.link_button and st.page_link."""

import base64


def test_download_button_data_kinds(app, tmp_path):
    disk = tmp_path / "report.csv"
    disk.write_bytes(b"x,y\n")
    a = app(f"""
        import io
        import streamlit as st
        st.download_button("Str", "hello")
        st.download_button("Bytes", b"\\x00\\x01", file_name="b.bin")
        st.download_button("BytesIO", io.BytesIO(b"abc"), mime="application/x-thing")
        st.download_button("StringIO", io.StringIO("text"), file_name="s.txt")
        with open({str(disk)!r}, "rb") as f:
            st.download_button("Disk", f)
        st.download_button("Csv", "a", mime="text/csv")
    """)
    props = {n.props["label"]: n.props for n in a.of_type("downloadButton")}
    decoded = {label: base64.b64decode(p["data"]) for label, p in props.items()}
    assert decoded == {
        "Str": b"hello",
        "Bytes": b"\x00\x01",
        "BytesIO": b"abc",
        "StringIO": b"text",
        "Disk": b"x,y\n",
        "Csv": b"a",
    }
    assert (props["Str"]["mime"], props["Str"]["fileName"]) == ("text/plain", "streamlit_download.txt")
    assert (props["Bytes"]["mime"], props["Bytes"]["fileName"]) == ("application/octet-stream", "b.bin")
    assert props["BytesIO"]["mime"] == "application/x-thing"
    assert (props["Disk"]["fileName"], props["Disk"]["mime"]) == ("report.csv", "text/csv")
    assert props["Csv"]["fileName"] == "streamlit_download.csv"


def test_download_button_is_a_trigger(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        def cb(step):
            st.session_state.n += step
        clicked = st.download_button("Get", "x", key="get", on_click=cb, args=(2,))
        st.write(clicked, st.session_state.n)
    """)
    assert a.texts() == ["`False` `0`"]
    a.click("get")
    assert a.texts() == ["`True` `2`"]
    a.run()
    assert a.texts() == ["`False` `2`"]


def test_download_button_rules(app):
    a = app("""
        import streamlit as st
        st.session_state.get = 1
        st.download_button("Get", "x", key="get")
    """)
    assert "is read-only" in a.exceptions[0].props["message"]
    a = app("""
        import streamlit as st
        with st.form("f"):
            st.download_button("Get", "x")
            st.form_submit_button()
    """)
    assert a.exceptions[0].props["message"].startswith("`st.download_button()` can't be used in an `st.form()`.")
    a = app("""
        import streamlit as st
        st.download_button("Get", 3.5)
    """)
    assert a.exceptions[0].props["message"] == "Invalid binary data format: <class 'float'>"
    a = app("""
        import streamlit as st
        st.download_button("Get", "x", on_click="later")
    """)
    assert a.exceptions[0].props["message"].startswith("Invalid `on_click` value")
    a = app("""
        import streamlit as st
        st.download_button("Get", "x", on_click="ignore")
    """)
    assert a.of_type("downloadButton")[0].props["ignoreRerun"] is True


def test_link_button_modes(app):
    a = app("""
        import streamlit as st
        out = st.link_button("Docs", "https://docs.streamlit.io", help="h", type="primary")
        st.write(type(out).__name__)
        clicked = st.link_button("Tracked", "https://example.com", on_click="rerun", key="tr")
        st.write(clicked)
    """)
    plain, tracked = a.of_type("linkButton")
    assert plain.props["id"] is None and plain.props["url"] == "https://docs.streamlit.io"
    assert plain.props["kind"] == "primary" and plain.props["help"] == "h" and plain.props["ignoreRerun"] is True
    assert a.texts() == ["DeltaGenerator", "`False`"]
    assert tracked.props["id"] and tracked.props["ignoreRerun"] is False
    a.click("tr")
    assert a.texts()[1] == "`True`"


def test_page_link(app):
    a = app("""
        import streamlit as st
        st.page_link("https://example.com", label="Ex", icon="🌎", help="h")
        if st.session_state.setdefault("runs", 0):
            st.page_link("app.py", label="Home", disabled=True)
        st.session_state.runs += 1
    """)
    a.run()
    ext, home = a.of_type("pageLink")
    assert ext.props == {
        "page": "https://example.com",
        "pageScriptHash": "",
        "queryString": "",
        "label": "Ex",
        "icon": "🌎",
        "help": "h",
        "disabled": False,
        "external": True,
        "useContainerWidth": False,
    }
    assert home.props["label"] == "Home" and home.props["external"] is False and home.props["page"] == ""
    assert home.props["disabled"] is True


SINGLE_PAGE_LINK_ERROR = (
    "Could not find page: `app.py`. You must provide a `Page` object or file path relative to the "
    "entrypoint file. Only pages previously defined by `st.Page` and passed to `st.navigation` are allowed."
)


def test_page_link_to_a_single_page_apps_own_script_fails_on_the_first_run(app):
    # Streamlit 1.67 (checked with `streamlit run`): the first run asks for no
    # page hash, so the link to the app's own script is not found; the page
    # sends the main page's hash with later runs, which then show the link.
    a = app("""
        import streamlit as st
        st.page_link("app.py", label="Home")
        st.write("after")
    """)
    (exc,) = a.exceptions
    assert exc.props["type"] == "streamlit.errors.StreamlitPageNotFoundError"
    assert exc.props["message"] == SINGLE_PAGE_LINK_ERROR
    assert a.texts() == []
    a.run()
    assert not a.exceptions and [n.props["label"] for n in a.of_type("pageLink")] == ["Home"]


def test_page_link_to_the_own_script_fails_in_every_apptest_run(app_file):
    # Streamlit's AppTest has no page that learns the hash: every run raises.
    from wasmlit.testing import AppTest

    at = AppTest.from_file(str(app_file('import streamlit as st\nst.page_link("app.py", label="Home")\n')))
    for _ in range(2):
        at.run()
        assert [e.message for e in at.exception] == [SINGLE_PAGE_LINK_ERROR]


def test_switch_page_to_a_single_page_apps_own_script_works_on_the_first_run(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        if st.session_state.runs == 1:
            st.switch_page("app.py")
        st.write(st.session_state.runs)
    """)
    assert not a.exceptions and a.texts() == ["`2`"]


def test_page_link_to_a_missing_page(app):
    a = app("""
        import streamlit as st
        st.page_link("pages/nope.py")
    """)
    (exc,) = a.exceptions
    assert exc.props["type"] == "streamlit.errors.StreamlitPageNotFoundError"


def test_page_link_external_needs_a_label(app):
    a = app("""
        import streamlit as st
        st.page_link("https://example.com")
    """)
    (exc,) = a.exceptions
    assert exc.props["type"].endswith("StreamlitMissingRequiredParameterError")
    assert "Streamlit cannot infer a label for an external URL." in exc.props["message"]

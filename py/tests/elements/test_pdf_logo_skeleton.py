"""st.pdf, st.logo and st.skeleton: what the page gets, and Streamlit 1.67's
errors (st.pdf as with `streamlit[pdf]` installed)."""

import base64

import pytest

PDF = b"%PDF-1.4\n%fake\n"


def test_pdf_from_bytes_file_and_url(app):
    a = app(
        """
        import io
        from pathlib import Path
        import streamlit as st
        r = st.pdf(b"%PDF-1.4\\n%fake\\n", key="doc", alt="  Report  ")
        st.pdf(Path(__file__).parent / "doc.pdf", height="stretch")
        st.pdf(" https://example.com/a.pdf ")
        st.pdf(io.BytesIO(b"%PDF-io"), height=300)
        st.write(repr(r))
    """,
        files={"doc.pdf": "%PDF-file"},
    )
    nodes = a.of_type("pdf")
    assert [n.props["height"] for n in nodes] == [500, "stretch", 500, 300]
    first = nodes[0].props
    assert first["key"] == "doc" and first["alt"] == "Report"
    assert base64.b64decode(first["src"]["data"]) == PDF and first["src"]["mime"] == "application/pdf"
    assert base64.b64decode(nodes[1].props["src"]["data"]) == b"%PDF-file"
    assert nodes[2].props["src"]["url"] == "https://example.com/a.pdf"
    assert base64.b64decode(nodes[3].props["src"]["data"]) == b"%PDF-io"
    assert a.texts() == ["None"]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            "st.pdf(None)",
            "The `data` parameter is required. Please provide a valid PDF file path, URL, bytes data, or file-like object.",
        ),
        ("st.pdf('nope.pdf')", "Unable to read file 'nope.pdf': [Errno 2] No such file or directory: 'nope.pdf'"),
        (
            "st.pdf(123)",
            "Invalid `data` type. Expected one of: str, Path, bytes, file-like object. Provided type: int. A str can be a file path or a URL.",
        ),
        (
            "st.pdf(b'x', height='content')",
            "Invalid height value: 'content'. Height must be either a positive integer (pixels) or 'stretch'.",
        ),
        ("st.pdf(b'x')\nst.pdf(b'x')", "There are multiple `bidi_component` elements with the same auto-generated ID."),
        ("st.pdf(b'x', key='a')\nst.pdf(b'y', key='a')", "There are multiple elements with the same `key='a'`."),
    ],
)
def test_pdf_errors(app, source, message):
    a = app("import streamlit as st\n" + source)
    assert message in a.exceptions[0].props["message"]


def test_pdf_is_a_bidi_component_in_app_test():
    from wasmlit.testing import AppTest

    at = AppTest.from_string("import streamlit as st\nst.pdf(b'%PDF', key='doc')").run()
    assert at.main[0].type == "bidi_component" and at.main[0].key == "doc"


def messages_of(a, kind):
    return [m for m in a.messages if m["type"] == kind]


def test_logo_message(app):
    a = app("""
        import streamlit as st
        st.logo(b"\\x89PNG\\r\\n\\x1a\\nxx", link="https://example.com", icon_image=":material/home:", size="Small")
    """)
    (logo,) = messages_of(a, "logo")
    assert logo["image"]["kind"] == "image" and logo["image"]["src"]["mime"] == "image/png"
    assert logo["iconImage"] == {"kind": "icon", "value": "home", "src": None}
    assert logo["link"] == "https://example.com" and logo["size"] == "small"
    assert logo["runId"] == a.messages[0]["runId"]


def test_logo_emoji_and_url(app):
    a = app("""
        import streamlit as st
        st.logo("https://example.com/logo.png", icon_image="🎈")
    """)
    (logo,) = messages_of(a, "logo")
    assert logo["image"]["src"]["url"] == "https://example.com/logo.png"
    assert logo["iconImage"] == {"kind": "emoji", "value": "🎈", "src": None}
    assert logo["link"] is None and logo["size"] == "medium"


def test_skeleton_props_and_context_manager(app):
    a = app("""
        import streamlit as st
        s = st.skeleton()
        st.skeleton(height=120, width=200)
        with st.skeleton(height="stretch") as k:
            st.write("inside")
        st.write(type(k).__name__, type(s).__name__)
    """)
    skeletons = [m for m in a.messages if m["type"] == "delta" and m["node"]["type"] == "skeleton"]
    assert [m["node"]["props"] for m in skeletons] == [
        {"height": None, "width": "stretch"},
        {"height": 120, "width": 200},
        {"height": "stretch", "width": "stretch"},
        {"height": "stretch", "width": "stretch", "delayMs": 500},
    ]
    # The context manager's place: emptied, the delayed skeleton, emptied again on exit.
    place = skeletons[2]["path"]
    at_place = [m["node"]["type"] for m in a.messages if m["type"] == "delta" and m["path"] == place]
    assert at_place == ["skeleton", "empty", "skeleton", "empty"]
    assert a.texts() == ["inside", "SkeletonPlaceholder SkeletonPlaceholder"]

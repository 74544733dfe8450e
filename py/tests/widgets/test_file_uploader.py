"""st.file_uploader: wire value -> UploadedFile(s), validation, session state."""

import io

import pytest

from wasmlit.runtime.uploads import UploadedFile, store_upload


def info(file_id, name, mime, data):
    store_upload(file_id, data)
    return {"fileId": file_id, "name": name, "type": mime, "size": len(data)}


def test_single_file_round_trip(app):
    a = app("""
        import streamlit as st
        f = st.file_uploader("Up", type="csv", key="up")
        if f is None:
            st.write("none")
        else:
            st.write(type(f).__name__, isinstance(f, __import__("io").BytesIO), f.name, f.type, f.size, f.file_id)
            st.write(f.read().decode(), f.read() == b"", f.getvalue().decode())
            f.seek(0)
            st.write("again", f.read(1).decode())
            st.write("state", st.session_state.up == f)
    """)
    assert a.texts() == ["none"]
    node = a.widget("Up")
    assert node.props["value"] == [] and node.props["accept"] == [".csv"]
    assert node.props["multiple"] is False and node.props["maxUploadSizeMb"] == 200
    a.set_value("up", [info("fu-single-1", "d.csv", "text/csv", b"a,b\n")])
    texts = a.texts()
    assert "UploadedFile `True` d.csv text/csv `4` fu-single-1" in texts[0]
    assert texts[1].startswith("a,b")
    assert "again a" in texts[2]
    assert texts[3] == "state `True`"
    assert a.widget("Up").props["value"] == [{"fileId": "fu-single-1", "name": "d.csv", "type": "text/csv", "size": 4}]


def test_multiple_returns_a_list(app):
    a = app("""
        import streamlit as st
        files = st.file_uploader("Many", accept_multiple_files=True)
        st.write(repr([f.name for f in files]))
    """)
    assert a.texts() == ["[]"]
    a.set_value("Many", [info("fu-m-1", "a.txt", "text/plain", b"A"), info("fu-m-2", "b.txt", "text/plain", b"B")])
    assert "['a.txt', 'b.txt']" in a.texts()[0]


def test_missing_bytes_are_dropped(app):
    a = app("""
        import streamlit as st
        files = st.file_uploader("Many", accept_multiple_files=True)
        st.write(len(files))
        one = st.file_uploader("One")
        st.write(one is None)
    """)
    a.set_value("Many", [{"fileId": "fu-never-written", "name": "x", "type": "text/plain", "size": 1}], rerun=False)
    a.set_value("One", [{"fileId": "../etc/passwd", "name": "x", "type": "text/plain", "size": 1}])
    assert a.texts() == ["`0`", "`True`"]


def test_extension_is_checked_again_in_python(app):
    a = app("""
        import streamlit as st
        st.file_uploader("Up", type=["csv"])
    """)
    a.set_value("Up", [info("fu-bad-1", "evil.exe", "application/octet-stream", b"MZ")])
    (exc,) = a.exceptions
    assert exc.props["message"] == "Invalid file extension: `.exe`. Allowed: ['.csv']"


def test_type_normalization():
    from wasmlit.widgets.file_uploader import normalize_upload_file_type

    assert normalize_upload_file_type(["JPG", "image", "text/CSV", " pdf "]) == [
        "image/*",
        "text/csv",
        ".jpg",
        ".pdf",
        ".jpeg",
    ]


def test_on_change_and_ignore(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        def bump():
            st.session_state.n += 1
        st.file_uploader("Up", on_change=bump)
        st.file_uploader("Quiet", on_change="ignore")
        st.write(st.session_state.n)
    """)
    assert a.widget("Quiet").props["ignoreRerun"] is True
    assert a.widget("Up").props["ignoreRerun"] is False
    a.set_value("Up", [info("fu-cb-1", "a.txt", "text/plain", b"A")])
    assert a.texts() == ["`1`"]
    a.run()
    assert a.texts() == ["`1`"]


def test_assigning_the_key_is_not_allowed(app):
    a = app("""
        import streamlit as st
        st.session_state.up = "nope"
        st.file_uploader("Up", key="up")
    """)
    (exc,) = a.exceptions
    assert exc.props["type"].endswith("StreamlitValueAssignmentNotAllowedError")
    assert "is read-only and cannot be assigned through session state" in exc.props["message"]


@pytest.mark.parametrize(
    "call, message",
    [
        ('st.file_uploader("Up", max_upload_size=0)', "Invalid `max_upload_size` value"),
        ('st.file_uploader("Up", on_change="sometimes")', "Invalid `on_change` value"),
        ('st.file_uploader("Up", label_visibility="gone")', "Invalid `label_visibility` value"),
    ],
)
def test_validation_errors(app, call, message):
    a = app(f"import streamlit as st\n{call}\n")
    (exc,) = a.exceptions
    assert exc.props["message"].startswith(message)


def test_props(app):
    a = app("""
        import streamlit as st
        st.file_uploader("Dir", accept_multiple_files="directory", max_upload_size=5, help="h", disabled=True,
                         label_visibility="collapsed")
    """)
    props = a.widget("Dir").props
    assert props["directory"] is True and props["multiple"] is True and props["maxUploadSizeMb"] == 5
    assert props["help"] == "h" and props["disabled"] is True and props["labelVisibility"] == "collapsed"


def test_uploaded_file_is_a_bytesio():
    from wasmlit.runtime.uploads import UploadedFileRec

    f = UploadedFile(UploadedFileRec("id1", "n.bin", "application/octet-stream", b"xyz"))
    assert isinstance(f, io.BytesIO) and f.size == 3 and f.read() == b"xyz" and f.getvalue() == b"xyz"
    assert f == UploadedFile(UploadedFileRec("id1", "other", "x", b""))
    assert hash(f) == hash("id1")


@pytest.mark.parametrize("width", ["content", "nope", 0, -5, 10.5])
def test_width_is_checked_as_streamlit_does(app, width):
    # 1.67: "stretch" or a positive number of pixels.
    a = app(f"""
        import streamlit as st
        try:
            st.file_uploader("Files", width={width!r})
        except Exception as e:
            st.text(type(e).__name__ + ": " + str(e))
    """)
    assert a.texts("text") == [
        f"StreamlitInvalidWidthError: Invalid width value: {width!r}. "
        "Width must be either a positive integer (pixels) or 'stretch'."
    ]


def test_pixel_width_reaches_the_page(app):
    a = app('import streamlit as st\nst.file_uploader("Files", key="f", width=300)\n')
    assert a.widget("f").props["width"] == 300

"""st.camera_input, st.audio_input, st.chat_input(accept_audio=True): the wire
form the page sends (an uploaded file's info) -> UploadedFile, and the props
the page gets. (Behaviour shared with Streamlit's AppTest is in
py/tests/testing/scenarios_inputs.py.)"""

import pytest

from wasmlit.runtime.uploads import store_upload
from wasmlit.widgets.chat_input import ChatInputValue


def info(file_id, name, mime, data):
    store_upload(file_id, data)
    return {"fileId": file_id, "name": name, "type": mime, "size": len(data)}


def test_camera_input_props_and_photo(app):
    a = app("""
        import streamlit as st
        photo = st.camera_input("Take a picture", key="cam", resolution="1080p", on_change="ignore", width=300)
        st.write("none" if photo is None else f"{photo.name} {photo.type} {photo.size} {photo.getvalue()[:3]!r}")
    """)
    node = a.widget("cam")
    assert node.type == "cameraInput"
    assert node.props["value"] == [] and node.props["resolutionHeight"] == 1080
    assert node.props["ignoreRerun"] is True and node.props["width"] == 300
    assert a.texts() == ["none"]
    a.set_value("cam", [info("cam-1", "camera-input-2026-01-01T10_00_00.000Z.jpg", "image/jpeg", b"\xff\xd8\xffdata")])
    assert a.texts() == ["camera-input-2026-01-01T10_00_00.000Z.jpg image/jpeg 7 b'\\xff\\xd8\\xff'"]
    assert a.widget("cam").props["value"][0]["fileId"] == "cam-1"
    a.set_value("cam", [])
    assert a.texts() == ["none"]


def test_camera_input_rejects_a_non_jpg_name(app):
    a = app("""
        import streamlit as st
        st.camera_input("Cam", key="cam")
    """)
    a.set_value("cam", [info("cam-2", "x.png", "image/png", b"png")])
    assert "Invalid file extension: `.png`. Allowed: ['.jpg']" in a.exceptions[0].props["message"]


def test_audio_input_props_and_recording(app):
    a = app("""
        import streamlit as st
        clip = st.audio_input("Record", key="aud", sample_rate=None, help="h")
        st.write("none" if clip is None else f"{clip.name} {clip.type} {clip.size}")
    """)
    node = a.widget("aud")
    assert node.type == "audioInput" and node.props["sampleRate"] is None and node.props["help"] == "h"
    a.set_value("aud", [info("aud-1", "2026-01-01T10-00_audio.wav", "audio/wav", b"RIFF....WAVE")])
    assert a.texts() == ["2026-01-01T10-00_audio.wav audio/wav 12"]


def test_audio_input_help_needs_a_label(app):
    a = app("""
        import streamlit as st
        st.audio_input("", key="aud", help="h")
    """)
    assert a.widget("aud").props["help"] is None


def test_chat_input_with_audio_and_files(app):
    a = app("""
        import streamlit as st
        v = st.chat_input("Say", accept_audio=True, accept_file=True, key="chat", audio_sample_rate=44100)
        if v is not None:
            st.write(f"{v.text!r} {[f.name for f in v.files]} {v.audio.name} {v.audio.type} {sorted(v)}")
    """)
    node = a.widget("chat")
    assert node.props["acceptAudio"] is True and node.props["audioSampleRate"] == 44100
    a.set_value(
        "chat",
        {
            "text": "hi",
            "files": [info("chat-f1", "a.txt", "text/plain", b"A")],
            "audio": info("chat-a1", "audio-2026-01-01T10-00-00-000Z.wav", "audio/wav", b"RIFFxxxxWAVE"),
        },
    )
    text = a.texts()[0]
    assert "'hi'" in text and "a.txt" in text and "audio-2026-01-01T10-00-00-000Z.wav audio/wav" in text
    assert "audio" in text and "files" in text


def test_chat_input_audio_only_value(app):
    a = app("""
        import streamlit as st
        v = st.chat_input("Say", accept_audio=True, key="chat")
        if v is not None:
            st.write(repr(v.text), v.audio.size)
            try:
                v.files
            except AttributeError as e:
                st.write(str(e))
    """)
    a.set_value("chat", {"text": "", "audio": info("chat-a2", "audio-x.wav", "audio/wav", b"RIFF")})
    assert a.texts() == ["'' `4`", "'ChatInputValue' object has no attribute 'files' (accept_file=False)"]


@pytest.mark.parametrize(
    ("name", "mime", "message"),
    [
        (
            "audio.mp3",
            "audio/wav",
            "Invalid file extension for audio input: `audio.mp3`. Only WAV files (.wav) are accepted.",
        ),
        ("audio.wav", "audio/mpeg", "Invalid MIME type for audio input: `audio/mpeg`."),
    ],
)
def test_chat_input_audio_checked_as_streamlit_does(app, name, mime, message):
    a = app("""
        import streamlit as st
        st.chat_input("Say", accept_audio=True, key="chat")
    """)
    a.set_value("chat", {"text": "", "audio": info("chat-bad", name, mime, b"RIFF")})
    assert message in a.exceptions[0].props["message"]


def test_chat_input_value_mapping_with_audio():
    value = ChatInputValue("t", None, "rec", include_files=False, include_audio=True)
    assert dict(value) == {"text": "t", "audio": "rec"}
    assert repr(value) == "ChatInputValue(text='t', audio='rec')"
    value["audio"] = None
    assert value.audio is None
    with pytest.raises(KeyError, match="Invalid key: files"):
        value["files"] = []
    import pickle

    assert pickle.loads(pickle.dumps(value)) == value

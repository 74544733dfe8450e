"""st.chat_input(accept_file=...): ChatInputValue on the Python side."""

from wasmlit.runtime.rerun_data import RerunData
from wasmlit.runtime.uploads import store_upload
from wasmlit.testing import AppTest
from wasmlit.widgets.chat_input import ChatInputValue

APP = """
import streamlit as st
v = st.chat_input("x", accept_file=True, file_type="txt", key="chat")
if v:
    st.write(type(v).__name__, v.text, [f.name for f in v.files], v["text"], sorted(v))
    try:
        v.audio
    except AttributeError as e:
        st.write(str(e))
"""


def test_value_with_files(app_file):
    at = AppTest.from_file(app_file(APP)).run()
    chat_id = at._session.session_state._key_to_id["chat"]
    store_upload("f1", b"hello")
    at._session.handle_rerun(
        RerunData(
            widgets={
                chat_id: {"text": "hi", "files": [{"fileId": "f1", "name": "a.txt", "type": "text/plain", "size": 5}]}
            }
        )
    )
    texts = [
        m["node"]["props"]["body"] for m in at._messages if m["type"] == "delta" and m["node"]["type"] == "markdown"
    ]
    assert texts[0] == "ChatInputValue hi"
    assert "'ChatInputValue' object has no attribute 'audio' (accept_audio=False)" in texts


def test_chat_input_value_mapping():
    value = ChatInputValue("t", [])
    assert dict(value) == {"text": "t", "files": []} and value.to_dict()["text"] == "t"
    text_only = ChatInputValue("t", include_files=False)
    assert list(text_only) == ["text"]

"""Camera, microphone and chat recordings (tests/test_media_inputs.py)."""

import io
import struct
import wave

import streamlit as st


def jpeg_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a JPEG's start-of-frame marker."""
    i = 2
    while i < len(data) and data[i] == 0xFF:
        marker = data[i + 1]
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    return 0, 0


def describe_wav(f) -> str:
    with wave.open(io.BytesIO(f.getvalue())) as w:
        return f"{w.getnchannels()}ch {w.getframerate()}Hz {8 * w.getsampwidth()}bit {w.getnframes() > 0}"


photo = st.camera_input("Take a picture", key="cam", help="Say cheese")
if photo is None:
    st.write("photo: none")
else:
    width, height = jpeg_size(photo.getvalue())
    st.write(f"photo: {photo.name} | {photo.type} | {photo.size == len(photo.getvalue())} | {photo.getvalue()[:3].hex()} | {width}x{height}")

clip = st.audio_input("Record a clip", key="clip", sample_rate=8000)
st.write("clip: none" if clip is None else f"clip: {clip.name} | {clip.type} | {describe_wav(clip)}")

native = st.audio_input("Native rate", key="native", sample_rate=None)
st.write("native: none" if native is None else f"native: {describe_wav(native)}")

message = st.chat_input("Say or record", accept_audio=True, key="chat")
if message is not None:
    audio = message.audio
    st.write(f"chat: {message.text!r} | {None if audio is None else audio.name} | {None if audio is None else describe_wav(audio)}")

"""st.image, st.audio, st.video."""

import base64
import struct
import zlib

import pytest

from wasmlit.elements.pixels import encode_png

PNG = encode_png(2, 1, 3, [255, 0, 0, 0, 255, 0])


def png_size(data: bytes) -> tuple[int, int]:
    return struct.unpack(">II", data[16:24])


def png_pixels(data: bytes) -> bytes:
    start = data.index(b"IDAT") + 4
    length = struct.unpack(">I", data[start - 8 : start - 4])[0]
    return zlib.decompress(data[start : start + length])


def image_props(a):
    [node] = a.of_type("image")
    return node.props


def test_image_from_bytes_with_caption(app, tmp_path):
    (tmp_path / "p.bin").write_bytes(PNG)
    a = app(f"import streamlit as st\nst.image(open({str(tmp_path / 'p.bin')!r}, 'rb').read(), caption='Red')\n")
    props = image_props(a)
    [img] = props["images"]
    assert img["mime"] == "image/png" and img["url"] is None
    assert base64.b64decode(img["data"]) == PNG
    assert img["caption"] == "Red" and img["alt"] is None
    assert props["width"] == "content" and props["link"] is None


def test_image_from_file_path_url_and_svg(app, tmp_path):
    (tmp_path / "pic.png").write_bytes(PNG)
    (tmp_path / "pic.svg").write_text("<svg width='4' height='4'></svg>")
    a = app(f"""
        import streamlit as st
        from pathlib import Path
        st.image([{str(tmp_path / "pic.png")!r}, Path({str(tmp_path / "pic.svg")!r}), 'app/static/cat.png',
                  'https://example.com/x.png'], caption=['a', 'b', 'c', 'd'], width=100)
    """)
    props = image_props(a)
    first, svg, static, remote = props["images"]
    assert base64.b64decode(first["data"]) == PNG
    assert svg["url"].startswith("data:image/svg+xml;base64,")
    assert b'xmlns="http://www.w3.org/2000/svg"' in base64.b64decode(svg["url"].split(",", 1)[1])
    assert static["url"] == "app/static/cat.png" and remote["url"] == "https://example.com/x.png"
    assert [i["caption"] for i in props["images"]] == ["a", "b", "c", "d"]
    assert props["width"] == 100


def test_image_from_pixel_arrays(app):
    pytest.importorskip("numpy")
    a = app("""
        import numpy as np
        import streamlit as st
        st.image(np.array([[0, 255], [128, 64]]))
        st.image(np.array([[[0.0, 0.5, 1.0], [1.0, 1.0, 1.0]]]))
        st.image(np.array([[[10, 20, 30]]]), channels='BGR')
        st.image(np.array([[[300, -5, 0, 255]]]), clamp=True)
    """)
    gray, rgb, bgr, rgba = [n.props["images"][0] for n in a.of_type("image")]
    data = base64.b64decode(gray["data"])
    assert gray["mime"] == "image/png" and png_size(data) == (2, 2)
    assert png_pixels(data) == bytes([0, 0, 255, 0, 128, 64])
    assert png_pixels(base64.b64decode(rgb["data"])) == bytes([0, 0, 127, 255, 255, 255, 255])
    assert png_pixels(base64.b64decode(bgr["data"])) == bytes([0, 30, 20, 10])
    assert png_pixels(base64.b64decode(rgba["data"])) == bytes([0, 255, 0, 0, 255])


PIXEL_LIST = "[[[(x * 32) % 256, (y * 32) % 256, 160] for x in range(8)] for y in range(8)]"


@pytest.mark.parametrize(
    ("source", "error"),
    [
        # Streamlit 1.67 takes a list as a list of images (8 rows here), and an
        # image that is neither a path, bytes, a stream, PIL nor NumPy fails inside
        # PIL (checked with its AppTest).
        (f"st.image({PIXEL_LIST}, caption='x')", "StreamlitAPIException: Cannot pair 1 captions with 8 images."),
        (f"st.image({PIXEL_LIST})", "AttributeError: 'list' object has no attribute 'format'"),
        (
            f"st.image([{PIXEL_LIST}, {PIXEL_LIST}], caption=['One', 'Two'])",
            "AttributeError: 'list' object has no attribute 'format'",
        ),
        ("st.image([[1, 2], [3, 4]], caption='x')", "StreamlitAPIException: Cannot pair 1 captions with 2 images."),
        ("st.image([[1, 2]], output_format='PNG')", "TypeError: a bytes-like object is required, not 'list'"),
        ("st.image(5)", "AttributeError: 'int' object has no attribute 'format'"),
        ("st.image(open(__file__, 'rb'))", "AttributeError: '_io.BufferedReader' object has no attribute 'format'"),
    ],
)
def test_image_of_nested_lists_fails_as_in_streamlit(app, source, error):
    a = app(f"import streamlit as st\n{source}\n")
    [exc] = a.exceptions
    assert f"{exc.props['type'].rsplit('.', 1)[-1]}: {exc.props['message']}" == error


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("st.image(np.array([[1.5]]))", "Data is outside [0.0, 1.0] and clamp is not set."),
        ("st.image(np.array([[300]]))", "Data is outside [0, 255] and clamp is not set."),
        (
            "st.image(np.array([[0, 1]]), channels='BGR')",
            'When using `channels="BGR"`, the input image should have exactly 3 color channels',
        ),
    ],
)
def test_pixel_array_errors(app, source, message):
    pytest.importorskip("numpy")
    a = app(f"import numpy as np\nimport streamlit as st\n{source}\n")
    [exc] = a.exceptions
    assert exc.props["message"] == message


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("st.image([b'a', b'b'], caption=['one'])", "Cannot pair 1 captions with 2 images."),
        (
            "st.image([b'a', b'b'], link='https://x.y')",
            "The `link` parameter is only supported when displaying a single image. You passed 2 images.",
        ),
        (
            "st.image(b'a', width='wide')",
            "Invalid width value: 'wide'. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
        ),
    ],
)
def test_image_errors(app, source, message):
    a = app(f"import streamlit as st\n{source}\n")
    [exc] = a.exceptions
    assert exc.props["message"] == message
    assert exc.props["type"].rsplit(".", 1)[1].startswith("Streamlit")


def test_image_use_container_width_and_link(app):
    a = app("import streamlit as st\nst.image(b'x', use_container_width=True, link='https://s.t/', alt='A cat')\n")
    props = image_props(a)
    assert props["width"] == "stretch" and props["link"] == "https://s.t/"
    assert props["images"][0]["alt"] == "A cat"


def test_audio_and_video_props(app, tmp_path):
    (tmp_path / "a.wav").write_bytes(b"RIFFxxxx")
    a = app(f"""
        import io
        import streamlit as st
        from datetime import timedelta
        st.audio({str(tmp_path / "a.wav")!r}, start_time='1m5s', end_time=80, loop=True)
        st.audio(io.BytesIO(b'ogg!'), format='audio/ogg', autoplay=True, width=300)
        st.video('app/static/clip.mp4', start_time=timedelta(seconds=3), muted=True, autoplay=True)
        st.video(b'mp4!', alt='  Clip ')
    """)
    first, second = [n.props for n in a.of_type("audio")]
    assert base64.b64decode(first["src"]["data"]) == b"RIFFxxxx" and first["src"]["mime"] == "audio/wav"
    assert (first["startTime"], first["endTime"], first["loop"], first["autoplay"]) == (65, 80, True, False)
    assert second["src"]["mime"] == "audio/ogg" and second["autoplay"] and second["width"] == 300
    remote, raw = [n.props for n in a.of_type("video")]
    assert remote["src"] == {"url": "app/static/clip.mp4", "data": None, "mime": "video/mp4"}
    assert remote["startTime"] == 3 and remote["muted"] and remote["autoplay"]
    assert base64.b64decode(raw["src"]["data"]) == b"mp4!" and raw["alt"] == "Clip"


def test_audio_from_samples_is_wav(app):
    pytest.importorskip("numpy")
    a = app("import numpy as np\nimport streamlit as st\nst.audio(np.array([0.0, 0.5, -1.0]), sample_rate=8000)\n")
    [node] = a.of_type("audio")
    data = base64.b64decode(node.props["src"]["data"])
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    assert struct.unpack("<I", data[24:28])[0] == 8000
    assert struct.unpack("<3h", data[44:]) == (0, 16383, -32767)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("st.audio(b'x', start_time=-1)", "Invalid start_time and end_time combination."),
        ("st.video(b'x', start_time=5, end_time=5)", "Invalid start_time and end_time combination."),
        (
            "st.audio(b'x', start_time='soon')",
            "Failed to convert 'start_time' to a timedelta. Please use a string in a format supported by "
            "[Pandas Timedelta constructor](https://pandas.pydata.org/docs/reference/api/pandas.Timedelta.html), "
            'e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: soon',
        ),
        (
            "st.audio([0.0, 0.5, -1.0], sample_rate=8000)",
            "Invalid `data` type. Expected one of: str, bytes, Path, BytesIO, file-like, ndarray. Provided type: list.",
        ),
        (
            "st.video(42)",
            "Invalid `data` type. Expected one of: str, bytes, Path, BytesIO, file-like, ndarray. Provided type: int.",
        ),
        (
            "st.audio(b'x', width='content')",
            "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'.",
        ),
    ],
)
def test_media_errors(app, source, message):
    a = app(f"import streamlit as st\n{source}\n")
    [exc] = a.exceptions
    assert exc.props["message"] == message


def test_missing_file_raises_os_error(app, tmp_path):
    a = app(f"import streamlit as st\nst.audio({str(tmp_path / 'nope.wav')!r})\n")
    assert a.exceptions[0].props["type"] == "FileNotFoundError"


def test_image_from_pil_and_numpy(app):
    pytest.importorskip("PIL")
    pytest.importorskip("numpy")
    a = app("""
        import numpy as np
        import streamlit as st
        from PIL import Image
        st.image(Image.new('RGBA', (5, 3), (1, 2, 3, 4)))
        st.image(Image.new('RGB', (4, 2)), output_format='PNG')
        st.image(np.zeros((2, 3, 3), dtype=np.uint8))
        st.image(np.ones((2, 1, 1, 3)), caption=['a', 'b'])
    """)
    pil_rgba, pil_png, array, batch = [n.props["images"] for n in a.of_type("image")]
    assert pil_rgba[0]["mime"] == "image/png"
    assert png_size(base64.b64decode(pil_rgba[0]["data"])) == (5, 3)
    assert pil_png[0]["mime"] == "image/png"
    assert png_size(base64.b64decode(array[0]["data"])) == (3, 2)
    assert [i["caption"] for i in batch] == ["a", "b"]


def test_video_subtitles_become_webvtt_tracks(app, tmp_path):
    srt = tmp_path / "subs.srt"
    srt.write_text("1\n00:00:01,500 --> 00:00:02,000\nHi\n")
    a = app(f"""
        import io
        import streamlit as st
        st.video("https://example.com/v.mp4", subtitles={{"File": {str(srt)!r}, "Raw": "WEBVTT\\n\\nx", "Bytes": io.BytesIO(b"1\\n00:00:00,000 --> 00:00:01,000\\nA")}})
        st.video("https://example.com/v.mp4", subtitles="not subtitles")
    """)
    (video, *_) = a.of_type("video")
    tracks = video.props["subtitles"]
    assert [t["label"] for t in tracks] == ["File", "Raw", "Bytes"]
    assert tracks[0]["vtt"] == "WEBVTT\n\n1\n00:00:01.500 --> 00:00:02.000\nHi"
    assert tracks[1]["vtt"] == "WEBVTT\n\nx"
    assert tracks[2]["vtt"].startswith("WEBVTT\n\n1\n00:00:00.000")
    (exc,) = a.exceptions
    assert (
        exc.props["message"] == "Invalid `subtitles` value. Supported values: VTT-formatted text, SRT-formatted text."
    )

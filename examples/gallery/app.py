"""wasmlit gallery: every element and widget wasmlit supports, on one page."""

import datetime
import io
import math
import struct
import threading
import time
import wave
import zlib

import plotly.graph_objects as go  # requirements.txt: plotly (vendored into the site's wheelhouse)
import streamlit as st

st.set_page_config(page_title="wasmlit gallery", page_icon="🎨", layout="wide")

TONE = [math.sin(2 * math.pi * 440 * i / 8000) for i in range(2000)]


def gradient_png(size: int = 8) -> bytes:
    """An 8×8 RGB gradient as PNG bytes (st.image takes pixels only as NumPy arrays)."""
    rows = b"".join(
        b"\0" + bytes(v for x in range(size) for v in ((x * 32) % 256, (y * 32) % 256, 160))
        for y in range(size)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def tone_wav() -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(8000)
        wav.writeframes(b"".join(int(v * 9000).to_bytes(2, "little", signed=True) for v in TONE))
    return out.getvalue()


def one_page_pdf(text: str) -> bytes:
    """A minimal one-page PDF showing `text` (for st.pdf)."""
    stream = f"BT /F1 28 Tf 72 700 Td ({text}) Tj ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = "%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode()


st.logo(":material/palette:", size="large")
st.title("wasmlit gallery")
st.caption("Every element and widget on one page, running in your browser with Pyodide.")

with st.sidebar:
    st.header("Sidebar")
    st.page_link("https://docs.streamlit.io/develop/api-reference", label="API reference", icon="📖")
    theme = st.radio("Colour", ["Red", "Green", "Blue"], horizontal=True, key="colour")
    st.link_button("Streamlit docs", "https://docs.streamlit.io", on_click="ignore")

text_tab, data_tab, figures_tab, input_tab, media_tab, capture_tab, layout_tab, chat_tab = st.tabs(
    ["Text", "Data", "Figures", "Inputs", "Media", "Capture", "Layout", "Chat"]
)

with text_tab:
    st.header("Text elements", divider="blue")
    st.subheader("Markdown, code and math")
    st.markdown("**Bold**, *italic*, `code`, :red[red text] and an emoji :tada:.")
    st.text("Fixed-width text")
    st.code("def hello():\n    return 'world'", language="python", line_numbers=True)
    st.latex(r"e^{i\pi} + 1 = 0")
    st.write("st.write of a number:", 42, "and a dict:", {"a": 1})
    st.json({"name": "wasmlit", "features": ["pyodide", "preact"]}, expanded=1)
    st.html("<p style='color: teal'>Sanitised <b>HTML</b></p>")
    st.iframe("<p>HTML in a sandboxed iframe (st.iframe)</p>", height=60)
    st.divider()
    st.subheader("Status")
    st.success("Success")
    st.info("Info", icon="ℹ️")
    st.warning("Warning")
    st.error("Error")
    st.exception(RuntimeError("An example exception"))
    st.progress(0.6, text="Progress 60%")
    with st.spinner("Working..."):
        time.sleep(0.01)
    st.metric("Temperature", "21 °C", "1.2 °C", border=True)
    with st.echo():
        answer = 6 * 7
    st.help(len)
    st.write_stream(word + " " for word in ["Streamed", "word", "by", "word."])

with data_tab:
    st.header("Data and charts", divider="green")
    data = {"x": [1, 2, 3, 4, 5], "sin": [round(math.sin(v), 3) for v in range(5)], "label": list("abcde")}
    st.dataframe(data, hide_index=True, key="frame")
    picked = st.dataframe(data, hide_index=True, on_select="rerun", selection_mode="multi-row", key="picked")
    st.caption(f"Selected rows: {picked.selection.rows}")
    st.table({"fruit": ["apple", "pear"], "count": [3, 5]})
    st.line_chart({"a": [1, 3, 2, 4], "b": [2, 1, 3, 2]})
    st.bar_chart({"fruit": ["apple", "pear", "plum"], "count": [3, 5, 2]}, x="fruit", y="count")
    st.area_chart({"a": [1, 2, 3]})
    st.scatter_chart({"x": [1, 2, 3], "y": [2, 4, 1]}, x="x", y="y")
    st.vega_lite_chart(
        {"cat": ["u", "v"], "val": [4, 7]},
        {"mark": "bar", "encoding": {"x": {"field": "cat", "type": "nominal"}, "y": {"field": "val", "type": "quantitative"}}},
    )

with figures_tab:
    st.header("Plotly, Graphviz, maps and Mermaid", divider="blue")
    figure = go.Figure(go.Scatter(x=[1, 2, 3, 4, 5], y=[3, 1, 4, 1, 5], mode="lines+markers", name="pi"))
    figure.update_layout(title="Digits of pi", height=320)
    clicked = st.plotly_chart(figure, on_select="rerun", key="plotly")
    st.caption(f"Selected points: {clicked.selection.point_indices}")
    st.graphviz_chart("digraph { rankdir=LR; page -> worker [label=event]; worker -> page [label=deltas] }")
    st.map({"lat": [48.8566, 51.5072, 52.52], "lon": [2.3522, -0.1276, 13.405], "size": [30000, 40000, 35000]},
           size="size", height=300)
    st.mermaid_chart("sequenceDiagram\n  Page->>Worker: widget value\n  Worker->>Page: new elements")

with input_tab:
    st.header("Widgets", divider="orange")
    left, right = st.columns(2)
    with left:
        st.session_state.setdefault("clicks", 0)
        if st.button("Click me", type="primary", key="click"):
            st.session_state.clicks += 1
        st.write(f"Clicked {st.session_state.clicks} times")
        st.checkbox("Checkbox", value=True, key="check")
        st.toggle("Toggle", key="toggle")
        st.text_input("Text input", "hello", key="text")
        st.text_area("Text area", "Several\nlines", key="area")
        st.number_input("Number input", 0, 10, 5, key="number")
        st.slider("Slider", 0, 100, (20, 80), key="slider")
        st.select_slider("Select slider", ["low", "mid", "high"], value="mid", key="sslider")
    with right:
        st.selectbox("Selectbox", ["alpha", "beta", "gamma"], key="select")
        st.multiselect("Multiselect", ["red", "green", "blue"], ["red"], key="multi")
        st.date_input("Date input", datetime.date(2024, 5, 17), key="date")
        st.time_input("Time input", datetime.time(9, 30), key="time")
        st.color_picker("Colour picker", "#1E90FF", key="color")
        st.pills("Pills", ["one", "two", "three"], key="pills")
        st.segmented_control("Segmented", ["day", "week"], default="day", key="segment")
        st.feedback("thumbs", key="thumbs")
        st.file_uploader("File uploader", type=["csv", "txt"], key="upload")
        st.download_button("Download a file", "some,data\n1,2\n", file_name="data.csv", key="download")
    with st.form("form"):
        st.text_input("Name in a form", key="form_name")
        submitted = st.form_submit_button("Submit")
    if submitted:
        st.toast(f"Hello {st.session_state.form_name or 'there'}!", icon="👋")

with media_tab:
    st.header("Media", divider="violet")
    st.image(gradient_png(), caption="A gradient from PNG bytes", width=160)
    st.image([gradient_png(), gradient_png()], caption=["One", "Two"], width=80)
    st.audio(tone_wav(), format="audio/wav")
    st.video(tone_wav(), format="audio/wav", muted=True,
             subtitles="WEBVTT\n\n00:00.000 --> 00:01.000\nA tone")

with capture_tab:
    st.header("Camera, microphone, PDF :camera:", divider="green")
    enable = st.checkbox("Enable camera", key="enable_camera")
    photo = st.camera_input("Take a picture", disabled=not enable, key="photo")
    if photo is not None:
        st.image(photo, caption=f"{photo.name} ({photo.size} bytes)", width=240)
    clip = st.audio_input("Record a voice note", sample_rate=16000, key="voice")
    if clip is not None:
        st.audio(clip)
    when = st.datetime_input("Meeting", value=datetime.datetime(2024, 3, 5, 10, 30), key="meeting")
    st.write(f"Meeting: {when:%A %d %B %Y, %H:%M}" if when else "No meeting")
    action = st.menu_button("Actions", ["Copy", "Paste", "Delete"], icon=":material/more_vert:", key="actions")
    if action:
        st.toast(f"{action}!", icon=":material/check:")
    st.link_button("Open the docs", "https://docs.streamlit.io", icon=":material/open_in_new:", on_click="ignore")
    st.markdown("Icons in text: :material/thumb_up: :material/favorite: :material/rocket_launch:")
    with st.skeleton(height=60):
        time.sleep(0.6)
    placeholder = st.skeleton(height=40)
    placeholder.write("A skeleton showed while the block above ran; this one was replaced.")
    st.skeleton(height=32, width=240)
    st.pdf(one_page_pdf("Hello from st.pdf"), height=260, key="gallery_pdf")

    results = {}

    def square(n):
        results[n] = n * n

    workers = [threading.Thread(target=square, args=(n,)) for n in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    st.write(f"Squares from four threads: {[results[n] for n in range(4)]}")

with layout_tab:
    st.header("Layout", divider="red")
    with st.container(border=True):
        st.write("A bordered container")
    with st.expander("An expander", expanded=False):
        st.write("Hidden until opened")
    tracked = st.expander("An expander whose state the script follows", on_change="rerun", key="tracked")
    with tracked:
        st.write(f"Open: {tracked.open}")
    with st.popover("A popover"):
        st.write("Popover content")
    with st.status("A finished status", state="complete"):
        st.write("Step done")
    slot = st.empty()
    slot.write("Written into st.empty()")
    a, b, c = st.columns([1, 2, 1])
    a.write("Narrow")
    b.write("Wide column")
    c.write("Narrow")

    @st.dialog("A dialog")
    def show_dialog():
        st.write("Dialog content")

    if st.button("Open dialog", key="dialog"):
        show_dialog()
    if st.button("Celebrate", key="celebrate"):
        st.balloons()
    if st.button("Let it snow", key="snow"):
        st.snow()

with chat_tab:
    st.header("Chat", divider="gray")
    history = st.session_state.setdefault("history", [("assistant", "Ask me anything.")])
    for role, content in history:
        with st.chat_message(role):
            st.write(content)
    prompt = st.chat_input("Say something", key="chat")
    if prompt:
        history.append(("user", prompt))
        history.append(("assistant", f"You said: {prompt}"))
        st.rerun()

st.write(f"Colour in the sidebar: {theme}")

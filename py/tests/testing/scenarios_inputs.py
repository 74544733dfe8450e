"""AppTest scenarios of camera/audio input, datetime_input, menu_button,
st.skeleton, st.logo, chat_input(accept_audio=True) and threads (registered
in scenarios.SCENARIOS; see test_compat.py)."""

from __future__ import annotations

import datetime

from scenarios import Rec, scenario

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00fake-jpeg"
WAV = b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00\x80>\x00\x00\x02\x00\x10\x00data\x00\x00\x00\x00"


def _error_text(action) -> str:
    try:
        action()
    except Exception as e:  # noqa: BLE001 - both AppTestError classes
        return f"{type(e).__name__}: {e}"
    return "no error"


@scenario
def camera_and_audio_input(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        photo = st.camera_input("Take a picture", key="cam", help="Say cheese", resolution="720p")
        if photo is not None:
            st.write("photo", photo.name, photo.type, photo.size, type(photo).__name__, str(photo.getvalue()[:4]))
        clip = st.audio_input("Record", key="aud", sample_rate=8000)
        if clip is not None:
            st.write("clip", clip.name, clip.type, clip.size, str(clip.read(4)))
        st.write("state", str(st.session_state.cam is None), str(st.session_state.aud is None))
        """
    ).run()
    cam, aud = at.camera_input[0], at.audio_input[0]
    rec("labels", (cam.label, cam.help, aud.label))
    rec("resolution and sample rate", (cam.resolution, aud.sample_rate))
    rec("initial values", (cam.value, aud.value))
    rec("initial markdown", at.markdown.values)
    cam.set_value(("shot.jpg", JPEG, "image/jpeg"))
    rec("staged photo not yet the value", cam.value)
    at.run()
    rec("after the photo", at.markdown.values)
    rec("photo value", (at.camera_input[0].value.name, at.camera_input[0].value.getvalue() == JPEG))
    at.audio_input[0].upload("clip.wav", WAV)
    at.run()
    rec("after the recording", at.markdown.values)
    at.run()
    rec("kept on a plain rerun", at.markdown.values)
    at.camera_input[0].clear()
    at.run()
    rec("after clearing the photo", at.markdown.values)
    rec("wrong extension", _error_text(lambda: at.camera_input[0].set_value(("shot.png", JPEG, "image/jpeg"))))
    rec("wrong mime", _error_text(lambda: at.audio_input[0].set_value(("a.wav", WAV, "audio/mpeg"))))
    rec("a list", _error_text(lambda: at.audio_input[0].set_value([("a.wav", WAV, "audio/wav")])))
    rec("not a tuple", _error_text(lambda: at.camera_input[0].set_value(b"x")))


@scenario
def capture_input_errors(AppTest, rec: Rec) -> None:
    for source in (
        'st.camera_input("c", resolution="4k")',
        'st.audio_input("a", sample_rate=12345)',
        'st.audio_input("a", on_change="bogus")',
        'st.camera_input("c", width="content")',
        'st.chat_input("x", accept_audio=True, audio_sample_rate=1000)',
        'st.session_state.k = 1\nst.camera_input("c", key="k")',
    ):
        at = AppTest.from_string("import streamlit as st\n" + source).run()
        rec(source, [e.value for e in at.exception])


@scenario
def chat_input_accept_audio(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        v = st.chat_input("Say", accept_audio=True, key="chat")
        st.write("value", repr(v))
        """
    ).run()
    rec("placeholder", at.chat_input[0].placeholder)
    rec("initial", at.markdown.values)
    at.chat_input[0].set_value("hello").run()
    rec("text only with accept_audio", at.markdown.values)


@scenario
def datetime_input(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import datetime as dt
        import streamlit as st
        v = st.datetime_input("When", value=dt.datetime(2024, 3, 5, 10, 30, 45), key="when",
                              min_value=dt.date(2024, 1, 1), max_value="2024-12-31 18:00", step=dt.timedelta(minutes=30))
        st.write("value", repr(v))
        e = st.datetime_input("Empty", value=None, format="DD.MM.YYYY")
        st.write("empty", repr(e))
        """
    ).run()
    w = at.datetime_input[0]
    rec("value", w.value)
    rec("attributes", (w.label, w.format, w.min, w.max, w.step))
    rec("markdown", at.markdown.values)
    w.set_value(datetime.datetime(2024, 6, 1, 12, 0)).run()
    rec("after set", at.markdown.values)
    rec("session state", at.session_state.when)
    at.datetime_input[1].set_value(datetime.datetime(2020, 1, 2, 3, 4)).run()
    rec("second", (at.datetime_input[1].value, at.datetime_input[1].format))
    at.datetime_input[0].set_value(None).run()
    rec("cleared", at.markdown.values)
    for source in (
        'st.datetime_input("d", step=30)',
        'st.datetime_input("d", step=1.5)',
        'st.datetime_input("d", format="YYYY")',
        'st.datetime_input("d", value=3)',
        'import datetime as dt\nst.datetime_input("d", value=dt.datetime(2020, 1, 1), min_value=dt.datetime(2021, 1, 1))',
        'import datetime as dt\nst.datetime_input("d", min_value=dt.datetime(2022, 1, 1), max_value=dt.datetime(2021, 1, 1))',
    ):
        bad = AppTest.from_string("import streamlit as st\n" + source).run()
        rec(source, [e.value for e in bad.exception])


@scenario
def menu_button(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if "log" not in st.session_state:
            st.session_state.log = []
        def picked():
            st.session_state.log.append(st.session_state.m)
        m = st.menu_button("Actions", [1, 2, 3], key="m", format_func=lambda n: f"Item {n}", on_click=picked)
        st.write("picked", repr(m), str(st.session_state.log))
        """
    ).run()
    rec("options", at.menu_button[0].options)
    rec("initial", (at.menu_button[0].value, at.markdown.values))
    at.menu_button[0].click(2).run()
    rec("clicked", (at.menu_button[0].value, at.markdown.values))
    at.run()
    rec("one shot", (at.menu_button[0].value, at.markdown.values))
    at.menu_button[0].click_index(2).run()
    rec("by index", at.markdown.values)
    for source in (
        'st.menu_button("m", [])',
        'st.menu_button("m", ["a"], type="big")',
        'st.menu_button("m", ["a", "b"], format_func=lambda x: "same")',
        'with st.form("f"):\n    st.menu_button("m", ["a"])',
        'st.menu_button("m", ["a"], on_click="ignore")',
    ):
        bad = AppTest.from_string("import streamlit as st\n" + source).run()
        rec(source, [e.value for e in bad.exception])


@scenario
def skeleton_and_logo(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.logo(":material/home:", link="https://streamlit.io", icon_image="🎈", size="large")
        s = st.skeleton()
        st.skeleton(height=100, width=200)
        with st.skeleton():
            st.write("inside")
        s.write("replaced")
        st.write(type(s).__name__)
        """
    ).run()
    rec("types", [e.type for e in at.main])
    rec("markdown", at.markdown.values)
    for source in (
        'st.skeleton(height="content")',
        'st.skeleton(width="content")',
        'st.logo("🎈", size="huge")',
        'st.logo("🎈", link="ftp://x")',
        "st.logo(12)",
    ):
        bad = AppTest.from_string("import streamlit as st\n" + source).run()
        rec(source, [e.value for e in bad.exception])


@scenario
def threads_with_script_context(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import threading
        import time
        import streamlit as st
        from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

        class Worker(threading.Thread):
            def __init__(self, delay, target):
                super().__init__()
                self.delay, self.target = delay, target
            def run(self):
                time.sleep(self.delay)
                self.target.write(f"done after {self.delay}")

        boxes = [st.container() for _ in range(3)]
        workers = [Worker(d, box) for d, box in zip([0.03, 0.02, 0.01], boxes)]
        for w in workers:
            add_script_run_ctx(w, get_script_run_ctx())
            w.start()
        for w in workers:
            w.join()

        seen = {}
        def no_context():
            seen["ctx"] = get_script_run_ctx() is None
            seen["write"] = repr(st.write("dropped"))
            seen["button"] = st.button("in thread")
        t = threading.Thread(target=no_context)
        t.start()
        t.join()
        results = [None] * 3
        def square(i):
            results[i] = i * i
        threads = [threading.Thread(target=square, args=(i,)) for i in range(3)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        st.write("results", str(results), str(seen), str(any(th.is_alive() for th in threads)))
        """
    ).run()
    rec("markdown", at.markdown.values)
    rec("exceptions", [e.value for e in at.exception])

"""st.camera_input, st.audio_input and chat_input(accept_audio=True) in the
page: getUserMedia/MediaRecorder with Chromium's fake devices, the capture
reaching Python as Streamlit 1.67's UploadedFile (JPEG photo, WAV recording at
the widget's sample rate), and Streamlit's messages when access is denied.

These tests run in browsers of their own: one with the fake devices and the
fake permission prompt (--use-fake-device-for-media-stream
--use-fake-ui-for-media-stream), one with the fake devices but no permission
(every getUserMedia is refused), so the other tests keep the standard flags.
"""

import re
from urllib.parse import urlparse

import pytest
from conftest import CHROMIUM, LOCAL_HOSTS, PageErrors, click_and_wait, markdown, wait_idle
from playwright.sync_api import expect

from wasmlit.testing.browser import CHROMIUM_ARGS, wait_for_app

FAKE_DEVICES = "--use-fake-device-for-media-stream"
FAKE_PROMPT = "--use-fake-ui-for-media-stream"


def _open(playwright, serve_app, args, **context_args):
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, *args])
    context = browser.new_context(viewport={"width": 1280, "height": 900}, **context_args)
    page = context.new_page()
    page.errors = PageErrors()
    page.offsite_requests = []

    def guard(route):
        if urlparse(route.request.url).hostname in LOCAL_HOSTS:
            route.fallback()
        else:
            page.offsite_requests.append(route.request.url)
            route.abort("blockedbyclient")

    context.route("**/*", guard)
    page.on("pageerror", lambda error: page.errors.append(f"pageerror: {error}"))
    page.goto(serve_app("tests/apps/media_inputs/app.py"))
    wait_for_app(page)
    return browser, page


@pytest.fixture(scope="module")
def page(playwright, serve_app):
    browser, page = _open(playwright, serve_app, [FAKE_DEVICES, FAKE_PROMPT], permissions=["camera", "microphone"])
    yield page
    browser.close()


@pytest.fixture(scope="module")
def denied(playwright, serve_app):
    browser, page = _open(playwright, serve_app, [FAKE_DEVICES])
    yield page
    browser.close()


def test_camera_photo_reaches_python_as_a_jpeg_uploaded_file(page):
    camera = page.get_by_test_id("stCameraInput")
    expect(camera.get_by_test_id("stWidgetLabel")).to_have_text("Take a picture")
    expect(camera.get_by_test_id("stCameraInputWebcamStyledBox").locator("video")).to_be_visible()
    button = camera.get_by_test_id("stCameraInputButton")
    expect(button).to_have_text("Take Photo")
    expect(button).to_be_enabled(timeout=20_000)
    width = round(camera.bounding_box()["width"])
    click_and_wait(page, button)
    text = page.get_by_test_id("stMarkdown").filter(has_text="photo:")
    expect(text).to_have_text(re.compile(
        r"photo: camera-input-\d{4}-\d\d-\d\dT\d\d_\d\d_\d\d\.\d{3}Z\.jpg \| image/jpeg \| True \| ffd8ff \| (\d+)x(\d+)"))
    w, h = map(int, re.search(r"(\d+)x(\d+)$", text.inner_text()).groups())
    # Without a resolution the photo is the widget's size: its width x 9/16.
    assert abs(w - width) <= 2 and abs(h - round(width * 9 / 16)) <= 2
    expect(camera.locator("img[alt=Snapshot]")).to_be_visible()
    clear = camera.get_by_test_id("stCameraInputButton")
    assert clear.text_content() == " Clear photo"
    click_and_wait(page, clear)
    expect(markdown(page, "photo: none")).to_have_count(1)
    expect(camera.get_by_test_id("stCameraInputButton")).to_have_text("Take Photo")


def record(page, widget, seconds=1.2):
    action = widget.get_by_test_id("stAudioInputActionButton").first
    expect(action).to_have_attribute("aria-label", "Record")
    action.click()
    expect(widget.get_by_test_id("stAudioInputActionButton").first).to_have_attribute("aria-label", "Stop recording")
    page.wait_for_timeout(seconds * 1000)
    widget.get_by_test_id("stAudioInputActionButton").first.click()
    wait_idle(page)


def test_audio_recording_is_a_wav_at_the_sample_rate(page):
    widget = page.get_by_test_id("stAudioInput").filter(has_text="Record a clip")
    expect(widget.get_by_test_id("stAudioInputWaveformTimeCode")).to_have_text("00:00")
    record(page, widget)
    expect(page.get_by_test_id("stMarkdown").filter(has_text="clip:")).to_have_text(
        re.compile(r"clip: \d{4}-\d\d-\d\dT\d\d-\d\d_audio\.wav \| audio/wav \| 1ch 8000Hz 16bit True"))
    labels = widget.get_by_test_id("stBaseButton-elementToolbar")
    expect(labels).to_have_count(2)
    assert [labels.nth(i).get_attribute("aria-label") for i in range(2)] == [
        "Download as WAV: Record a clip", "Clear recording: Record a clip"]
    expect(widget.get_by_test_id("stAudioInputActionButton")).to_have_count(2)
    expect(widget.get_by_test_id("stAudioInputActionButton").nth(1)).to_have_attribute("aria-label", "Play")
    click_and_wait(page, labels.nth(1))
    expect(markdown(page, "clip: none")).to_have_count(1)


def test_sample_rate_none_keeps_the_recording_rate(page):
    widget = page.get_by_test_id("stAudioInput").filter(has_text="Native rate")
    record(page, widget, seconds=0.8)
    expect(page.get_by_test_id("stMarkdown").filter(has_text="native:")).to_have_text(
        re.compile(r"native: 1ch (44100|48000)Hz 16bit True"))


def test_chat_input_records_and_sends_audio(page):
    chat = page.get_by_test_id("stChatInput")
    mic = chat.get_by_test_id("stChatInputMicButton")
    expect(mic).to_have_attribute("aria-label", "Start recording")
    mic.click()
    expect(chat.get_by_test_id("stChatInputApproveButton")).to_have_attribute("aria-label", "Submit recording")
    expect(chat.get_by_test_id("stChatInputCancelButton")).to_have_attribute("aria-label", "Cancel recording")
    expect(chat.get_by_test_id("stChatInputTextArea")).to_have_count(0)
    page.wait_for_timeout(1000)
    chat.get_by_test_id("stChatInputApproveButton").click()
    wait_idle(page)
    expect(page.get_by_test_id("stMarkdown").filter(has_text="chat:")).to_have_text(
        re.compile(r"chat: '' \| audio-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.wav \| 1ch 16000Hz 16bit True"))
    expect(chat.get_by_test_id("stChatInputTextArea")).to_be_visible()
    # Cancelling sends nothing.
    chat.get_by_test_id("stChatInputMicButton").click()
    chat.get_by_test_id("stChatInputCancelButton").click()
    expect(chat.get_by_test_id("stChatInputTextArea")).to_be_visible()
    assert page.errors == [] and page.offsite_requests == []


def test_denied_camera_and_microphone_show_streamlits_messages(denied):
    camera = denied.get_by_test_id("stCameraInput")
    expect(camera).to_contain_text("This app would like to use your camera.Learn how to allow access.")
    expect(camera.get_by_role("link", name="Learn how to allow access.")).to_have_attribute(
        "href", "https://docs.streamlit.io/knowledge-base/using-streamlit/enable-camera")
    expect(camera.get_by_test_id("stCameraInputButton")).to_be_disabled()

    widget = denied.get_by_test_id("stAudioInput").filter(has_text="Record a clip")
    widget.get_by_test_id("stAudioInputActionButton").click()
    expect(widget).to_contain_text("This app would like to use your microphone. Learn how to allow access.")
    expect(widget.get_by_test_id("stAudioInputActionButton")).to_be_disabled()

    chat = denied.get_by_test_id("stChatInput")
    chat.get_by_test_id("stChatInputMicButton").click()
    target = chat.get_by_test_id("stTooltipErrorHoverTarget")
    expect(target).to_have_count(1)
    target.hover()
    expect(denied.get_by_test_id("stTooltipContent")).to_have_text("Microphone access denied")
    expect(denied.get_by_test_id("stMarkdown").filter(has_text="clip:")).to_have_text("clip: none")

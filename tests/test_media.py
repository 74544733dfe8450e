"""st.image / st.audio / st.video in the browser: images from a file, bytes and
a BytesIO load (naturalWidth > 0) from blob URLs with their captions; the
audio and video players get a playable src (metadata loads)."""

import pytest
from conftest import click_and_wait
from playwright.sync_api import expect

APP = "media_basic"


@pytest.fixture(scope="module")
def page(open_app):
    return open_app(APP)


def loaded_width(img):
    img.evaluate("i => i.complete || new Promise(r => i.addEventListener('load', r, { once: true }))")
    return img.evaluate("i => i.naturalWidth")


def test_images_render_with_captions(page):
    images = page.get_by_test_id("stImage")
    expect(images).to_have_count(4)
    from_file = images.nth(0)
    expect(from_file.get_by_test_id("stImageCaption")).to_have_text("From a file")
    expect(from_file.locator("img")).to_have_attribute("style", "width: 60px; max-width: 100%;")
    for index, width in ((0, 3), (1, 3), (2, 3)):
        img = images.nth(index).get_by_test_id("stImageContainer").locator("img")
        assert img.get_attribute("src").startswith("blob:")
        assert loaded_width(img) == width
    expect(images.nth(1).get_by_test_id("stCaptionContainer")).to_have_text("From bytes")
    pair = images.nth(3).get_by_test_id("stImageContainer")
    expect(pair).to_have_count(2)
    expect(pair.get_by_test_id("stImageCaption")).to_have_text(["One", "Two"])


def test_audio_and_video_have_playable_sources(page):
    audio = page.get_by_test_id("stAudio")
    video = page.get_by_test_id("stVideo")
    expect(audio).to_have_class("stAudio")
    expect(audio).to_have_attribute("controls", "")
    expect(video).to_have_attribute("controls", "")
    for player in (audio, video):
        assert player.get_attribute("src").startswith("blob:")
        duration = player.evaluate(
            "m => m.readyState >= 1 ? m.duration : new Promise((ok, fail) => {"
            " m.addEventListener('loadedmetadata', () => ok(m.duration), { once: true });"
            " m.addEventListener('error', () => fail(new Error('media error ' + m.error?.code)), { once: true }); })"
        )
        assert duration > 0
    assert audio.evaluate("m => m.loop === false")  # loop is handled on 'ended' (start_time aware)
    assert video.evaluate("m => m.muted")
    tracks = video.locator("track")
    expect(tracks).to_have_count(2)
    expect(tracks.nth(0)).to_have_attribute("label", "English")
    expect(tracks.nth(0)).to_have_attribute("kind", "captions")
    expect(tracks.nth(0)).to_have_attribute("data-testid", "stVideoSubtitle")
    # The SubRip track became WebVTT, served as a blob: URL.
    vtt = tracks.nth(0).evaluate("t => fetch(t.src).then(r => r.text())")
    assert vtt.startswith("WEBVTT") and "00:00:00.000 --> 00:00:01.000" in vtt


def test_rerun_keeps_media_and_no_errors(page):
    src = page.get_by_test_id("stImage").nth(1).locator("img").get_attribute("src")
    click_and_wait(page, page.get_by_role("button", name="Again"))
    img = page.get_by_test_id("stImage").nth(1).locator("img")
    assert img.get_attribute("src") == src  # same bytes: the same Blob URL, no reload
    assert loaded_width(img) == 3
    assert page.offsite_requests == []
    assert [e for e in page.errors if "favicon" not in e] == []

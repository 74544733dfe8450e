"""streamlit.components.v1.html/iframe and st.iframe: HTML in a sandboxed
iframe; streamlit.runtime imports work. (Custom components:
test_custom_components.py.)"""

import pytest
from conftest import markdown
from playwright.sync_api import expect


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("components")


def test_components_html_renders_in_an_iframe(page):
    frames = page.get_by_test_id("stIFrame")
    expect(frames).to_have_count(2)
    expect(frames.nth(0)).to_have_attribute("sandbox", "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts allow-downloads")
    expect(frames.nth(0)).to_have_css("height", "80px")
    expect(page.frame_locator("[data-testid=stIFrame] >> nth=0").locator("#inside")).to_have_text("Hello from components.html")
    expect(page.frame_locator("[data-testid=stIFrame] >> nth=1").locator("#auto")).to_have_text("Sized to content")


def test_runtime_imports_work(page):
    expect(markdown(page, "has context: True")).to_have_count(1)
    assert page.offsite_requests == []

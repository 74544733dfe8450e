"""The gallery (examples/gallery/app.py) boots with every element and widget,
without console errors or off-origin requests; reruns ("r" and a button) complete."""

import pytest
from conftest import click_and_wait, markdown, wait_idle
from playwright.sync_api import expect

APP = "examples/gallery/app.py"


@pytest.fixture(scope="module")
def page(open_app):
    # Its requirements.txt installs plotly at boot: allow for a loaded machine.
    return open_app(APP, boot_timeout=300_000)


def clean_errors(page):
    return [e for e in page.errors if "favicon" not in e]


def test_gallery_boots_with_every_family(page):
    expect(page.get_by_test_id("stHeading").filter(has_text="wasmlit gallery")).to_be_visible()
    expect(page.get_by_role("tab")).to_have_count(8)
    for testid in ("stCode", "stJson", "stAlert", "stMetric", "stProgress", "stDataFrame", "stTable",
                   "stVegaLiteChart", "stButton", "stCheckbox", "stTextInput", "stSlider", "stSelectbox",
                   "stMultiSelect", "stDateInput", "stTimeInput", "stColorPicker", "stFileUploader",
                   "stDownloadButton", "stImage", "stAudio", "stVideo", "stExpander", "stPopover",
                   "stChatMessage", "stChatInput", "stForm", "stSidebar", "stPageLink", "stLinkButton",
                   "stCameraInput", "stAudioInput", "stDateTimeInput", "stMenuButton", "stSkeletonElement",
                   "stBidiComponentIsolated", "stSidebarLogo", "stIconMaterial",
                   "stPlotlyChart", "stGraphVizChart", "stDeckGlJsonChart", "stMermaidChart"):
        assert page.get_by_test_id(testid).count() > 0, testid
    assert page.offsite_requests == []
    assert clean_errors(page) == []


def test_gallery_rerun_with_r_completes(page):
    page.evaluate("""() => {
      window.__states = [];
      const app = document.querySelector("[data-testid=stApp]");
      new MutationObserver(() => window.__states.push(app.getAttribute("data-test-script-state")))
        .observe(app, { attributes: true, attributeFilter: ["data-test-script-state"] });
      document.activeElement?.blur();
    }""")
    page.keyboard.press("r")
    page.wait_for_function("window.__states.includes('running')")
    wait_idle(page)
    assert page.evaluate("window.__states.at(-1)") == "notRunning"
    expect(page.get_by_test_id("stImage")).to_have_count(2)
    assert clean_errors(page) == []


def test_gallery_widgets_rerun(page):
    page.get_by_role("tab", name="Inputs").click()
    click_and_wait(page, page.get_by_role("button", name="Click me"))
    expect(markdown(page, "Clicked 1 times")).to_have_count(1)
    page.get_by_role("tab", name="Chat").click()
    chat = page.get_by_test_id("stChatInputTextArea")
    chat.fill("hi")
    chat.press("Enter")
    wait_idle(page)
    expect(markdown(page, "You said: hi")).to_have_count(1)
    assert page.offsite_requests == []
    assert clean_errors(page) == []


def test_gallery_capture_tab(page):
    page.get_by_role("tab", name="Capture").click()
    expect(page.get_by_test_id("stCameraInputButton")).to_be_disabled()
    expect(markdown(page, "Meeting: Tuesday 05 March 2024, 10:30")).to_have_count(1)
    expect(markdown(page, "Squares from four threads: [0, 1, 4, 9]")).to_have_count(1)
    expect(page.get_by_test_id("pdf-document-container").locator("canvas")).to_have_count(1, timeout=30_000)
    page.get_by_test_id("stMenuButtonButton").click()
    click_and_wait(page, page.get_by_role("menuitem", name="Paste"))
    expect(page.get_by_test_id("stToast")).to_contain_text("Paste!")


def test_gallery_figures_tab(page):
    page.get_by_role("tab", name="Figures").click()
    points = page.get_by_test_id("stPlotlyChart").locator(".scatterlayer path.point")
    expect(points).to_have_count(5, timeout=120_000)
    points.nth(2).click(force=True)
    wait_idle(page)
    expect(page.get_by_text("Selected points: [2]", exact=True)).to_be_visible()
    expect(page.locator("[data-testid=stGraphVizChart] svg g.node")).to_have_count(2, timeout=120_000)
    expect(page.locator("[data-testid=stDeckGlJsonChart] canvas")).to_have_count(1, timeout=120_000)
    expect(page.locator("[data-testid=stMermaidChart] img")).to_have_count(1, timeout=120_000)
    assert page.offsite_requests == []
    assert clean_errors(page) == []

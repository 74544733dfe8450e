"""st.echarts_chart through the page: Streamlit 1.67's DOM (stEChartsChart in
its stFullScreenFrame, the element toolbar), Streamlit's theme colours, the
canvas and SVG renderers, point and brush selections sent back to Python
(and cleared by a double click), and ECharts loaded from the site as a lazy
chunk only by pages that show an ECharts chart."""

import re

import pytest
from conftest import wait_for_app, wait_idle
from playwright.sync_api import expect

APP = "tests/apps/echarts/app.py"
BOOT_TIMEOUT_MS = 240_000
CHART_TIMEOUT_MS = 120_000


@pytest.fixture(scope="module")
def charts(browser, browser_context_args, serve_app):
    """One page with the app, shared by the tests in file order; off-machine
    requests aborted and recorded in page.offsite_requests, all URLs in page.requests."""
    ctx = browser.new_context(**browser_context_args, viewport={"width": 1280, "height": 1400})
    page = ctx.new_page()
    page.offsite_requests = []
    page.requests = []

    def guard(route):
        url = route.request.url
        page.requests.append(url)
        if re.match(r"https?://(127\.0\.0\.1|localhost)[:/]", url):
            route.fallback()
        else:
            page.offsite_requests.append(url)
            route.abort("blockedbyclient")

    ctx.route("**/*", guard)
    page.goto(serve_app(APP) + "/")
    wait_for_app(page, timeout=BOOT_TIMEOUT_MS)
    yield page
    ctx.close()


def texts(page, prefix):
    return [t for t in page.get_by_test_id("stMarkdown").all_inner_texts() if t.startswith(prefix)]


def test_bar_chart_draws_in_streamlits_dom(charts):
    bars, sales, brush = charts.get_by_test_id("stEChartsChart").all()[:3]
    expect(bars.locator("canvas")).to_have_count(1, timeout=CHART_TIMEOUT_MS)
    expect(bars).to_have_attribute("aria-busy", "false")
    # Keyed: Streamlit's st-key class; the chart in its fullscreen frame; the container's sizes.
    container = charts.locator(".stElementContainer.st-key-bars")
    expect(container.locator("[data-testid=stFullScreenFrame] .stEChartsChart")).to_have_count(1)
    expect(container).to_have_attribute("height", "350px")
    expect(container).to_have_attribute("width", "100%")
    assert round(bars.bounding_box()["height"]) == 350
    # alt is the chart's accessible name (ECharts' aria label) and names the toolbar buttons.
    expect(bars).to_have_attribute("aria-label", "Bar chart of categories A through E")
    labels = container.get_by_test_id("stBaseButton-elementToolbar").evaluate_all("bs => bs.map(b => b.getAttribute('aria-label'))")
    assert labels == ["Download as PNG: Bar chart of categories A through E", "Fullscreen: Bar chart of categories A through E"]
    # Something was drawn: the canvas has non-background pixels in Streamlit's first chart colour.
    blue = bars.locator("canvas").evaluate(
        """c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
                  for (let i = 0; i < d.length; i += 4) if (d[i] === 0 && d[i + 1] === 104 && d[i + 2] === 201) n++;
                  return n; }"""
    )
    assert blue > 1000
    # renderer="svg": ECharts' SVG, scatter points in Streamlit's first chart colour; height=300.
    expect(brush.locator("svg path").first).to_be_attached()
    assert brush.locator("canvas").count() == 0
    fills = brush.locator("svg path").evaluate_all("ps => ps.map(p => p.getAttribute('fill'))")
    assert any(f and f.lower() in ("#0068c9", "rgb(0,104,201)", "rgb(0, 104, 201)") for f in fills), fills
    assert round(brush.bounding_box()["height"]) == 300
    expect(sales).to_have_attribute("aria-label", re.compile("Sales"))


def test_clicking_a_bar_returns_its_selection(charts):
    assert texts(charts, "selected") == ["selected []"]
    sales = charts.get_by_test_id("stEChartsChart").nth(1)
    box = sales.bounding_box()
    # "Tue" (index 1) is the middle and tallest of three bars: the middle, near the bottom.
    sales.click(position={"x": box["width"] / 2, "y": box["height"] - 60})
    wait_idle(charts)
    expect(charts.get_by_text("selected [[1]]", exact=True)).to_be_visible(timeout=CHART_TIMEOUT_MS)
    # The key holds the same state in st.session_state (series id from the option).
    expect(charts.get_by_text("state sales", exact=True)).to_be_visible()
    # A second bar joins the selection (selectedMode "multiple"); it survives the rerun.
    sales.click(position={"x": box["width"] * 0.22, "y": box["height"] - 30})
    wait_idle(charts)
    expect(charts.get_by_text("selected [[0, 1]]", exact=True)).to_be_visible()


def test_tooltip_templates_read_dimension_placeholders(charts):
    sales = charts.get_by_test_id("stEChartsChart").nth(1)
    box = sales.bounding_box()
    sales.hover(position={"x": box["width"] / 2, "y": box["height"] - 40})
    # Streamlit's {@dimension} placeholders (ECharts reads them in labels only).
    expect(sales.get_by_text("Tue sold 200", exact=True)).to_be_visible()


def test_double_click_clears_the_selection(charts):
    sales = charts.get_by_test_id("stEChartsChart").nth(1)
    box = sales.bounding_box()
    sales.dblclick(position={"x": box["width"] / 2, "y": 40})
    wait_idle(charts)
    expect(charts.get_by_text("selected []", exact=True)).to_be_visible()
    expect(charts.get_by_text("state None", exact=True)).to_be_visible()


def test_brushing_a_range_returns_points_and_the_area(charts):
    brush = charts.get_by_test_id("stEChartsChart").nth(2)
    box = brush.bounding_box()
    # The toolbox (left: 0, top: 0; ECharts 6 insets it): its first icon is the lineX brush.
    brush.click(position={"x": 25, "y": 23})
    charts.mouse.move(box["x"] + box["width"] * 0.05, box["y"] + box["height"] / 2)
    charts.mouse.down()
    charts.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + box["height"] / 2, steps=8)
    charts.mouse.up()
    wait_idle(charts)
    expect(charts.get_by_text(re.compile(r"^brushed \[\[0, 1, 2\]\] areas 1$"))).to_be_visible(timeout=CHART_TIMEOUT_MS)


def _svg_fills(chart):
    return [f.lower().replace(" ", "") for f in chart.locator("svg path").evaluate_all("ps => ps.map(p => p.getAttribute('fill') || '')")]


def test_charts_follow_a_theme_change(charts):
    chart = charts.get_by_test_id("stEChartsChart").nth(2)
    assert "#0068c9" in _svg_fills(chart) or "rgb(0,104,201)" in _svg_fills(chart)
    charts.get_by_test_id("stMainMenuButton").click()
    charts.get_by_test_id("stMainMenuItem-theme-Dark").click()
    charts.keyboard.press("Escape")
    # Streamlit's dark chart colours: the first categorical one is light blue.
    charts.wait_for_function(
        """c => [...c.querySelectorAll('svg path')].some(p => ['#83c9ff', 'rgb(131,201,255)']
              .includes((p.getAttribute('fill') || '').toLowerCase().replaceAll(' ', '')))""",
        arg=chart.element_handle(),
    )
    # The brushed range and its selection survive the redraw.
    assert texts(charts, "brushed") == ["brushed [[0, 1, 2]] areas 1"]
    charts.get_by_test_id("stMainMenuButton").click()
    charts.get_by_test_id("stMainMenuItem-theme-Light").click()
    charts.keyboard.press("Escape")
    charts.wait_for_function(
        """c => [...c.querySelectorAll('svg path')].some(p => ['#0068c9', 'rgb(0,104,201)']
              .includes((p.getAttribute('fill') || '').toLowerCase().replaceAll(' ', '')))""",
        arg=chart.element_handle(),
    )


def test_width_and_stretch_height_as_in_streamlit(charts):
    narrow = charts.locator(".stElementContainer.st-key-narrow")
    expect(narrow).to_have_attribute("width", "300px")
    assert round(narrow.get_by_test_id("stEChartsChart").bounding_box()["width"]) == 300
    # height="stretch" in a 500px container: the chart fills it (Streamlit: 468px inside its padding).
    tall = charts.locator(".stElementContainer.st-key-tall")
    expect(tall).to_have_attribute("height", "100%")
    block = charts.get_by_test_id("stVerticalBlock").filter(has=tall).last
    inner = block.evaluate("b => b.clientHeight - parseFloat(getComputedStyle(b).paddingTop) - parseFloat(getComputedStyle(b).paddingBottom)")
    assert round(tall.get_by_test_id("stEChartsChart").bounding_box()["height"]) == round(inner) > 400


def test_in_a_form_the_selection_is_sent_with_the_form(charts):
    chart = charts.locator(".stElementContainer.st-key-formchart").get_by_test_id("stEChartsChart")
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    chart.click(position={"x": box["width"] / 2, "y": box["height"] - 40})
    wait_idle(charts)
    assert texts(charts, "form") == ["form []"]
    charts.get_by_test_id("stBaseButton-secondaryFormSubmit").click()
    wait_idle(charts)
    expect(charts.get_by_text("form [[1]]", exact=True)).to_be_visible()


def test_download_as_png_and_svg(charts):
    for key, kind in (("bars", "png"), ("brush", "svg")):
        container = charts.locator(f".stElementContainer.st-key-{key}")
        container.hover()
        with charts.expect_download() as info:
            container.get_by_role("button", name=re.compile(f"^Download as {kind.upper()}")).click()
        # Streamlit's file name: the local date and time, then _chart.
        assert re.fullmatch(rf"\d{{4}}-\d{{2}}-\d{{2}}T\d{{2}}-\d{{2}}_chart\.{kind}", info.value.suggested_filename)
        with open(info.value.path(), "rb") as saved:
            head = saved.read(200)
        assert head.startswith(b"\x89PNG") if kind == "png" else b"<svg" in head


def test_everything_came_from_the_site(charts):
    assert charts.offsite_requests == []
    assert any(re.search(r"/assets/echarts-lazy-[\w-]+\.js$", url) for url in charts.requests)


def test_pages_without_echarts_do_not_load_it(page, serve_app, seen_requests):
    page.goto(serve_app("examples/counter/app.py") + "/")
    wait_for_app(page, timeout=BOOT_TIMEOUT_MS)
    assert not [url for url in seen_requests if "echarts" in url]

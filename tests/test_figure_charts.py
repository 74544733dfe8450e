"""st.plotly_chart, st.graphviz_chart, st.map, st.pydeck_chart and
st.mermaid_chart through the page: Streamlit's data-testids, the theme,
selections sent back to Python (point clicks, box selection, picking on a
map), everything loaded from the site (plotly and graphviz from the app's
wheelhouse, the JS libraries as lazy chunks)."""

import re

import pytest
from conftest import wait_for_app, wait_idle
from playwright.sync_api import expect

APP = "tests/apps/figure_charts/app.py"  # requirements.txt: plotly, graphviz (vendored by pip)
# Installing plotly (a 9.7 MB wheel) in the browser takes a while on a loaded machine.
BOOT_TIMEOUT_MS = 300_000
CHART_TIMEOUT_MS = 120_000


@pytest.fixture(scope="module")
def charts(browser, browser_context_args, serve_app):
    """One page with the app, shared by the tests in file order; off-machine
    requests aborted and recorded in page.offsite_requests, chunk URLs in page.requests."""
    ctx = browser.new_context(**browser_context_args, viewport={"width": 1280, "height": 1000})
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


def rgb(hex_color):
    return "rgb({}, {}, {})".format(*(int(hex_color[i:i + 2], 16) for i in (1, 3, 5)))


def test_plotly_charts_render_with_streamlits_theme(charts):
    scatter, bars = charts.get_by_test_id("stPlotlyChart").all()
    expect(scatter.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=CHART_TIMEOUT_MS)
    # Keyed: Streamlit's st-key class on the element container; the frame around the chart.
    expect(charts.locator(".stElementContainer.st-key-scatter [data-testid=stFullScreenFrame] > .stPlotlyChart")).to_have_count(1)
    expect(charts.locator(".stElementContainer.st-key-bars")).to_have_count(1)
    # theme="streamlit": Streamlit's first chart colour and a bold title.
    expect(scatter.locator(".gtitle")).to_have_text("Scatter")
    expect(scatter.locator(".gtitle tspan[style*='font-weight:bold']")).to_have_text("Scatter")
    point_fill = scatter.locator(".scatterlayer path.point").first.evaluate("p => getComputedStyle(p).fill")
    assert point_fill == rgb("#0068c9")
    # theme=None: Plotly's own first colour.
    bar_fill = bars.locator(".barlayer path").first.evaluate("p => getComputedStyle(p).fill")
    assert bar_fill == rgb("#636efa")
    # Only the chart with on_select offers box/lasso selection in its toolbar.
    assert scatter.locator('.modebar-btn[data-title="Box Select"]').count() == 1
    assert bars.locator('.modebar-btn[data-title="Box Select"]').count() == 0
    assert scatter.locator(".modebar-btn[data-title*=plotly]").count() == 0  # no Plotly logo link


def test_clicking_a_point_returns_its_selection(charts):
    assert texts(charts, "plotly") == ["plotly points: []", "plotly boxes: 0"]
    point = charts.get_by_test_id("stPlotlyChart").first.locator(".scatterlayer path.point").nth(1)
    point.click(force=True)
    wait_idle(charts)
    expect(charts.get_by_text("plotly points: [1]", exact=True)).to_be_visible()


def test_box_selection_returns_points_and_the_box(charts):
    chart = charts.get_by_test_id("stPlotlyChart").first
    chart.hover()
    chart.locator('.modebar-btn[data-title="Box Select"]').click()
    area = chart.locator(".nsewdrag").bounding_box()
    charts.mouse.move(area["x"] + 5, area["y"] + 5)
    charts.mouse.down()
    charts.mouse.move(area["x"] + area["width"] * 0.6, area["y"] + area["height"] - 5, steps=8)
    charts.mouse.up()
    wait_idle(charts)
    expect(charts.get_by_text("plotly boxes: 1", exact=True)).to_be_visible()
    assert texts(charts, "plotly points") == ["plotly points: [0, 1]"]


def test_graphviz_graphs_are_svg(charts):
    graphs = charts.get_by_test_id("stGraphVizChart")
    expect(graphs).to_have_count(2)
    expect(graphs.first.locator("svg g.node")).to_have_count(2, timeout=CHART_TIMEOUT_MS)
    assert graphs.first.locator("svg g.node text").all_text_contents() == ["run", "stop"]
    assert re.fullmatch(r"st-graphviz-chart-[0-9a-f]{32}", graphs.first.get_attribute("id"))
    assert graphs.first.get_attribute("class") == "stGraphVizChart"
    # Natural size by default (the element container fits it); the second stretches.
    containers = charts.locator(".stElementContainer:has([data-testid=stGraphVizChart])")
    assert [containers.nth(i).get_attribute("width") for i in range(2)] == ["fit-content", "100%"]
    stretched = graphs.nth(1).locator("svg")
    expect(stretched.locator("g.node")).to_have_count(3)
    assert stretched.get_attribute("width") == "100%"


def test_maps_draw_their_layers_without_map_tiles(charts):
    maps = charts.get_by_test_id("stDeckGlJsonChart")
    expect(maps).to_have_count(2)
    expect(maps.first.locator("canvas")).to_have_count(1, timeout=CHART_TIMEOUT_MS)
    box = maps.first.bounding_box()
    assert round(box["height"]) == 500 and box["width"] > 600
    layers = maps.first.locator(".wl-deck-canvas").evaluate(
        "n => n.wlDeck.props.layers.map(l => [l.id, l.props.data.length, l.props.getFillColor])")
    assert layers == [["ScatterplotLayer", 3, [0, 68, 255, 255]]]
    assert maps.first.locator(".wl-deck-basemap canvas").count() == 0  # plain background


def _drawn_object_position(chart, lon_lat):
    """Where (page coordinates) a longitude/latitude is drawn in a deck, once
    the deck has drawn an object there."""
    canvas = chart.locator(".wl-deck-canvas")
    canvas.page.wait_for_function(
        "([n, p]) => { const d = n.wlDeck; if (!d || !d.isInitialized) return false;"
        " const [x, y] = d.getViewports()[0].project(p); return Boolean(d.pickObject({x, y})); }",
        arg=[canvas.element_handle(), lon_lat], timeout=CHART_TIMEOUT_MS)
    return canvas.evaluate(
        "(n, p) => { const [x, y] = n.wlDeck.getViewports()[0].project(p); const r = n.getBoundingClientRect();"
        " return [r.left + x, r.top + y]; }", lon_lat)


def test_picking_a_map_object_returns_its_selection(charts):
    deck = charts.get_by_test_id("stDeckGlJsonChart").nth(1)
    deck.scroll_into_view_if_needed()
    assert texts(charts, "deck picked") == ["deck picked: {}"]
    x, y = _drawn_object_position(deck, [2, 0])
    charts.mouse.click(x, y)
    wait_idle(charts)
    expect(charts.get_by_text("deck picked: {'dots': [1]}", exact=True)).to_be_visible()
    # Streamlit's "Clear selection" toolbar button empties it.
    clear = deck.get_by_role("button", name="Clear selection")
    clear.click()
    wait_idle(charts)
    expect(charts.get_by_text("deck picked: {}", exact=True)).to_be_visible()
    expect(clear).to_have_count(0)


def test_mermaid_diagrams_are_images(charts):
    diagrams = charts.locator("[data-testid=stMarkdown] [data-testid=stMarkdownPre] [data-testid=stFullScreenFrame] [data-testid=stMermaidChart]")
    expect(diagrams).to_have_count(2)
    images = diagrams.locator("img")
    expect(images).to_have_count(2, timeout=CHART_TIMEOUT_MS)
    assert [images.nth(i).get_attribute("alt") for i in range(2)] == ["Start to stop", "Mermaid sequence diagram"]
    assert images.first.evaluate("img => img.complete && img.naturalWidth > 0")
    assert diagrams.first.get_attribute("aria-busy") is None
    # Streamlit 1.67's toolbar over a drawn diagram.
    frame = charts.get_by_test_id("stFullScreenFrame").filter(has=charts.get_by_test_id("stMermaidChart")).first
    labels = frame.get_by_test_id("stBaseButton-elementToolbar")
    expect(labels).to_have_count(3)
    assert [labels.nth(i).get_attribute("aria-label") for i in range(3)] == ["Download as PNG", "Copy to clipboard", "Fullscreen"]


FULLSCREEN = re.compile(r"(^|\s)st-fullscreen(\s|$)")


def test_fullscreen_from_the_toolbars(charts):
    # Plotly: the Fullscreen button Streamlit adds to Plotly's modebar.
    frame = charts.get_by_test_id("stFullScreenFrame").filter(has=charts.get_by_test_id("stPlotlyChart")).first
    plot = frame.get_by_test_id("stPlotlyChart")
    plot.hover()
    plot.locator('.modebar-btn[data-title="Fullscreen"]').click()
    expect(frame).to_have_class(FULLSCREEN)
    viewport = charts.viewport_size
    charts.wait_for_function("(w) => document.querySelector('.st-fullscreen .main-svg')?.getAttribute('width') > w * 0.8",
                             arg=viewport["width"])
    charts.keyboard.press("Escape")
    expect(frame).not_to_have_class(FULLSCREEN)
    # Graphviz and maps: Streamlit's element toolbar.
    for testid in ("stGraphVizChart", "stDeckGlJsonChart", "stMermaidChart"):
        frame = charts.get_by_test_id("stFullScreenFrame").filter(has=charts.get_by_test_id(testid)).first
        frame.get_by_test_id(testid).hover()
        frame.get_by_role("button", name="Fullscreen").click()
        expect(frame).to_have_class(FULLSCREEN)
        frame.get_by_role("button", name="Close fullscreen").click()
        expect(frame).not_to_have_class(FULLSCREEN)


def test_charts_follow_a_theme_change(charts):
    chart = charts.get_by_test_id("stPlotlyChart").first
    point = chart.locator(".scatterlayer path.point").first
    fill = "p => getComputedStyle(p).fill"
    assert point.evaluate(fill) == rgb("#0068c9")
    image = charts.get_by_test_id("stMermaidChart").first.locator("img")
    light_src = image.get_attribute("src")
    charts.get_by_test_id("stMainMenuButton").click()
    charts.get_by_test_id("stMainMenuItem-theme-Dark").click()
    charts.keyboard.press("Escape")
    # Streamlit's dark chart colours (the first categorical one is light blue), and
    # the plot's background is the dark theme's.
    # (A locator, not an element handle: Plotly may draw the points anew.)
    expect(point).to_have_css("fill", rgb("#83c9ff"), timeout=30_000)
    background = chart.locator(".main-svg").first.evaluate("s => s.style.background")
    assert background == charts.get_by_test_id("stApp").evaluate("a => getComputedStyle(a).backgroundColor")
    expect(image).not_to_have_attribute("src", light_src)  # the diagram is drawn again
    charts.get_by_test_id("stMainMenuButton").click()
    charts.get_by_test_id("stMainMenuItem-theme-Light").click()
    charts.keyboard.press("Escape")
    expect(point).to_have_css("fill", rgb("#0068c9"), timeout=30_000)


def test_everything_came_from_the_site(charts):
    assert charts.offsite_requests == []
    chunks = " ".join(charts.requests)
    for chunk in ("plotly-lazy", "graphviz-lazy", "deck-lazy", "mermaid"):
        assert chunk in chunks, chunk
    assert "maplibre-lazy" not in chunks  # no map style given: no base map library
    assert re.search(r"/_wasmlit/wheels/plotly-[\d.]+-py3-none-any\.whl", chunks)


def test_pages_without_charts_load_none_of_their_code(page, serve_app, seen_requests):
    page.goto(serve_app("examples/counter/app.py") + "/")
    wait_for_app(page)
    loaded = " ".join(seen_requests)
    for chunk in ("plotly", "graphviz", "deck", "maplibre", "mermaid"):
        assert chunk not in loaded, chunk


# --------------------------------------------------------------------------- base maps

BASEMAP_APP = "tests/apps/deck_basemap/app.py"  # no requirements; .streamlit/config.toml sets wasmlit.mapStyle


def _pixel(locator, x, y):
    """The RGB colour shown at (x, y) of an element (from a screenshot)."""
    import io

    from PIL import Image

    return Image.open(io.BytesIO(locator.screenshot())).convert("RGB").getpixel((x, y))


def test_base_maps_come_from_the_given_styles(page, serve_app, offsite_requests):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(serve_app(BASEMAP_APP) + "/")
    wait_for_app(page)
    decks = page.get_by_test_id("stDeckGlJsonChart")
    expect(decks).to_have_count(2)
    for deck in decks.all():
        expect(deck.locator(".wl-deck-basemap canvas.maplibregl-canvas")).to_have_count(1, timeout=CHART_TIMEOUT_MS)
    # The deck's own (inline) style is green; wasmlit.mapStyle (st.map) is blue.
    expected = {0: (0x00, 0xC8, 0x53), 1: (0x29, 0x62, 0xFF)}
    for index, color in expected.items():
        deck = decks.nth(index)
        page.wait_for_function(
            "n => n.querySelector('.maplibregl-canvas') && n.querySelector('.wl-deck-canvas').wlDeck?.isInitialized",
            arg=deck.element_handle(), timeout=CHART_TIMEOUT_MS)
        page.wait_for_timeout(500)
        assert _pixel(deck, 10, 150) == color
    assert offsite_requests == []


def test_zoom_buttons_change_the_view(page, serve_app):
    page.goto(serve_app(BASEMAP_APP) + "/")
    wait_for_app(page)
    deck = page.get_by_test_id("stDeckGlJsonChart").first
    canvas = deck.locator(".wl-deck-canvas")
    page.wait_for_function("n => n.wlDeck?.isInitialized", arg=canvas.element_handle(), timeout=CHART_TIMEOUT_MS)
    zoom = "n => Math.round(n.wlDeck.getViewports()[0].zoom)"
    assert canvas.evaluate(zoom) == 3
    deck.get_by_role("button", name="Zoom In").click()
    page.wait_for_function(f"n => ({zoom})(n) === 4", arg=canvas.element_handle())
    deck.get_by_role("button", name="Zoom Out").click()
    deck.get_by_role("button", name="Zoom Out").click()
    page.wait_for_function(f"n => ({zoom})(n) === 2", arg=canvas.element_handle())

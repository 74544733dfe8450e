"""Untrusted text stays inert everywhere: the XSS corpus (tests/apps/xss_corpus)
in every element that shows user text or takes a URL, toasts, help tooltips,
upload file names, a query parameter echoed back, and page titles / nav links
(tests/apps/xss_nav).

Every payload tries to set ``top.__xss``; the tests assert that it stays unset
after rendering, hovering and clicking, that no element of the page carries an
inline event handler or a script URL, and that the payload's text is shown (as
text where Streamlit shows it as text; sanitised HTML where the app asked for
HTML). Streamlit 1.67 was run with the same apps to compare: it shows the same
text, keeps no script URL live either, and (unlike wasmlit) leaves
``data:text/html`` links in place (inert in today's browsers)."""

import json
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import click_and_wait, wait_idle
from playwright.sync_api import expect

CORPUS = Path(__file__).parent / "apps" / "xss_corpus" / "app.py"


def corpus_payloads():
    """TEXT_PAYLOADS and URL_PAYLOADS of the corpus app (read from its source, not imported)."""
    namespace: dict = {}
    source = CORPUS.read_text(encoding="utf-8")
    start, end = source.index("TEXT_PAYLOADS = {"), source.index("def box(")
    exec(source[start:end], namespace)  # noqa: S102 - our own test data
    return namespace["TEXT_PAYLOADS"], namespace["URL_PAYLOADS"]


TEXT_PAYLOADS, URL_PAYLOADS = corpus_payloads()
QUERY_PAYLOAD = "<img src=x onerror=\"top.__xss='query'\">q-img"

# Elements that render the payload as HTML (sanitised); every other one shows it as text.
HTML_ELEMENTS = {"markdown_html", "html"}
# Elements whose text is not the payload's (KaTeX typesets it).
TYPESET = {"latex"}
TEXT_ELEMENTS = [
    "markdown", "markdown_html", "html", "write", "caption", "title", "header", "subheader", "text",
    "code", "json", "table", "dataframe", "error", "warning", "info", "success", "exception", "metric",
    "badge", "latex", "button", "checkbox", "toggle", "text_input", "text_area", "number_input", "slider",
    "select_slider", "selectbox", "radio", "multiselect", "pills", "segmented_control", "date_input",
    "time_input", "color_picker", "file_uploader", "download_button", "link_button", "progress",
    "expander", "tabs", "popover", "status", "chat_message", "image_caption",
]
URL_ELEMENTS = ["link_button", "image_link", "avatar", "markdown_link", "markdown_html_link", "page_link"]
# What each text class shows when it is shown as text (the tag the browser did not build).
AS_TEXT = {
    "script": "<script>",
    "img": "onerror=",
    "svg": "onload=",
    "jslink": "javascript:",
    "datalink": "data:text/html",
    "css": "<style>",
    "attr": "onmouseover=",
}
MARKER = {name: f"pay-{name}" for name in TEXT_PAYLOADS}

# Anything of the page a browser would run: inline handlers, script URLs, script
# elements in the app, frames without a sandbox. Returns descriptions.
LIVE_SCAN = """(root) => {
  const scheme = (u) => (u || "").replace(/[\\x00-\\x20\\x7f]/g, "").toLowerCase();
  const scriptUrl = (u) => /^(javascript|vbscript):/.test(scheme(u));
  const documentUrl = (u) => /^data:(text\\/html|application\\/xhtml|image\\/svg|text\\/xml)/.test(scheme(u));
  const scope = root ? document.querySelector(root) : document.body;
  const found = [];
  for (const el of scope.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) found.push(`${el.tagName}[${name}]`);
      if (["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background"].includes(name) && scriptUrl(attr.value))
        found.push(`${el.tagName}[${name}=${attr.value.slice(0, 40)}]`);
      if (["href", "action", "formaction", "xlink:href"].includes(name) && documentUrl(attr.value))
        found.push(`${el.tagName}[${name}=${attr.value.slice(0, 40)}]`);
    }
    if (el.tagName === "SCRIPT" && el.closest("[data-testid=stApp]")) found.push("SCRIPT in the app");
    if (el.tagName === "IFRAME" && !el.hasAttribute("sandbox")) found.push("IFRAME without sandbox");
  }
  return found;
}"""


def flag(page):
    return page.evaluate("top.__xss ?? null")


def assert_inert(page, where=None):
    assert flag(page) is None, f"a payload ran: top.__xss = {flag(page)!r}"
    live = page.evaluate(LIVE_SCAN, where)
    assert live == [], live


@pytest.fixture(scope="module")
def corpus(open_app):
    page = open_app("xss_corpus", path="/?q=" + quote(QUERY_PAYLOAD))
    expect(page.get_by_text("corpus done")).to_be_visible()
    return page


def box(page, name, kind):
    return page.locator(f".st-key-xss-{name}-{kind}")


def text_of(page, name, kind):
    return box(page, name, kind).evaluate("e => e.textContent")


def test_no_payload_runs_and_nothing_live_is_left(corpus):
    assert_inert(corpus)
    # The css payload's @import and url() of javascript: URLs fail to load (as in Streamlit).
    assert [e for e in corpus.errors if "ERR_UNKNOWN_URL_SCHEME" not in e] == [], corpus.errors


@pytest.mark.parametrize("name", list(TEXT_PAYLOADS))
def test_text_payloads_show_as_text_or_sanitised_html_in_every_element(corpus, name):
    shown = {}
    for kind in TEXT_ELEMENTS:
        locator = box(corpus, name, kind)
        expect(locator).to_have_count(1)
        shown[kind] = text_of(corpus, name, kind)
    problems = []
    for kind, text in shown.items():
        if kind in TYPESET:
            continue
        if MARKER[name] not in text:
            problems.append(f"{kind}: the payload's text is missing: {text[:120]!r}")
        if kind in HTML_ELEMENTS:
            # Parsed and sanitised: the tags are gone, their text stays.
            if name in ("script", "img", "svg") and AS_TEXT[name] in text:
                problems.append(f"{kind}: the HTML was not parsed: {text[:120]!r}")
        elif AS_TEXT[name] not in text:
            problems.append(f"{kind}: not shown as text: {text[:120]!r}")
    assert problems == [], "\n".join(problems)
    assert_inert(corpus)


def test_the_exact_text_of_plain_text_elements(corpus):
    for name, payload in TEXT_PAYLOADS.items():
        assert text_of(corpus, name, "text") == payload
        assert text_of(corpus, name, "code").strip() == payload
        assert f"ValueError: {payload}" in text_of(corpus, name, "exception")
        assert box(corpus, name, "text_input").locator("input").input_value() == payload
        assert box(corpus, name, "text_area").locator("textarea").input_value() == payload


def test_url_payloads_are_refused_where_they_would_run(corpus):
    for name in URL_PAYLOADS:
        # st.link_button: shown as Streamlit 1.67 shows a dangerous URL (href "#", same tab).
        link = box(corpus, name, "link_button").get_by_test_id("stBaseLinkButton-secondary")
        expect(link).to_have_text(f"url-{name}")
        assert link.get_attribute("href") == "#"
        assert link.get_attribute("target") == "_self"
        # st.image(link=...): the image without a link.
        image = box(corpus, name, "image_link")
        expect(image.locator("img")).to_have_count(1)
        expect(image.locator("a")).to_have_count(0)
        # Markdown links (with and without unsafe_allow_html): the text without a live href.
        for kind, label in (("markdown_link", "md"), ("markdown_html_link", "mdhtml")):
            if (name, kind) == ("datahtml", "markdown_link"):
                # `<` in a <...> destination: no link at all, the source shows (as in Streamlit).
                expect(box(corpus, name, kind)).to_have_text(f"[md-{name}](<{URL_PAYLOADS[name]}>)")
            else:
                expect(box(corpus, name, kind)).to_have_text(f"{label}-{name}")
        # st.page_link only takes http(s) URLs as external pages: Streamlit's error.
        expect(box(corpus, name, "page_link")).to_have_text("page_link error: StreamlitPageNotFoundError")
    # Avatars go through Streamlit's image_to_url: script URLs are no image (its error);
    # a data: URL is kept as an <img> source, which never runs.
    for name in ("js", "jscase", "jsspace", "jstab", "vbscript"):
        expect(box(corpus, name, "avatar")).to_have_text(
            "avatar error: Failed to load the provided avatar value as an image."
        )
    expect(box(corpus, "datahtml", "avatar").get_by_test_id("stChatMessageAvatarImage")).to_have_count(1)
    assert_inert(corpus)


def test_clicking_and_hovering_payloads_runs_nothing(corpus):
    for name in ("js", "jstab", "jsspace", "datahtml"):
        box(corpus, name, "link_button").get_by_test_id("stBaseLinkButton-secondary").click()
        if name != "datahtml":
            box(corpus, name, "markdown_link").get_by_text(f"md-{name}").click()
        box(corpus, name, "markdown_html_link").get_by_text(f"mdhtml-{name}").click()
    box(corpus, "jslink", "markdown").get_by_text("pay-jslink").click()
    box(corpus, "jslink", "markdown_html").get_by_text("pay-jsa").click()
    box(corpus, "datalink", "markdown_html").get_by_text("pay-dataa").click()
    for kind in ("markdown", "markdown_html", "html", "title", "button"):
        box(corpus, "attr", kind).hover()
        box(corpus, "img", kind).hover()
    # A link may open a tab of the site (a tab in "java\tscript:" makes the URL a
    # relative path), never a script or a data: document.
    opened = [p for p in corpus.context.pages if p != corpus]
    origin = corpus.evaluate("location.origin")
    assert all(p.url.startswith(origin + "/") for p in opened), [p.url for p in opened]
    for other in opened:
        assert other.evaluate("window.__xss ?? null") is None
        other.close()
    assert_inert(corpus)


def test_help_tooltips_show_payloads_as_text(corpus):
    for name in ("img", "script", "attr"):
        button_box = box(corpus, name, "button")
        button_box.get_by_role("button").first.hover()
        tooltip = corpus.get_by_test_id("stTooltipContent")
        expect(tooltip).to_be_visible()
        expect(tooltip).to_contain_text(MARKER[name])
        expect(tooltip).to_contain_text(AS_TEXT[name])
        assert_inert(corpus)
        corpus.mouse.move(0, 0)
        expect(tooltip).to_have_count(0)


def test_query_parameter_echoed_back_is_text(corpus):
    echo = box(corpus, "query", "echo")
    for testid in ("stMarkdown", "stText"):
        expect(echo.get_by_test_id(testid).first).to_contain_text(QUERY_PAYLOAD)
    assert text_of(corpus, "query", "echo").count(QUERY_PAYLOAD) == 3
    assert_inert(corpus)


def test_toasts_show_payloads_as_text(corpus):
    click_and_wait(corpus, corpus.get_by_role("button", name="Toast"))
    toasts = corpus.get_by_test_id("stToast")  # duration="infinite": they stay until closed
    expect(toasts).to_have_count(len(TEXT_PAYLOADS))
    text = " ".join(toasts.all_text_contents())
    for name in ("script", "img", "svg", "attr"):
        assert MARKER[name] in text and AS_TEXT[name] in text, (name, text[:300])
    assert_inert(corpus)
    for remaining in range(len(TEXT_PAYLOADS), 0, -1):
        expect(toasts).to_have_count(remaining)
        toasts.first.get_by_role("button", name="Close").click()
    expect(toasts).to_have_count(0)


def test_upload_file_names_are_text(corpus):
    names = ["<img src=x onerror=top.__xss='file'>.txt", "<svg onload=top.__xss='file2'>b.txt"]
    uploader = corpus.locator(".st-key-upload input[type=file]")
    uploader.set_input_files([{"name": n, "mimeType": "text/plain", "buffer": b"x"} for n in names])
    shown = box(corpus, "upload", "names")
    for name in names:
        expect(shown.get_by_test_id("stMarkdown").filter(has_text=name)).to_have_count(2, timeout=60_000)
        expect(corpus.locator(".st-key-upload").get_by_text(name, exact=True)).to_have_count(1)
    wait_idle(corpus)
    assert_inert(corpus)


NAV_TITLES = [
    "<img src=x onerror=\"top.__xss='nav-img'\">nav-img",
    "<script>top.__xss='nav-script'</script>nav-script",
]


def test_page_titles_and_nav_links_are_text(open_app):
    page = open_app("xss_nav")
    expect(page.get_by_text("nav home")).to_be_visible()
    links = page.get_by_test_id("stSidebarNavLink")
    expect(links).to_have_count(3)
    for index, title in enumerate(NAV_TITLES):
        assert links.nth(index).text_content().strip() == title
    # A markdown link in a title: its text, no live href.
    assert links.nth(2).text_content().strip() == "nav-js"
    assert page.title() == "<svg onload=\"top.__xss='title'\">page-title"
    click_and_wait(page, links.nth(1))
    expect(page.get_by_text("nav other")).to_be_visible()
    assert_inert(page)
    assert json.dumps(page.errors) == "[]"


def test_html_runs_scripts_only_when_the_app_allows_it_as_streamlit_does(open_app):
    """st.html(unsafe_allow_javascript=True) runs its scripts in the standalone page
    (the app is the site's own), once; without the flag they are removed. Both are
    sanitised with Streamlit's DOMPurify profile (no SVG or MathML; target=_blank kept).
    Embedded apps never run them (test_isolation.py)."""
    page = open_app("html_scripts")
    expect(page.get_by_text("html done")).to_be_visible()
    expect(page.locator("#allowed")).to_have_text("scripts ran")
    expect(page.locator("#refused")).to_have_text("scripts did not run")
    assert page.evaluate("window.__htmlScripts") == 1
    html = page.get_by_test_id("stHtml")
    assert html.nth(1).evaluate("e => e.innerHTML") == (
        '<p id="refused">scripts did not run</p>'
        '<a href="https://example.com/" target="_blank" rel="noopener noreferrer">new tab link</a>'
    )
    assert html.nth(0).locator("script").count() == 1
    assert html.locator("svg, math").count() == 0

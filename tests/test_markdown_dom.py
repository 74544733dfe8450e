"""Headings and code blocks in markdown, as Streamlit 1.67 draws them (expected
values read from a real `streamlit run` page of tests/apps/markdown_dom):
heading ids are slugs (transliterated, decamelized) or, when the text has no
slug, a hash; headings in st.markdown get the same id and link as st.header,
except in the sidebar; fenced code is an stCode with its copy button."""

import pytest
from playwright.sync_api import expect

HEADER_IDS = [
    "hello-world-test", "hello-world", "snake-case-name", "uenicoede-header", "8241f8d6",
    "ca-va-a-ero-ss", "mixed-text", "x-y", "lead-trail", "123-numbers", "a-and-b",
]


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("markdown_dom")


def test_heading_ids_are_streamlits(page):
    headings = page.get_by_test_id("stHeading").locator("h2")
    expect(headings).to_have_count(len(HEADER_IDS))
    assert [headings.nth(i).get_attribute("id") for i in range(len(HEADER_IDS))] == HEADER_IDS
    links = page.get_by_test_id("stHeading").get_by_role("link", name="Link to heading")
    assert [links.nth(i).get_attribute("href") for i in range(len(HEADER_IDS))] == [f"#{i}" for i in HEADER_IDS]


def test_markdown_headings_have_ids_and_links(page):
    main = page.get_by_test_id("stMain").get_by_test_id("stMarkdown")
    anchored = main.get_by_test_id("stHeadingWithActionElements")
    expect(anchored).to_have_count(4)
    ids = [anchored.nth(i).locator("h2, h3, h4").get_attribute("id") for i in range(4)]
    assert ids == ["markdown-hello-world", "aece7aad", "h4-here", "help-b-x-b-colored-code"]
    expect(anchored.nth(3).locator("[data-heading-text]")).to_have_text("Help <b>x</b> colored code")
    expect(anchored.nth(0).get_by_test_id("stHeaderActionElements").get_by_role("link")).to_have_attribute(
        "href", "#markdown-hello-world")
    # Text content as Streamlit's: the link adds none.
    expect(main.nth(0).get_by_test_id("stMarkdownContainer")).to_have_text("Markdown HelloWorld\ntext\n日本語")


def test_sidebar_markdown_headings_have_no_anchor(page):
    side = page.get_by_test_id("stSidebar").get_by_test_id("stMarkdownContainer")
    heading = side.locator("h2")
    expect(heading).to_have_text("Side Head")
    assert heading.get_attribute("id") is None
    expect(side.get_by_test_id("stHeadingWithActionElements")).to_have_count(0)
    expect(heading.locator("span[data-heading-text]")).to_have_count(1)


def test_fenced_code_is_an_st_code(page):
    block = page.get_by_test_id("stMarkdown").filter(has_text="Text before")
    code = block.get_by_test_id("stMarkdownPre").get_by_test_id("stCode")
    expect(code).to_have_count(1)
    expect(code.locator("pre code.language-python")).to_have_text("x = 1")
    assert code.locator("pre code").evaluate("c => c.textContent") == "x = 1"
    # Highlighted as st.code is, and with its copy button.
    expect(code.locator("code .token").first).to_be_attached()
    expect(code.get_by_test_id("stBaseButton-elementToolbar")).to_have_attribute("aria-label", "Copy to clipboard")


def test_code_block_text_is_streamlits(page):
    # One leading and one trailing newline dropped from the block's content, as 1.67 shows it.
    texts = page.get_by_test_id("stMarkdownPre").get_by_test_id("stCode").locator("pre code")
    expect(texts).to_have_count(2)
    assert texts.nth(1).evaluate("c => c.textContent") == "\n  x = 1\n\n"


def test_paragraphs_lose_leading_and_trailing_spaces_as_in_streamlit(page):
    # Read from 1.67's page: a label "  spaced  " is "spaced", a value " 50%" is "50%",
    # and a paragraph's continuation line has no leading spaces.
    expect(page.get_by_test_id("stButton").filter(has_text="spaced").get_by_test_id("stMarkdownContainer")).to_have_text(
        "spaced", use_inner_text=False)
    assert page.get_by_test_id("stButton").filter(has_text="spaced").locator("button").text_content() == "spaced"
    assert page.get_by_test_id("stMetricValue").text_content() == "50%"
    last = page.get_by_test_id("stMain").get_by_test_id("stMarkdownContainer").filter(has_text="line one")
    assert last.text_content() == "line one\nline two"

"""Every element of examples/gallery has the textContent (whitespace included)
and the set of nested data-testids that Streamlit 1.67 shows for the same
script.

The expectation is tests/reference/gallery_text.json, recorded from a real
`streamlit run` page by tests/reference/record_gallery.py; both pages are read
by the same function (tests/reference/element_text.py), element by element in
document order, keyed by (data-testid, n-th of that test id), each element of
a tab read while its tab is selected.

Normalised before comparing (and only this): the file path in the exception's
traceback (the absolute path of the script, which differs between the machine that
recorded it and this one).
"""

import json
import re
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

sys.path.insert(0, str(Path(__file__).resolve().parent / "reference"))
from element_text import collect_by_tab  # noqa: E402

REFERENCE = json.loads((Path(__file__).resolve().parent / "reference" / "gallery_text.json").read_text())
APP = "examples/gallery/app.py"
KEYS = [f"{e['testid']}#{e['n']}" for e in REFERENCE["elements"]]


def normalise(text: str) -> str:
    return re.sub(r'File "[^"]*/app\.py"', 'File "app.py"', text)


@pytest.fixture(scope="module")
def shown(open_app):
    page = open_app(APP)
    expect(page.get_by_test_id("stVegaLiteChart")).to_have_count(5)
    return {f"{e['testid']}#{e['n']}": e for e in collect_by_tab(page)}


def test_reference_was_recorded_from_streamlit_1_67():
    assert REFERENCE["streamlit"] == "1.67.0"
    assert REFERENCE["app"] == APP


def test_same_elements_in_the_same_order(shown):
    assert list(shown) == KEYS


@pytest.mark.parametrize("expected", REFERENCE["elements"], ids=KEYS)
def test_text_content(shown, expected):
    key = f"{expected['testid']}#{expected['n']}"
    assert key in shown, f"{key} is missing"
    assert normalise(shown[key]["text"]) == normalise(expected["text"])


@pytest.mark.parametrize("expected", REFERENCE["elements"], ids=KEYS)
def test_nested_testids(shown, expected):
    key = f"{expected['testid']}#{expected['n']}"
    assert key in shown, f"{key} is missing"
    assert shown[key]["testids"] == expected["testids"]

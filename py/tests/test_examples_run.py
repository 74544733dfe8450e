"""The example apps run to the end without an uncaught error (they must run
unchanged under Streamlit 1.67 too: the gallery was checked with its AppTest)."""

from pathlib import Path

from wasmlit.testing import AppTest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_gallery_runs_through():
    at = AppTest.from_file(str(EXAMPLES / "gallery" / "app.py"), default_timeout=60).run()
    # The only exception is the one st.exception shows on purpose.
    assert [e.value for e in at.exception] == ["An example exception"]
    assert [p.label for p in at.sidebar.get("page_link")] == ["API reference"]
    assert at.markdown.values[-1] == "Colour in the sidebar: Red"

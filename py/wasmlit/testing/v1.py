"""``from wasmlit.testing.v1 import AppTest``: the module path Streamlit uses
(``streamlit.testing.v1``), for tests moved over from Streamlit."""

from wasmlit.testing.app_test import AppTest

__all__ = ["AppTest"]

"""Testing wasmlit apps in plain CPython, with Streamlit's AppTest API.

    from wasmlit.testing import AppTest

    at = AppTest.from_file("app.py").run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Count = 1"

``AppTest`` runs the app through the same runtime the browser uses
(:class:`wasmlit.runtime.app_session.AppSession`) and plays the page's part.
``wasmlit.testing.v1`` is the same, under the module path Streamlit uses.

The pytest plugin (``wasmlit.pytest_plugin``, registered as a ``pytest11``
entry point) adds the ``wasmlit_app`` fixture for browser tests; the helpers
it uses live in :mod:`wasmlit.testing.browser` (which needs Playwright).
"""

from wasmlit.testing.app_test import AppTest
from wasmlit.testing.errors import AppTestError

__all__ = ["AppTest", "AppTestError"]

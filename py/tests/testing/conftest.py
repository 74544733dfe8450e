"""Fixtures of the AppTest tests: which AppTest implementation to test.

``wasmlit`` is always there; ``streamlit`` (``streamlit.testing.v1``) only
where real Streamlit is installed (not in the project's environment), else its
tests are skipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

_real_streamlit: dict[str, object] = {}


def _import_real_streamlit():
    """streamlit.testing.v1.AppTest, or None when Streamlit is not installed.

    Other tests install wasmlit's `streamlit` alias in sys.modules (the
    harness does not undo it); real Streamlit must be what `import streamlit`
    gives while its AppTest runs."""
    from wasmlit import api, errors

    if not _real_streamlit:
        saved = {name: sys.modules.get(name) for name in ("streamlit", "streamlit.errors")}
        if saved["streamlit"] is api:
            sys.modules.pop("streamlit", None)
        if saved["streamlit.errors"] is errors:
            sys.modules.pop("streamlit.errors", None)
        try:
            import streamlit
            import streamlit.errors  # noqa: F401
            from streamlit.testing.v1 import AppTest
        except ImportError:
            for name, module in saved.items():
                if module is not None:
                    sys.modules[name] = module
            _real_streamlit["AppTest"] = None
            return None
        _real_streamlit.update(
            AppTest=AppTest, streamlit=sys.modules["streamlit"], errors=sys.modules["streamlit.errors"]
        )
    if _real_streamlit["AppTest"] is not None:
        sys.modules["streamlit"] = _real_streamlit["streamlit"]  # type: ignore[assignment]
        sys.modules["streamlit.errors"] = _real_streamlit["errors"]  # type: ignore[assignment]
    return _real_streamlit["AppTest"]


def load_app_test(implementation: str):
    if implementation == "wasmlit":
        from wasmlit.testing import AppTest

        return AppTest
    app_test = _import_real_streamlit()
    if app_test is None:
        pytest.skip("streamlit is not installed (the compatibility half runs where it is)")
    return app_test


@pytest.fixture(params=["wasmlit", "streamlit"])
def AppTest(request):  # stands for the class
    """The AppTest class of each implementation in turn."""
    return load_app_test(request.param)

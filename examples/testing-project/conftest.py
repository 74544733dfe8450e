# Only because this sample lives inside the wasmlit repository: a project of
# your own installs wasmlit (`pip install "wasmlit[browser]"`, or
# `pip install "path/to/wasmlit/py[browser]"`) and needs no conftest.py; the
# installed package registers the pytest plugin by itself.
import sys
from pathlib import Path

try:
    import wasmlit  # noqa: F401 - installed, or on PYTHONPATH
except ImportError:  # use this checkout's py/
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "py"))

# Registers the plugin when wasmlit is not installed (when it is, pytest has
# loaded it already under this name and skips it here).
pytest_plugins = ["wasmlit.pytest_plugin"]

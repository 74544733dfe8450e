import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import ScriptHarness  # noqa: E402


@pytest.fixture
def app(tmp_path):
    """app(source, config=None, files=None) -> a harness that has run once."""
    counter = [0]

    def make(source: str, config=None, files=None, control=None, run=True) -> ScriptHarness:
        counter[0] += 1
        harness = ScriptHarness(source, tmp_path / f"app{counter[0]}", config, files, control)
        return harness.run() if run else harness

    return make


@pytest.fixture
def app_file(tmp_path):
    """app_file(source, files=None) -> the path of app.py (dedented source) in a
    new folder with `files` beside it, for AppTest.from_file (local modules,
    data files, .streamlit/config.toml)."""
    counter = [0]

    def make(source: str, files=None) -> Path:
        import textwrap

        counter[0] += 1
        folder = tmp_path / f"apptest{counter[0]}"
        folder.mkdir(parents=True)
        for name, text in (files or {}).items():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(textwrap.dedent(text))
        script = folder / "app.py"
        script.write_text(textwrap.dedent(source))
        return script

    return make

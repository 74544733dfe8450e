import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import ScriptHarness
from wasmlit.protocol_check import problems
from wasmlit.runtime import app_session


@pytest.fixture(autouse=True)
def messages_match_the_schema():
    """Every message a session emits in a test is checked against the typed
    schema (wasmlit.protocol): a wrong tag or a missing/unknown prop fails the test.
    (Its own MonkeyPatch: the test's `monkeypatch` must be undone in the test's order.)"""
    found: list[str] = []
    original_init = app_session.AppSession.__init__

    def init(self, script_path, emit, *args, **kwargs):
        def checked_emit(message):
            found.extend(problems(json.loads(app_session.to_json_text(message))))
            return emit(message)

        original_init(self, script_path, checked_emit, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(app_session.AppSession, "__init__", init)
        yield
    assert not found, "messages that do not match protocol.py:\n" + "\n".join(dict.fromkeys(found))


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

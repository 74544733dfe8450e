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

"""The AppTest scenarios (scenarios.py) against wasmlit.testing.AppTest and,
where Streamlit is installed, streamlit.testing.v1.AppTest: each must pass
with both, and both must observe the same.

Run the Streamlit half with an interpreter that has Streamlit, e.g.
``/path/to/venv-with-streamlit/bin/python -m pytest py/tests/testing``.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import load_app_test
from scenarios import SCENARIOS

# Observations known to differ from Streamlit: {(scenario, observation): reason}.
# The identical-results test checks that these (and only these) differ.
KNOWN_DIFFERENCES: dict[tuple[str, str], str] = {}


def observe(implementation: str, name: str) -> list[tuple[str, Any]]:
    app_test = load_app_test(implementation)
    observations: list[tuple[str, Any]] = []
    SCENARIOS[name](app_test, lambda key, value: observations.append((key, value)))
    return observations


@pytest.mark.parametrize("name", sorted(SCENARIOS))
@pytest.mark.parametrize("implementation", ["wasmlit", "streamlit"])
def test_scenario(implementation, name):
    observe(implementation, name)


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_identical_results(name):
    load_app_test("streamlit")  # skips when Streamlit is not installed
    ours = dict(observe("wasmlit", name))
    theirs = dict(observe("streamlit", name))
    assert list(ours) == list(theirs)
    differing = {key for key in ours if ours[key] != theirs[key]}
    expected = {key for (scenario, key) in KNOWN_DIFFERENCES if scenario == name}
    report = "\n".join(
        f"  {key}:\n    wasmlit:   {ours[key]!r}\n    streamlit: {theirs[key]!r}" for key in sorted(differing)
    )
    assert differing == expected, f"observations that differ from Streamlit's AppTest:\n{report}"

"""The Arrow tables custom components get for dataframes: the node:test unit
tests in tests/js/component_arrow.test.mjs (web/app/elements/component-arrow.js
with the apache-arrow the page bundles), run here so pytest covers them too."""

import subprocess

from conftest import ROOT


def test_component_arrow_unit_tests_pass():
    result = subprocess.run(["node", "--test", str(ROOT / "tests" / "js" / "component_arrow.test.mjs")],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "# pass 4" in result.stdout and "# fail 0" in result.stdout

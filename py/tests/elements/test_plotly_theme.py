"""Streamlit's Plotly template: registered as Plotly's default as soon as the
app loads Plotly's figure classes (before any st.plotly_chart), with the
placeholder colours the page replaces."""

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("plotly")

PY_ROOT = Path(__file__).resolve().parents[2]


def _run(code: str) -> str:
    """Runs `code` in a fresh interpreter (the template is process-wide)."""
    result = subprocess.run([sys.executable, "-c", code], cwd=PY_ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_figures_built_after_importing_streamlit_carry_the_template():
    out = _run(
        "import wasmlit.api\n"
        "import plotly.graph_objects as go\n"
        "import plotly.io as pio\n"
        "layout = go.Figure().layout.template.layout\n"
        "print(pio.templates.default, layout.colorway[0], layout.colorway[-1], layout.colorscale.diverging[-1][1])\n"
    )
    assert out == "streamlit #000001 #000010 #000030"


def test_plotly_loaded_before_wasmlit_is_set_up_at_once():
    out = _run("import plotly.graph_objs\nimport wasmlit.api\nimport plotly.io as pio\nprint(pio.templates.default)\n")
    assert out == "streamlit"


def test_a_default_chosen_by_the_script_is_kept():
    out = _run(
        "import wasmlit.api\n"
        "import plotly.io as pio\n"
        "pio.templates.default = 'plotly_dark'\n"
        "from wasmlit.elements import plotly_theme\n"
        "plotly_theme.ensure_configured()\n"
        "print(pio.templates.default)\n"
    )
    assert out == "plotly_dark"


def test_template_placeholders():
    from wasmlit.elements import plotly_theme

    template = plotly_theme.template_dict()
    assert template["layout"]["colorway"] == [f"#{n:06d}" for n in range(1, 11)]
    assert template["layout"]["colorscale"]["sequential"][0] == [0.0, "#000011"]
    assert template["layout"]["colorscale"]["sequential"][-1] == [1.0, "#000020"]
    assert template["data"]["waterfall"][0]["totals"] == {"marker": {"color": "#000034"}}
    assert template["data"]["table"][0]["header"]["fill"] == {"color": "#000040"}

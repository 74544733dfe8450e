"""Streamlit's Plotly template, registered as "streamlit" and made Plotly's
default template (as importing Streamlit does).

Its colours are placeholders (#000001 ...): the page swaps them for the active
theme's colours when it draws a chart with ``theme="streamlit"``, or for
Plotly's own colours with ``theme=None`` (web/app/elements/plotly-theme.js
has the same table). Python cannot know the page's theme, so the template
only marks where each kind of colour goes.
"""

from __future__ import annotations

from typing import Any

TEMPLATE_NAME = "streamlit"


def _placeholder(number: int) -> str:
    return f"#{number:06d}"


CATEGORY = [_placeholder(n) for n in range(1, 11)]  # #000001 ... #000010
SEQUENTIAL = [_placeholder(n) for n in range(11, 21)]  # #000011 ... #000020
DIVERGING = [_placeholder(n) for n in range(21, 31)]  # #000021 ... #000030
INCREASING, DECREASING, TOTAL = _placeholder(32), _placeholder(33), _placeholder(34)
GRAY_70, GRAY_90 = _placeholder(36), _placeholder(37)
BG_COLOR, FADED_TEXT_05, BG_MIX = _placeholder(38), _placeholder(39), _placeholder(40)

_configured = False


def colorscale(colors: list[str]) -> list[list[Any]]:
    """Evenly spaced stops, Plotly's [[position, colour], ...] form."""
    last = len(colors) - 1
    return [[i / last, color] for i, color in enumerate(colors)]


def template_dict() -> dict[str, Any]:
    """The template as a plain dict (Plotly validates it into a Template)."""
    sequential = colorscale(SEQUENTIAL)
    # Trace types whose colours a layout colorway does not reach.
    data = {
        "candlestick": [{"increasing": {"line": {"color": INCREASING}}, "decreasing": {"line": {"color": DECREASING}}}],
        "contour": [{"colorscale": sequential}],
        "contourcarpet": [{"colorscale": sequential}],
        "heatmap": [{"colorscale": sequential}],
        "histogram2d": [{"colorscale": sequential}],
        "icicle": [{"textfont": {"color": "white"}}],
        "sankey": [{"textfont": {"color": GRAY_70}}],
        "scatter": [{"marker": {"line": {"width": 0}}}],
        "table": [
            {
                "cells": {"fill": {"color": BG_COLOR}, "font": {"color": GRAY_90}, "line": {"color": FADED_TEXT_05}},
                "header": {"font": {"color": GRAY_70}, "line": {"color": FADED_TEXT_05}, "fill": {"color": BG_MIX}},
            }
        ],
        "waterfall": [
            {
                "increasing": {"marker": {"color": INCREASING}},
                "decreasing": {"marker": {"color": DECREASING}},
                "totals": {"marker": {"color": TOTAL}},
                "connector": {"line": {"color": GRAY_70, "width": 2}},
            }
        ],
    }
    layout = {
        "colorway": list(CATEGORY),
        "colorscale": {"sequential": sequential, "sequentialminus": sequential, "diverging": colorscale(DIVERGING)},
        "coloraxis": {"colorscale": sequential},
    }
    return {"data": data, "layout": layout}


def ensure_configured() -> None:
    """Registers the template and makes it the default, once per session's
    Python (a script may choose another default afterwards, as in Streamlit)."""
    global _configured
    if _configured:
        return
    import plotly.io as pio

    pio.templates[TEMPLATE_NAME] = template_dict()
    pio.templates.default = TEMPLATE_NAME
    _configured = True

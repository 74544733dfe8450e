"""st.plotly_chart: the figure's JSON (Streamlit's template in it), sizes, the
PlotlyState a chart with on_select returns (from the page's selection and in
st.session_state), callbacks, and Streamlit 1.67's errors."""

import json

import pytest

pytest.importorskip("plotly")

from wasmlit.runtime.rerun_data import RerunData
from wasmlit.testing import AppTest

APP = """
import streamlit as st
import plotly.graph_objects as go

fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[4, 1, 2], mode="markers"))
event = st.plotly_chart(fig, key="pl", on_select="rerun", selection_mode=["points", "box"])
st.write(type(event).__name__, type(event.selection).__name__, event.selection is event["selection"])
st.write(f"indices {event.selection.point_indices} boxes {len(event.selection.box)}")
st.write(f"state {st.session_state.pl.selection.point_indices}")
"""

SELECTION = {
    "selection": {
        "points": [{"curve_number": 0, "point_number": 1, "point_index": 1, "x": 2, "y": 1}],
        "point_indices": [1],
        "box": [{"xref": "x", "yref": "y", "x": [1.5, 2.5], "y": [0, 2]}],
        "lasso": [],
    }
}


def _chart_props(at, index=-1):
    return [m["node"]["props"] for m in at._messages if m["type"] == "delta" and m["node"]["type"] == "plotlyChart"][
        index
    ]


def _texts(at):
    return [
        m["node"]["props"]["body"] for m in at._messages if m["type"] == "delta" and m["node"]["type"] == "markdown"
    ]


def test_selection_state_from_the_page(app_file):
    at = AppTest.from_file(app_file(APP)).run()
    props = _chart_props(at)
    assert props["selectionMode"] == ["box", "points"]
    assert props["key"] == "pl" and props["id"].endswith("-pl")
    assert json.loads(props["value"]) == {"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}}
    assert at.markdown.values[:2] == ["PlotlyState PlotlySelectionState `True`", "indices [] boxes 0"]
    at._session.handle_rerun(RerunData(widgets={props["id"]: json.dumps(SELECTION)}))
    assert _texts(at)[-2:] == ["indices [1] boxes 1", "state [1]"]
    assert at._session.session_state["pl"] == SELECTION


def test_app_test_sees_an_unknown_element_with_the_state(app_file):
    at = AppTest.from_file(app_file(APP)).run()
    (chart,) = at.get("plotly_chart")
    assert type(chart).__name__ == "UnknownElement"
    assert chart.key == "pl"
    assert chart.value == {"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}}
    assert at.session_state["pl"] == chart.value


def test_state_is_read_only(app_file):
    at = AppTest.from_file(
        app_file(
            APP
            + """
for change in (lambda: setattr(event.selection, "points", []), lambda: event["selection"].clear(),
               lambda: event.update({})):
    try:
        change()
    except TypeError as e:
        st.write(str(e).split(" because")[0])
"""
        )
    ).run()
    assert at.markdown.values[-3:] == ["Widget state is read-only"] * 3


def test_figure_json_carries_streamlits_template_and_sizes(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        import plotly.graph_objects as go
        fig = go.Figure(go.Bar(x=[1, 2], y=[3, 4]))
        fig.update_layout(width=600, height=300)
        st.plotly_chart(fig, width="content", height="content", config={"displayModeBar": False}, alt=" Bars ")
        st.plotly_chart({"data": [{"type": "bar", "x": [1], "y": [2]}]}, theme=None, use_container_width=False)
        st.plotly_chart([{"type": "scatter", "y": [1, 2]}], width=400, height="stretch")
    """)
    ).run()
    first, second, third = (_chart_props(at, i) for i in range(3))
    spec = json.loads(first["spec"])
    assert spec["data"][0]["type"] == "bar"
    assert spec["layout"]["template"]["layout"]["colorway"][:2] == ["#000001", "#000002"]
    assert (first["theme"], json.loads(first["config"]), first["alt"]) == (
        "streamlit",
        {"displayModeBar": False},
        "Bars",
    )
    assert (first["width"], first["height"], first["useContainerWidth"]) == (600, 300, False)
    # A dict is validated into a figure too (template included); its size defaults to plotly.js's.
    assert json.loads(second["spec"])["layout"]["template"]["data"]["scatter"] == [
        {"marker": {"line": {"width": 0}}, "type": "scatter"}
    ]
    assert (second["theme"], second["width"], second["height"]) == ("", 700, 450)
    assert (third["width"], third["height"], third["useContainerWidth"]) == (400, "stretch", False)
    assert "id" not in first and [c.key for c in at.get("plotly_chart")] == [None, None, None]


def test_callback_runs_before_the_script(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        import plotly.graph_objects as go
        def picked():
            st.session_state.log = st.session_state.chart.selection.point_indices
        st.plotly_chart(go.Figure(go.Scatter(y=[1, 2])), key="chart", on_select=picked)
        st.write(f"log {st.session_state.get('log')}")
    """)
    ).run()
    props = _chart_props(at)
    at._session.handle_rerun(RerunData(widgets={props["id"]: json.dumps(SELECTION)}))
    assert _texts(at)[-1] == "log [1]"


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            "st.plotly_chart(fig, theme='dark')",
            "StreamlitValueError",
            "Invalid `theme` value. Supported values: 'streamlit', None.",
        ),
        (
            "st.plotly_chart(fig, on_select='bad')",
            "StreamlitValueError",
            "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
        (
            "st.plotly_chart(fig, on_select=None)",
            "StreamlitValueError",
            "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
        (
            "st.plotly_chart(fig, on_select='rerun', selection_mode='foo')",
            "StreamlitValueError",
            "Invalid `selection_mode` value. Supported values: 'box', 'lasso', 'points'.",
        ),
        (
            "st.plotly_chart(fig, width='big')",
            "StreamlitInvalidWidthError",
            "Invalid width value: 'big'. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
        ),
        (
            "st.plotly_chart(42)",
            "PlotlyError",
            "The `figure_or_data` positional argument must be `dict`-like, `list`-like, or an instance of "
            "plotly.graph_objs.Figure",
        ),
        (
            "st.session_state.k = 1\nst.plotly_chart(fig, key='k', on_select='rerun')",
            "StreamlitValueAssignmentNotAllowedError",
            "`st.session_state['k']` is read-only and cannot be assigned through session state.",
        ),
        (
            "st.plotly_chart(fig, key='k')\nst.plotly_chart(fig, key='k')",
            "StreamlitDuplicateElementKey",
            "There are multiple elements with the same `key='k'`.",
        ),
    ],
)
def test_errors(app_file, call, error, message):
    at = AppTest.from_file(
        app_file(f"import streamlit as st\nimport plotly.graph_objects as go\nfig = go.Figure(go.Bar(y=[1]))\n{call}\n")
    ).run()
    (exc,) = at.exception
    assert exc._props["type"].rsplit(".", 1)[-1] == error  # Streamlit's AppTest: .proto.type
    assert exc.message.startswith(message)


def test_callback_in_a_form_is_refused(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        import plotly.graph_objects as go
        with st.form("f"):
            st.plotly_chart(go.Figure(go.Bar(y=[1])), on_select=lambda: None)
            st.form_submit_button()
    """)
    ).run()
    (exc,) = at.exception
    assert exc.message.startswith("Within a form, callbacks can only be defined on `st.form_submit_button`.")

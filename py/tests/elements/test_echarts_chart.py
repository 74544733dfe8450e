"""st.echarts_chart: the option's JSON, dataframe sources, sizes, the
EChartsState a chart with on_select returns (from the page's selection and in
st.session_state), callbacks, keys, forms, and Streamlit 1.67's errors (texts
taken from Streamlit 1.67 itself)."""

import json

import pytest

from wasmlit.runtime.rerun_data import RerunData
from wasmlit.testing import AppTest

APP = """
import streamlit as st

option = {
    "xAxis": {"type": "category", "data": ["A", "B", "C"]},
    "yAxis": {"type": "value"},
    "series": [{"type": "bar", "id": "sales", "selectedMode": "multiple", "data": [5, 20, 36]}],
}
event = st.echarts_chart(option, key="ec", on_select="rerun")
st.write(type(event).__name__, type(event.selection).__name__, event.selection is event["selection"])
st.write(f"selected {event.selection.selected} areas {event['selection']['areas']}")
st.write(f"state {st.session_state.ec.selection.selected}")
"""

SELECTION = {
    "selection": {
        "selected": [
            {"series_index": 0, "series_id": "sales", "series_name": None, "data_type": "main", "data_indices": [1, 2]}
        ],
        "areas": [{"brush_index": 0, "brush_type": "lineX", "coord_range": [0.5, 2.5]}],
    }
}


def _chart_props(at, index=-1):
    return [m["node"]["props"] for m in at._messages if m["type"] == "delta" and m["node"]["type"] == "echartsChart"][
        index
    ]


def _texts(at):
    return [
        m["node"]["props"]["body"] for m in at._messages if m["type"] == "delta" and m["node"]["type"] == "markdown"
    ]


def test_selection_state_from_the_page(app_file):
    at = AppTest.from_file(app_file(APP)).run()
    props = _chart_props(at)
    assert props["key"] == "ec" and props["id"].endswith("-ec") and props["elementId"] == props["id"]
    assert props["selectionActivated"] is True and props["formId"] == ""
    assert json.loads(props["value"]) == {"selection": {"selected": [], "areas": []}}
    assert at.markdown.values[:2] == ["EChartsState EChartsSelectionState `True`", "selected [] areas []"]
    at._session.handle_rerun(RerunData(widgets={props["id"]: json.dumps(SELECTION)}))
    assert _texts(at)[-2] == (
        "selected [{'series_index': 0, 'series_id': 'sales', 'series_name': None, 'data_type': 'main', "
        "'data_indices': [1, 2]}] areas [{'brush_index': 0, 'brush_type': 'lineX', 'coord_range': [0.5, 2.5]}]"
    )
    assert at._session.session_state["ec"] == SELECTION


def test_a_partial_page_value_gets_both_lists(app_file):
    at = AppTest.from_file(app_file(APP)).run()
    props = _chart_props(at)
    at._session.handle_rerun(RerunData(widgets={props["id"]: json.dumps({"selection": {"areas": []}})}))
    assert _texts(at)[-2] == "selected [] areas []"


def test_app_test_sees_an_unknown_element_with_the_state(app_file):
    at = AppTest.from_file(app_file(APP)).run()
    (chart,) = at.get("echarts_chart")
    assert type(chart).__name__ == "UnknownElement"
    assert chart.key == "ec"
    assert chart.value == {"selection": {"selected": [], "areas": []}}
    assert at.session_state["ec"] == chart.value


def test_state_is_read_only(app_file):
    at = AppTest.from_file(
        app_file(
            APP
            + """
for change in (lambda: setattr(event.selection, "selected", []), lambda: event["selection"].clear(),
               lambda: event.update({})):
    try:
        change()
    except TypeError as e:
        st.write(str(e).split(" because")[0])
"""
        )
    ).run()
    assert at.markdown.values[-3:] == ["Widget state is read-only"] * 3


def test_display_only_charts_return_a_delta_generator(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        r = st.echarts_chart({"series": [{"type": "line", "data": [1, 2]}]})
        st.write(type(r).__name__)
        st.echarts_chart({"series": [{"type": "line", "data": [1, 2]}]})
        st.echarts_chart({"series": []}, key="plain", theme=None, renderer="svg", width="content", height=200, alt=" Sales ")
        st.echarts_chart('{"series": [{"type": "pie", "data": [1]}]}', width=300, height="stretch")
    """)
    ).run()
    assert not at.exception
    assert at.markdown.values == ["DeltaGenerator"]
    first, _, keyed, text = (_chart_props(at, i) for i in range(4))
    assert json.loads(first["spec"]) == {"series": [{"type": "line", "data": [1, 2]}]}
    assert (first["theme"], first["renderer"], first["width"], first["height"]) == (
        "streamlit",
        "canvas",
        "stretch",
        350,
    )
    assert first["elementId"] is None and "id" not in first and first["selectionActivated"] is False
    assert keyed["elementId"].endswith("-plain") and "id" not in keyed
    assert (keyed["theme"], keyed["renderer"], keyed["width"], keyed["height"], keyed["alt"]) == (
        "",
        "svg",
        700,
        200,
        "Sales",
    )
    assert (text["width"], text["height"]) == (300, "stretch")
    # Pixel widths ("content" included) size the element container, as in Streamlit.
    assert (keyed["layout"], text["layout"], "layout" in first) == ({"width": 700}, {"width": 300}, False)
    assert [c.key for c in at.get("echarts_chart")] == [None, None, "plain", None]


def test_the_callers_option_is_not_changed(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        option = {"dataset": {"source": [["a", 1]]}, "series": [{"type": "bar"}]}
        st.echarts_chart(option)
        st.write(str(option))
    """)
    ).run()
    assert at.markdown.values == ["{'dataset': {'source': [['a', 1]]}, 'series': [{'type': 'bar'}]}"]
    assert _chart_props(at)["datasets"] == []


class _PyechartsLike:
    """What st.echarts_chart reads from a pyecharts chart: dump_options(), width, height."""

    def __init__(self, width="900px", height="500px"):
        self.width, self.height = width, height

    def dump_options(self):
        return json.dumps({"xAxis": {"data": ["x"]}, "yAxis": {}, "series": [{"type": "bar", "data": [3]}]})


def test_pyecharts_charts_by_duck_typing_and_their_own_size():
    from wasmlit.elements import echarts_chart as ec

    option, datasets = ec.normalize_spec(_PyechartsLike())
    assert option["series"] == [{"type": "bar", "data": [3]}] and datasets == []
    # pyecharts' own defaults say nothing: Streamlit's sizes.
    assert (
        ec.resolve_size("content", _PyechartsLike(), "width"),
        ec.resolve_size("content", _PyechartsLike(), "height"),
    ) == (700, 350)
    chosen = _PyechartsLike("640px", "100%")
    assert (ec.resolve_size("content", chosen, "width"), ec.resolve_size("content", chosen, "height")) == (
        640,
        "stretch",
    )
    assert ec.resolve_size("content", _PyechartsLike("20em", 360), "width") == 700
    assert ec.resolve_size("content", _PyechartsLike("20em", 360), "height") == 360
    assert ec.resolve_size(500, chosen, "width") == 500


def test_dataframe_sources_travel_as_named_frames(app_file):
    pytest.importorskip("pandas")
    at = AppTest.from_file(
        app_file("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"day": ["Mon", "Tue"], "sales": [120, 200]})
        st.echarts_chart({"dataset": [{"source": df}, {"source": df}], "xAxis": {"type": "category"},
                          "yAxis": {}, "series": [{"type": "bar"}]})
    """)
    ).run()
    props = _chart_props(at)
    (dataset,) = props["datasets"]
    spec = json.loads(props["spec"])
    assert spec["dataset"] == [{"source": {"name": dataset["name"]}}] * 2
    columns = dataset["data"]["columns"]
    assert [(c["name"], c["values"]) for c in columns] == [("day", ["Mon", "Tue"]), ("sales", [120, 200])]


def test_selection_warning_when_the_spec_enables_none():
    from wasmlit.elements import echarts_chart as ec

    assert not ec.enables_selection({"series": [{"type": "bar"}], "legend": {"selectedMode": True}})
    assert ec.enables_selection({"series": [{"type": "bar", "selectedMode": "single"}]})
    assert ec.enables_selection({"brush": {}})
    assert ec.enables_selection({"toolbox": [{"feature": {"brush": {}}}]})
    assert ec.enables_selection({"baseOption": {"series": [{"selectedMode": True}]}})


def test_number_formats_for_tooltip_value_formatters():
    from wasmlit.elements import echarts_chart as ec

    assert all(ec.is_number_format(f) for f in ("dollar", "compact", "%.2f", "%,d sessions", "%.1f%%"))
    assert not any(ec.is_number_format(f) for f in ("{value} €", "100%%", "", None, 3))


def test_callback_runs_before_the_script(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        def picked():
            st.session_state.log = st.session_state.chart.selection.selected[0]["data_indices"]
        st.echarts_chart({"series": [{"type": "bar", "selectedMode": True, "data": [1, 2, 3]}]}, key="chart", on_select=picked)
        st.write(f"log {st.session_state.get('log')}")
    """)
    ).run()
    props = _chart_props(at)
    at._session.handle_rerun(RerunData(widgets={props["id"]: json.dumps(SELECTION)}))
    assert _texts(at)[-1] == "log [1, 2]"


def test_in_a_form_the_chart_carries_the_form_id(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        with st.form("f"):
            st.echarts_chart({"series": [{"type": "bar", "selectedMode": True, "data": [1]}]}, on_select="rerun")
            st.form_submit_button()
    """)
    ).run()
    assert not at.exception and _chart_props(at)["formId"] == "f"


def test_unkeyed_widget_identity_follows_the_parameters(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        st.echarts_chart({"series": [{"type": "bar", "data": [1]}]}, on_select="rerun")
        st.echarts_chart({"series": [{"type": "bar", "data": [2]}]}, on_select="rerun")
        st.echarts_chart({"series": [{"type": "bar", "data": [1]}]})
        st.echarts_chart({"series": [{"type": "bar", "data": [1]}]})
    """)
    ).run()
    assert not at.exception
    assert _chart_props(at, 0)["id"] != _chart_props(at, 1)["id"]


OPT = '{"series": []}'
CALLBACKS = (
    "The provided ECharts spec contains JavaScript callbacks (e.g. `function` values or `JsCode`), which "
    "`st.echarts_chart` does not support. Only JSON-compatible option objects are supported. Use ECharts "
    "string-template formatters instead of JavaScript functions."
)
NOT_JSON_TAIL = (
    " `st.echarts_chart` only supports JSON-compatible option objects. Pass chart data as a dataframe in "
    "`dataset.source`, which converts datetimes, NumPy values, and missing values automatically. Values anywhere "
    "else (for example `series.data`) must already be plain Python values such as `int`, `float`, `str`, `None`, "
    "lists, and dicts."
)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            f"st.echarts_chart({OPT}, on_select='bogus')",
            "StreamlitValueError",
            "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
        (
            f"st.echarts_chart({OPT}, on_select=None)",
            "StreamlitValueError",
            "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
        (
            f"st.echarts_chart({OPT}, theme='dark')",
            "StreamlitValueError",
            "Invalid `theme` value. Supported values: 'streamlit', None.",
        ),
        (
            f"st.echarts_chart({OPT}, renderer='webgl')",
            "StreamlitValueError",
            "Invalid `renderer` value. Supported values: 'canvas', 'svg'.",
        ),
        (
            f"st.echarts_chart({OPT}, width='big')",
            "StreamlitInvalidWidthError",
            "Invalid width value: 'big'. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
        ),
        (
            f"st.echarts_chart({OPT}, width=0)",
            "StreamlitInvalidWidthError",
            "Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
        ),
        (
            f"st.echarts_chart({OPT}, height=-5)",
            "StreamlitInvalidHeightError",
            "Invalid height value: -5. Height must be either a positive integer (pixels), 'stretch', or 'content'.",
        ),
        (
            "st.echarts_chart(5)",
            "StreamlitInvalidParameterTypeError",
            "Invalid `spec` type. Expected one of: dict, str, pyecharts chart. Provided type: int.",
        ),
        (
            "st.echarts_chart([1, 2])",
            "StreamlitInvalidParameterTypeError",
            "Invalid `spec` type. Expected one of: dict, str, pyecharts chart. Provided type: list.",
        ),
        (
            "st.echarts_chart('[1, 2]')",
            "StreamlitInvalidParameterTypeError",
            "Invalid `spec` type. Expected one of: dict. Provided type: list. An ECharts spec must be a JSON object (mapping).",
        ),
        (
            "st.echarts_chart('{nope')",
            "StreamlitAPIException",
            "The provided ECharts spec could not be parsed as JSON. `st.echarts_chart` only supports JSON-compatible "
            "option objects.",
        ),
        ("""st.echarts_chart('{"a": function (x) {return x}}')""", "StreamlitAPIException", CALLBACKS),
        ("""st.echarts_chart('{"a": "--x_x--function(){}--x_x--"}')""", "StreamlitAPIException", CALLBACKS),
        (
            "st.echarts_chart({'series': [{'type': 'bar', 'data': [float('nan')]}]})",
            "StreamlitAPIException",
            "The provided ECharts spec is not JSON-serializable. `series[0].data[0]` is `NaN`. Use `None` for missing "
            "or non-finite numbers." + NOT_JSON_TAIL,
        ),
        (
            "import datetime\nst.echarts_chart({'series': [{'data': [datetime.date(2020, 1, 1)]}]})",
            "StreamlitAPIException",
            "The provided ECharts spec is not JSON-serializable. `series[0].data[0]` is a `datetime.date`. Convert it "
            "with `.isoformat()`." + NOT_JSON_TAIL,
        ),
        (
            "st.echarts_chart({'series': [{'type': 'bar', 'data': [object()]}]})",
            "StreamlitAPIException",
            "The provided ECharts spec is not JSON-serializable. `series[0].data[0]` is a `object`. Convert it to a "
            "plain Python value." + NOT_JSON_TAIL,
        ),
        (
            "st.echarts_chart({'tooltip': {'formatter': len}})",
            "StreamlitAPIException",
            "The provided ECharts spec is not JSON-serializable. `tooltip.formatter` is a `builtin_function_or_method`. "
            'Use an ECharts string template such as `"{b}: {c}"` instead of a callback.' + NOT_JSON_TAIL,
        ),
        (
            "st.echarts_chart({'series': [{'type': 'bar3D'}]})",
            "StreamlitAPIException",
            "The provided ECharts spec uses the `bar3D` series, which requires the ECharts GL extension. "
            "`st.echarts_chart` does not support 3D or WebGL charts.",
        ),
        (
            "st.echarts_chart({'grid3D': {}, 'series': []})",
            "StreamlitAPIException",
            "The provided ECharts spec uses the `grid3D` component, which requires the ECharts GL extension. "
            "`st.echarts_chart` does not support 3D or WebGL charts.",
        ),
        (
            "st.echarts_chart({'series': [{'type': 'wordCloud'}]})",
            "StreamlitAPIException",
            "The provided ECharts spec uses the `wordCloud` series, which requires the `echarts-wordcloud` extension. "
            "`st.echarts_chart` bundles only core ECharts, so this chart would render empty.",
        ),
        (
            "st.echarts_chart({'series': [{'type': 'custom'}]})",
            "StreamlitAPIException",
            "The provided ECharts spec uses a `custom` series, which requires a JavaScript `renderItem` callback. "
            "`st.echarts_chart` only supports JSON-compatible option objects, so custom series are not supported.",
        ),
        (
            "st.echarts_chart({'geo': {}, 'series': []})",
            "StreamlitAPIException",
            "The provided ECharts spec uses a map or geo coordinate system, which requires registering GeoJSON map "
            "data. `st.echarts_chart` does not support map charts.",
        ),
        (
            "st.echarts_chart({'series': [{'type': 'map'}]})",
            "StreamlitAPIException",
            "The provided ECharts spec uses a map or geo coordinate system",
        ),
        (
            "st.echarts_chart({'media': 5, 'series': []})",
            "StreamlitAPIException",
            "The provided ECharts spec has a `media` value that is not a list. `st.echarts_chart` only supports "
            "JSON-compatible option objects.",
        ),
        (
            f"st.session_state.k = {{'selection': {{}}}}\nst.echarts_chart({OPT}, on_select='rerun', key='k')",
            "StreamlitValueAssignmentNotAllowedError",
            "`st.session_state['k']` is read-only and cannot be assigned through session state.",
        ),
        (
            f"st.echarts_chart({OPT}, key='a')\nst.echarts_chart({OPT}, key='a')",
            "StreamlitDuplicateElementKey",
            "There are multiple elements with the same `key='a'`.",
        ),
        (
            f"st.echarts_chart({OPT}, on_select='rerun')\nst.echarts_chart({OPT}, on_select='rerun')",
            "StreamlitDuplicateElementId",
            "There are multiple `echarts_chart` elements with the same auto-generated ID.",
        ),
        (
            f"st.echarts_chart({OPT}, 'stretch')",
            "TypeError",
            "EChartsMixin.echarts_chart() takes 2 positional arguments but 3 were given",
        ),
    ],
)
def test_errors(app_file, call, error, message):
    at = AppTest.from_file(app_file(f"import streamlit as st\n{call}\n")).run()
    (exc,) = at.exception
    assert exc._props["type"].rsplit(".", 1)[-1] == error  # Streamlit's AppTest: .proto.type
    assert exc.message.startswith(message)


def test_a_dict_with_jscode_text_is_accepted_as_in_streamlit(app_file):
    # Streamlit checks for pyecharts' JsCode only in JSON text (what pyecharts dumps).
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        st.echarts_chart({"tooltip": {"formatter": "--x_x--function(){}--x_x--"}})
    """)
    ).run()
    assert not at.exception


def test_callback_in_a_form_is_refused(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        with st.form("f"):
            st.echarts_chart({"series": []}, on_select=lambda: None)
            st.form_submit_button()
    """)
    ).run()
    (exc,) = at.exception
    assert exc.message.startswith("Within a form, callbacks can only be defined on `st.form_submit_button`.")


def test_a_selection_in_a_fragment_reruns_only_the_fragment(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.write(f"runs {st.session_state.runs}")

        @st.fragment
        def part():
            event = st.echarts_chart({"series": [{"type": "bar", "selectedMode": True, "data": [1, 2]}]}, key="fr", on_select="rerun")
            st.write(f"fragment {[g['data_indices'] for g in event.selection.selected]}")

        part()
    """)
    ).run()
    fragment_id = next(iter(at._session.runner.ctx.fragment_storage.fragments))
    props = _chart_props(at)
    at._session.handle_rerun(RerunData(widgets={props["id"]: json.dumps(SELECTION)}, fragment_ids=[fragment_id]))
    assert _texts(at)[-1] == "fragment [[1, 2]]"
    assert [t for t in _texts(at) if t.startswith("runs")] == ["runs 1"]

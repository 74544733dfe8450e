"""st.table / st.dataframe wire form and the built-in charts' Vega-Lite specs
(checked against what Streamlit 1.67 produces for the same calls)."""

import datetime
import json

import pytest

from wasmlit.elements import frame as frames


def props_of(a, kind):
    return [n.props for n in a.of_type(kind)]


# --------------------------------------------------------------------------- frames


def test_list_of_dicts_is_columns_with_a_range_index():
    frame = frames.to_wire(frames.to_frame([{"a": 1, "b": "x"}, {"a": 2.5, "c": True}]))
    assert frame["numRows"] == 2
    assert frame["index"] == [{"name": "", "type": "range", "start": 0, "step": 1}]
    assert frame["columns"] == [
        {"name": "a", "type": "float", "values": [1, 2.5]},
        {"name": "b", "type": "string", "values": ["x", None]},
        {"name": "c", "type": "bool", "values": [None, True]},
    ]


def test_dict_of_lists_rows_of_lists_values_and_key_values():
    assert [c["name"] for c in frames.to_wire(frames.to_frame({"x": [1], "y": [2]}))["columns"]] == ["x", "y"]
    rows = frames.to_wire(frames.to_frame([[1, "a"], (2, "b", 3)]))
    assert [c["name"] for c in rows["columns"]] == ["0", "1", "2"]
    assert rows["columns"][2]["values"] == [None, 3]
    values = frames.to_wire(frames.to_frame([3, 4]))
    assert values["columns"] == [{"name": "value", "type": "integer", "values": [3, 4]}]
    kv = frames.to_wire(frames.to_frame({"k1": 1, "k2": None}))
    assert kv["index"] == [{"name": "", "type": "string", "values": ["k1", "k2"]}]
    assert kv["columns"] == [{"name": "value", "type": "integer", "values": [1, None]}]


def test_values_are_json_safe():
    wire = frames.to_wire(
        frames.to_frame(
            {
                "f": [float("nan"), float("inf"), 1.5],
                "d": [datetime.date(2024, 1, 2), datetime.datetime(2024, 1, 2, 3, 4, 5), None],
                "t": [datetime.time(1, 2), None, None],
                "o": [[1], {"a": 1}, None],
            }
        )
    )
    cols = {c["name"]: c for c in wire["columns"]}
    assert cols["f"]["values"] == [None, None, 1.5]
    assert cols["d"]["type"] == "object" or cols["d"]["type"] == "datetime"
    assert cols["d"]["values"] == ["2024-01-02", "2024-01-02T03:04:05", None]
    assert cols["t"] == {"name": "t", "type": "time", "values": ["01:02:00", None, None]}
    assert cols["o"]["values"] == ["[1]", "{'a': 1}", None]
    json.dumps(wire, allow_nan=False)


def test_unconvertible_data_raises_streamlit_error(app):
    a = app("import streamlit as st\nst.dataframe(42)")
    assert (
        a.exceptions
        and "Unable to convert object of type `<class 'int'>` to `pandas.DataFrame`" in a.exceptions[0].props["message"]
    )


def test_pandas_and_numpy_inputs():
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    df = pd.DataFrame(
        {"a": [1.0, np.nan], "when": pd.to_datetime(["2024-01-02", None])}, index=pd.Index(["r1", "r2"], name="id")
    )
    wire = frames.to_wire(frames.to_frame(df))
    assert wire["index"] == [{"name": "id", "type": "string", "values": ["r1", "r2"]}]
    assert wire["columns"][0] == {"name": "a", "type": "float", "values": [1.0, None]}
    assert wire["columns"][1]["values"] == ["2024-01-02T00:00:00", None]
    assert frames.to_frame(pd.Series([1, 2], name="s")).column_names() == ["s"]
    matrix = frames.to_wire(frames.to_frame(np.array([[1, 2], [3, 4]])))
    assert [c["values"] for c in matrix["columns"]] == [[1, 3], [2, 4]]
    assert frames.to_frame(np.array([[1, 2], [3, 4]])).data_format == frames.NUMPY_MATRIX

    class Lazy:
        def to_pandas(self):
            return pd.DataFrame({"z": [9]})

    assert frames.to_wire(frames.to_frame(Lazy()))["columns"] == [{"name": "z", "type": "integer", "values": [9]}]


# --------------------------------------------------------------------------- elements


def test_dataframe_props_and_defaults(app):
    a = app("""
        import streamlit as st
        st.dataframe({"a": [1, 2]})
        st.dataframe({"k": 1})
        st.dataframe([[1]], width=300, height=200, hide_index=False, column_order=("a",), key="x",
                     column_config={"a": st.column_config.NumberColumn("A", format="%.1f", width="small", help="h"),
                                    0: None, "_index": "Row"})
    """)
    first, second, third = props_of(a, "dataframe")
    assert first["hideIndex"] is True and first["width"] == "stretch" and first["height"] == "auto"
    assert second["hideIndex"] is False
    assert third["width"] == 300 and third["height"] == 200 and third["hideIndex"] is False
    assert third["columnOrder"] == ["a"] and third["key"] == "x"
    assert third["columnConfig"] == {
        "a": {
            "label": "A",
            "width": 75,
            "help": "h",
            "hidden": False,
            "format": "%.1f",
            "typeConfig": {"type": "number", "format": "%.1f"},
        },
        "value": {"hidden": True},
        "_index": {"label": "Row", "hidden": False},
    }


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.dataframe([], width='wide')",
            "Invalid width value: 'wide'. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
        ),
        (
            "st.dataframe([], height=0)",
            "Invalid height value: 0. Height must be either a positive integer (pixels), 'stretch', or 'content'.",
        ),
        (
            "st.dataframe([], column_config={'a': 3})",
            "Invalid `column_config` type. Expected one of: None, str, dict. Provided type: int. "
            "Invalid configuration for column `a`.",
        ),
        ("st.table([], border='x')", "Invalid `border` value. Supported values: True, False, 'horizontal'."),
    ],
)
def test_validation_errors(app, call, message):
    a = app(f"import streamlit as st\n{call}")
    assert a.exceptions[0].props["message"] == message


def test_table_props(app):
    a = app("""
        import streamlit as st
        st.table([{"a": 1}])
        st.table({"k1": 1}, border="horizontal")
        st.table([[1, 2]], hide_index=False, hide_header=False, border=False)
    """)
    first, second, third = props_of(a, "table")
    assert (first["hideIndex"], first["hideHeader"], first["border"]) == (True, False, "all")
    assert (second["hideIndex"], second["hideHeader"], second["border"]) == (False, True, "horizontal")
    assert (third["hideIndex"], third["hideHeader"], third["border"]) == (False, False, "none")


# --------------------------------------------------------------------------- charts


def spec_of(a, i=0):
    props = props_of(a, "vegaLiteChart")[i]
    return json.loads(props["spec"]), props


def test_line_chart_melts_wide_data_like_streamlit(app):
    spec, props = spec_of(app("import streamlit as st\nst.line_chart({'a': [1, 2, 3], 'b': [3, 1, 2]})"))
    enc = spec["layer"][0]["encoding"]
    assert enc["x"] == {
        "axis": {"grid": False, "tickMinStep": 1},
        "field": "index -- streamlit-generated",
        "scale": {},
        "title": "",
        "type": "quantitative",
    }
    assert enc["y"]["field"] == "value -- streamlit-generated"
    assert enc["color"] == {
        "field": "color -- streamlit-generated",
        "legend": {"titlePadding": 5, "offset": 5, "orient": "bottom"},
        "title": " ",
        "type": "nominal",
    }
    assert [layer["mark"] for layer in spec["layer"]] == [
        {"type": "line"},
        {"type": "point", "opacity": 0},
        {"type": "point", "filled": True, "size": 65},
    ]
    assert spec["params"][1] == {
        "name": "param_2",
        "select": {"type": "interval", "encodings": ["x", "y"]},
        "bind": "scales",
        "views": ["view_1"],
    }
    assert spec["autosize"] == {"type": "fit", "contains": "padding"}
    assert spec["data"] == {"name": "data"}
    data = props["datasets"][0]
    assert data["name"] == "data" and data["data"]["numRows"] == 6
    cols = {c["name"]: c["values"] for c in data["data"]["columns"]}
    assert cols["index -- streamlit-generated"] == [0, 1, 2, 0, 1, 2]
    assert cols["color -- streamlit-generated"] == ["a", "a", "a", "b", "b", "b"]
    assert cols["value -- streamlit-generated"] == [1, 2, 3, 3, 1, 2]
    assert props["useContainerWidth"] is True and props["theme"] == "streamlit"


def test_bar_chart_horizontal_and_stack(app):
    a = app("""
        import streamlit as st
        st.bar_chart({'x': ['p', 'q'], 'v': [1.5, 2]}, x='x', y='v', horizontal=True, color='#ff0000')
        st.bar_chart({'a': [1, 2], 'b': [3, 4], 'c': ['x', 'y']}, x='c', stack=False)
        st.area_chart({'a': [1, 2]}, stack='center')
    """)
    spec, _ = spec_of(a, 0)
    assert spec["encoding"] == {
        "color": {"value": "#ff0000"},
        "tooltip": [{"field": "x", "type": "nominal"}, {"field": "v", "type": "quantitative"}],
        "x": {"axis": {"grid": True}, "field": "v", "scale": {}, "title": "v", "type": "quantitative"},
        "y": {"axis": {"grid": False}, "field": "x", "scale": {}, "title": "x", "type": "ordinal"},
    }
    grouped, _ = spec_of(a, 1)
    assert grouped["encoding"]["xOffset"] == {"field": "color -- streamlit-generated"}
    assert grouped["encoding"]["y"]["stack"] is False
    area, _ = spec_of(a, 2)
    assert area["encoding"]["y"]["stack"] == "center"


def test_scatter_chart_size_color_labels_and_sizes(app):
    spec, props = spec_of(
        app("""
        import streamlit as st
        st.scatter_chart({'x': [1, 2], 'y': [3, 4], 's': [5, 6], 'c': ['u', 'v']}, x='x', y='y',
                         size='s', color='c', x_label='XL', width=300, height=200)
    """)
    )
    assert spec["mark"] == {"type": "circle"}
    assert spec["encoding"]["size"] == {
        "field": "s",
        "legend": {"titlePadding": 0.5, "offset": 5, "orient": "bottom"},
        "title": "s",
        "type": "quantitative",
    }
    assert spec["encoding"]["x"]["title"] == "XL"
    assert (spec["width"], spec["height"]) == (300, 200)
    assert (props["width"], props["height"]) == (300, 200)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.line_chart({'a': [1, 2]}, x='nope')",
            'Data does not have a column named `"nope"`. Available columns are `a`',
        ),
        (
            "st.bar_chart({'a': [1, 2]}, stack='bogus')",
            "Invalid `stack` value. Supported values: True, False, 'normalize', 'center', 'layered', None.",
        ),
        (
            "st.line_chart({'a': [1, 2], 'b': [1, 2]}, color='#fff')",
            "The list of colors `['#fff']` must have the same length as the list of columns to be colored `['a', 'b']`.",
        ),
        (
            "st.scatter_chart({'a': [1, 2]}, size='big')",
            "Invalid `size` value. Supported values: a column name, a number. Got 'big'.",
        ),
        (
            "st.line_chart({'a': [1, 2]}, x=3)",
            "Invalid `x` type. Expected one of: str, None. Provided type: int. "
            "Pass a column name or None to use the dataframe's index.",
        ),
        (
            "st.vega_lite_chart(None, {})",
            "The `spec` parameter is required. Vega-Lite charts require a non-empty spec dict.",
        ),
        (
            "st.vega_lite_chart({'a': [1]}, {'mark': 'bar'}, theme='dark')",
            "Invalid `theme` value. Supported values: 'streamlit', None.",
        ),
    ],
)
def test_chart_errors(app, call, message):
    a = app(f"import streamlit as st\n{call}")
    assert a.exceptions[0].props["message"].strip() == message


def test_vega_lite_chart_moves_data_out_of_the_spec(app):
    a = app("""
        import streamlit as st
        st.vega_lite_chart({'a': [1, 2]}, {'mark': 'bar', 'encoding': {'x': {'field': 'a', 'type': 'quantitative'}}})
        st.vega_lite_chart({'mark': 'bar', 'data': {'values': [{'a': 1}]}, 'datasets': {'d': [{'b': 2}]},
                            'encoding': {'color': {'field': 'a', 'title': None}}}, use_container_width=False)
    """)
    spec, props = spec_of(a, 0)
    assert spec == {
        "mark": "bar",
        "encoding": {"x": {"field": "a", "type": "quantitative"}},
        "autosize": {"type": "fit", "contains": "padding"},
    }
    assert props["data"]["columns"] == [{"name": "a", "type": "integer", "values": [1, 2]}]
    spec, props = spec_of(a, 1)
    assert "data" not in spec and "datasets" not in spec
    assert spec["encoding"]["color"]["title"] == " "
    assert props["data"]["columns"][0]["values"] == [1]
    assert props["datasets"][0]["name"] == "d" and props["width"] == "content"
    assert props["useContainerWidth"] is False


def test_altair_chart(app):
    pytest.importorskip("altair")
    a = app("""
        import altair as alt
        import streamlit as st
        chart = alt.Chart(alt.Data(values=[{'a': 1, 'b': 2}])).mark_point().encode(x='a:Q', y='b:Q')
        st.altair_chart(chart)
    """)
    spec, props = spec_of(a)
    assert spec["mark"]["type"] == "point"
    assert props["data"]["columns"][0] == {"name": "a", "type": "integer", "values": [1]}

"""st.column_config's typed columns: keyword names, the config dicts they return
(the shapes Streamlit 1.67 returns for the same calls), their call-time errors,
and what st.dataframe / st.data_editor send to the page."""

import datetime
import inspect
import json

import pytest

from wasmlit.elements import column_config as cc

COMMON = ["label", "width", "help", "disabled", "required", "pinned", "alignment", "default"]
DISPLAY = ["label", "width", "help", "pinned", "alignment"]
CHART = ["label", "width", "help", "pinned", "y_min", "y_max", "color"]

SIGNATURES = {
    "LinkColumn": COMMON + ["max_chars", "validate", "display_text"],
    "CheckboxColumn": COMMON,
    "SelectboxColumn": [
        "label",
        "width",
        "help",
        "disabled",
        "required",
        "pinned",
        "default",
        "options",
        "format_func",
    ],
    "ListColumn": ["label", "width", "help", "pinned", "disabled", "required", "default"],
    "MultiselectColumn": [
        "label",
        "width",
        "help",
        "disabled",
        "required",
        "pinned",
        "default",
        "options",
        "accept_new_options",
        "color",
        "format_func",
    ],
    "JsonColumn": DISPLAY,
    "MarkdownColumn": COMMON,
    "ImageColumn": DISPLAY,
    "AudioColumn": DISPLAY,
    "VideoColumn": DISPLAY,
    "LineChartColumn": CHART,
    "BarChartColumn": CHART,
    "AreaChartColumn": CHART,
    "ProgressColumn": ["label", "width", "help", "pinned", "format", "min_value", "max_value", "step", "color"],
    "DatetimeColumn": COMMON + ["format", "min_value", "max_value", "step", "timezone"],
    "TimeColumn": COMMON + ["format", "min_value", "max_value", "step"],
    "DateColumn": COMMON + ["format", "min_value", "max_value", "step"],
}


@pytest.mark.parametrize("name", sorted(SIGNATURES))
def test_signature_label_then_keyword_only_all_none(name):
    params = list(inspect.signature(getattr(cc, name)).parameters.values())
    assert [p.name for p in params] == SIGNATURES[name]
    assert params[0].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params[1:])
    assert all(p.default is None for p in params)


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (
            lambda: cc.LinkColumn("L", display_text="Open", validate="^https", max_chars=9, default="u"),
            {
                "label": "L",
                "default": "u",
                "type_config": {"type": "link", "max_chars": 9, "validate": "^https", "display_text": "Open"},
            },
        ),
        (
            lambda: cc.CheckboxColumn("C", default=True, alignment="center"),
            {"label": "C", "alignment": "center", "default": True, "type_config": {"type": "checkbox"}},
        ),
        (
            lambda: cc.SelectboxColumn(options=["a", "b"], default="a"),
            {"default": "a", "type_config": {"type": "selectbox", "options": ["a", "b"]}},
        ),
        (
            lambda: cc.SelectboxColumn(options=(1, 2), format_func=lambda v: f"#{v}"),
            {
                "type_config": {
                    "type": "selectbox",
                    "options": [{"value": 1, "label": "#1"}, {"value": 2, "label": "#2"}],
                }
            },
        ),
        (
            lambda: cc.ListColumn(default=("x",), disabled=False),
            {"disabled": False, "default": ["x"], "type_config": {"type": "list"}},
        ),
        (
            lambda: cc.MultiselectColumn(
                options=["a", "b", "c"],
                color=["red", "blue"],
                format_func=str.upper,
                accept_new_options=True,
                default=iter(["a"]),
            ),
            {
                "default": ["a"],
                "type_config": {
                    "type": "multiselect",
                    "accept_new_options": True,
                    "options": [
                        {"value": "a", "label": "A", "color": "red"},
                        {"value": "b", "label": "B", "color": "blue"},
                        {"value": "c", "label": "C", "color": "red"},
                    ],
                },
            },
        ),
        (
            lambda: cc.MultiselectColumn(options=["a"], color="primary"),
            {"type_config": {"type": "multiselect", "options": [{"value": "a", "color": "primary"}]}},
        ),
        (lambda: cc.JsonColumn("J", width="large"), {"label": "J", "width": "large", "type_config": {"type": "json"}}),
        (lambda: cc.MarkdownColumn(default="**b**"), {"default": "**b**", "type_config": {"type": "markdown"}}),
        (lambda: cc.ImageColumn(pinned=True), {"pinned": True, "type_config": {"type": "image"}}),
        (lambda: cc.AudioColumn(), {"type_config": {"type": "audio"}}),
        (lambda: cc.VideoColumn(help="h"), {"help": "h", "type_config": {"type": "video"}}),
        (lambda: cc.LineChartColumn(y_min=0, y_max=5), {"type_config": {"type": "line_chart", "y_min": 0, "y_max": 5}}),
        (lambda: cc.BarChartColumn(color="#ff000080"), {"type_config": {"type": "bar_chart", "color": "#ff000080"}}),
        (
            lambda: cc.AreaChartColumn(color="auto-inverse"),
            {"type_config": {"type": "area_chart", "color": "auto-inverse"}},
        ),
        (
            lambda: cc.ProgressColumn(format="%d%%", min_value=0, max_value=10, step=1, color="rgb(1, 2, 3)"),
            {
                "type_config": {
                    "type": "progress",
                    "format": "%d%%",
                    "min_value": 0,
                    "max_value": 10,
                    "step": 1,
                    "color": "rgb(1, 2, 3)",
                }
            },
        ),
        (
            lambda: cc.DatetimeColumn(
                default=datetime.datetime(2024, 1, 2, 3, 4),
                format="D MMM YYYY, h:mm a",
                min_value=datetime.datetime(2020, 1, 1),
                step=datetime.timedelta(minutes=2),
                timezone="UTC",
            ),
            {
                "default": "2024-01-02T03:04:00",
                "type_config": {
                    "type": "datetime",
                    "format": "D MMM YYYY, h:mm a",
                    "min_value": "2020-01-01T00:00:00",
                    "step": 120.0,
                    "timezone": "UTC",
                },
            },
        ),
        (
            lambda: cc.TimeColumn(default=datetime.time(1, 2), max_value=datetime.time(5), step=60),
            {"default": "01:02:00", "type_config": {"type": "time", "max_value": "05:00:00", "step": 60}},
        ),
        (
            lambda: cc.DateColumn(default=datetime.date(2024, 1, 2), step=2, format="distance"),
            {"default": "2024-01-02", "type_config": {"type": "date", "format": "distance", "step": 2}},
        ),
    ],
)
def test_config_dicts(call, expected):
    assert call() == expected


COLOR_ERROR = (
    "Invalid `color` value. Supported values: auto, auto-inverse, red, blue, green, yellow, violet, "
    "orange, gray, grey, primary, a valid hex color, an rgb() or rgba() color."
)


@pytest.mark.parametrize("name", ["LineChartColumn", "BarChartColumn", "AreaChartColumn", "ProgressColumn"])
@pytest.mark.parametrize("color", ["pink", "#12", "#12345678901", "hsl(1, 2%, 3%)"])
def test_chart_color_errors(name, color):
    from wasmlit.errors import StreamlitValueError

    with pytest.raises(StreamlitValueError) as info:
        getattr(cc, name)(color=color)
    assert str(info.value) == COLOR_ERROR


def test_dataframe_sends_the_type_settings(app):
    a = app("""
        import streamlit as st
        st.dataframe({"url": ["https://a.example"], "p": [0.5], "ok": [True]}, column_config={
            "url": st.column_config.LinkColumn("Site", display_text="Open"),
            "p": st.column_config.ProgressColumn(format="%.0f%%", min_value=0, max_value=1),
            "ok": st.column_config.CheckboxColumn(),
        })
    """)
    config = a.of_type("dataframe")[0].props["columnConfig"]
    assert config["url"] == {"label": "Site", "hidden": False, "typeConfig": {"type": "link", "display_text": "Open"}}
    assert config["p"] == {
        "hidden": False,
        "format": "%.0f%%",
        "typeConfig": {"type": "progress", "format": "%.0f%%", "min_value": 0, "max_value": 1},
    }
    assert config["ok"] == {"hidden": False, "typeConfig": {"type": "checkbox"}}
    json.dumps(config)


def test_bad_chart_color_shows_an_error_in_the_app(app):
    a = app("""
        import streamlit as st
        st.dataframe({"v": [[1, 2]]}, column_config={"v": st.column_config.LineChartColumn(color="pink")})
    """)
    assert a.exceptions[0].props["message"] == COLOR_ERROR


def test_data_editor_accepts_selectbox_and_checkbox_edits(app):
    a = app("""
        import streamlit as st
        rows = [{"size": "S", "ok": False, "p": 0.2}]
        out = st.data_editor(rows, key="ed", column_config={
            "size": st.column_config.SelectboxColumn(options=["S", "M", "L"]),
            "ok": st.column_config.CheckboxColumn(),
            "p": st.column_config.ProgressColumn(min_value=0, max_value=1),
        })
        st.write(repr(out))
    """)
    node = a.of_type("dataEditor")[0]
    assert node.props["columnConfig"]["size"]["typeConfig"] == {"type": "selectbox", "options": ["S", "M", "L"]}
    editing = node.props["editing"]
    assert editing["p"]["disabled"] is True  # progress cells are never editable
    assert "disabled" not in editing["size"] and "disabled" not in editing["ok"]
    a.set_value(
        "ed", json.dumps({"edited_rows": {"0": {"size": "L", "ok": True}}, "added_rows": [], "deleted_rows": []})
    )
    assert a.texts()[0] == repr([{"size": "L", "ok": True, "p": 0.2}])


def test_list_chart_and_json_columns_send_their_items(app):
    a = app("""
        import streamlit as st
        st.dataframe({"tags": [["a", "b"], None], "trend": [(1, 2.5, None), []], "doc": [{"k": [1]}, "[2]"],
                      "plain": [[1], [2]]},
                     column_config={"tags": st.column_config.ListColumn(),
                                    "trend": st.column_config.LineChartColumn(),
                                    "doc": st.column_config.JsonColumn()})
    """)
    columns = {c["name"]: c["values"] for c in a.of_type("dataframe")[0].props["data"]["columns"]}
    assert columns["tags"] == [["a", "b"], None]
    assert columns["trend"] == [[1, 2.5, None], []]
    assert columns["doc"] == ['{"k": [1]}', "[2]"]
    assert columns["plain"] == ["[1]", "[2]"]  # untyped columns keep the Python text

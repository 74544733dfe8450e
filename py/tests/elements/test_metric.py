"""st.metric: value and delta texts, Streamlit's delta colours and arrows, validation."""

import pytest


def metric(app, call):
    a = app(f"import streamlit as st\n{call}\n")
    assert not a.exceptions, a.exceptions and a.exceptions[0].props
    (node,) = a.of_type("metric")
    return node.props


@pytest.mark.parametrize(
    "call, body, delta, color, direction",
    [
        ('st.metric("T", 70, 1.5)', "70", "1.5", "green", "up"),
        ('st.metric("T", 70, -1.5)', "70", "-1.5", "red", "down"),
        ('st.metric("T", 70, "-1.5 °F", delta_color="inverse")', "70", "-1.5 °F", "green", "down"),
        ('st.metric("T", 70, "+2", delta_color="inverse")', "70", "+2", "red", "up"),
        ('st.metric("T", 70, -3, delta_color="off")', "70", "-3", "gray", "down"),
        ('st.metric("T", 70, 0)', "70", "0", "gray", "none"),
        ('st.metric("T", 70, "0")', "70", "0", "gray", "none"),
        ('st.metric("T", 70, "0.0")', "70", "0.0", "green", "up"),
        ('st.metric("T", None)', "—", "", "gray", "none"),
        ('st.metric("T", "70 °F", "")', "70 °F", "", "gray", "none"),
        ('st.metric("T", 1, 2, delta_color="blue")', "1", "2", "blue", "up"),
        ('st.metric("T", 1, -2, delta_color="grey")', "1", "-2", "gray", "down"),
        ('st.metric("T", 1, 2, delta_arrow="down")', "1", "2", "green", "down"),
        ('st.metric("T", 1, 2, delta_arrow="off")', "1", "2", "green", "none"),
    ],
)
def test_value_delta_colour_and_direction(app, call, body, delta, color, direction):
    props = metric(app, call)
    assert (props["body"], props["delta"], props["color"], props["direction"]) == (body, delta, color, direction)


def test_label_help_visibility_border(app):
    props = metric(app, 'st.metric("Speed", 3, help="  km/h  ", label_visibility="hidden", border=True)')
    assert props["label"] == "Speed"
    assert props["help"] == "km/h  "  # as Streamlit 1.67 (dedented, not stripped)
    assert props["labelVisibility"] == "hidden"
    assert props["border"] is True


def test_numpy_like_values_and_chart_data(app):
    props = metric(app, 'from decimal import Decimal\nst.metric("D", Decimal("1.50"), chart_data=[1, "2", 3.5])')
    assert props["body"] == "1.50"
    assert props["chartData"] == [1.0, 2.0, 3.5]


def test_a_complex_value_is_shown_as_its_text(app):
    # Streamlit 1.67 shows it; float() of it raised before.
    props = metric(app, 'st.metric("Z", 1+2j)')
    assert props["body"] == "(1+2j)"
    assert props["valueNumber"] is None


def test_returns_a_replaceable_slot(app):
    a = app('import streamlit as st\nm = st.metric("A", 1)\nm.metric("A", 2)\n')
    assert [n.props["body"] for n in a.of_type("metric")] == ["2"]


@pytest.mark.parametrize(
    "call, message",
    [
        (
            'st.metric("T", 1, 2, delta_color="pink")',
            "Invalid `delta_color` value. Supported values: 'normal', 'inverse', 'off', 'red', 'orange', "
            "'yellow', 'green', 'blue', 'violet', 'gray', 'grey', 'primary'.",
        ),
        (
            'st.metric("T", [1])',
            "Invalid `value` type. Expected one of: int, float, Decimal, NumPy number. Provided type: list. "
            "Convert the value to a number type.",
        ),
        (
            'st.metric("T", 1, [2])',
            "Invalid `delta` type. Expected one of: int, float, Decimal, NumPy number. Provided type: list. "
            "Convert the value to a number type.",
        ),
        (
            'st.metric("T", 1, label_visibility="gone")',
            "Invalid `label_visibility` value. Supported values: 'visible', 'hidden', 'collapsed'.",
        ),
        (
            'st.metric("T", 1, 2, delta_arrow="left")',
            "Invalid `delta_arrow` value. Supported values: 'auto', 'up', 'down', 'off'.",
        ),
    ],
)
def test_validation_errors(app, call, message):
    a = app(f"import streamlit as st\n{call}\n")
    (exc,) = a.exceptions
    assert exc.props["type"].rsplit(".", 1)[-1] in ("StreamlitValueError", "StreamlitInvalidParameterTypeError")
    assert exc.props["message"] == message

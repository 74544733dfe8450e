"""st.date_input: single dates, ranges, None, bounds, formats and errors."""

import datetime


def test_single_date(app):
    a = app("""
        import datetime, streamlit as st
        d = st.date_input('Day', datetime.date(2024, 3, 5))
        st.write(repr(d))
    """)
    w = a.widget("Day")
    assert w.type == "dateInput"
    assert w.props["value"] == ["2024-03-05"]
    assert w.props["min"] == "2014-03-05" and w.props["max"] == "2034-03-05"
    assert w.props["format"] == "YYYY/MM/DD" and w.props["isRange"] is False
    assert a.texts() == ["datetime.date(2024, 3, 5)"]
    a.set_value("Day", ["2024-12-31"])
    assert a.texts() == ["datetime.date(2024, 12, 31)"]


def test_today_default_and_bounds(app):
    a = app("""
        import streamlit as st
        st.write(repr(st.date_input('T')))
    """)
    today = datetime.date.today()
    assert a.widget("T").props["value"] == [today.isoformat()]
    assert a.texts() == [repr(today)]


def test_range_and_partial_range(app):
    a = app("""
        import datetime, streamlit as st
        r = st.date_input('Trip', (datetime.date(2024, 3, 5), '2024-03-09'), format='DD.MM.YYYY')
        st.write(repr(r))
    """)
    w = a.widget("Trip")
    assert w.props["isRange"] is True and w.props["value"] == ["2024-03-05", "2024-03-09"]
    assert w.props["format"] == "DD.MM.YYYY"
    assert a.texts() == ["(datetime.date(2024, 3, 5), datetime.date(2024, 3, 9))"]
    a.set_value("Trip", ["2024-04-01"])
    assert a.texts() == ["(datetime.date(2024, 4, 1),)"]
    a.set_value("Trip", [])
    assert a.texts() == ["()"]


def test_none_value(app):
    a = app("""
        import streamlit as st
        st.write(repr(st.date_input('N', value=None)))
    """)
    assert a.widget("N").props["value"] == []
    assert a.texts() == ["None"]
    a.set_value("N", ["2020-02-29"])
    assert a.texts() == ["datetime.date(2020, 2, 29)"]
    a.set_value("N", [])
    assert a.texts() == ["None"]


def test_errors(app):
    cases = {
        "st.date_input('x', format='YYYY')": ("StreamlitValueError", "Invalid `format` value"),
        "st.date_input('x', datetime.date(2020, 1, 1), min_value=datetime.date(2021, 1, 1))": (
            "StreamlitValueBelowMinError",
            "2020-01-01",
        ),
        "st.date_input('x', datetime.date(2022, 1, 1), max_value=datetime.date(2021, 1, 1))": (
            "StreamlitValueAboveMaxError",
            "2022-01-01",
        ),
        "st.date_input('x', min_value=datetime.date(2022, 1, 1), max_value=datetime.date(2021, 1, 1), value=None)": (
            "StreamlitInvalidMinMaxError",
            "",
        ),
        "st.date_input('x', value=5)": ("StreamlitInvalidParameterTypeError", "Invalid `value` type"),
    }
    for call, (kind, text) in cases.items():
        a = app(f"import datetime, streamlit as st\n{call}\n")
        exc = a.exceptions[0].props
        assert exc["type"].rsplit(".", 1)[-1] == kind, call
        assert text in exc["message"], (call, exc["message"])


def test_out_of_bounds_wire_value_falls_back_to_default(app):
    a = app("""
        import datetime, streamlit as st
        st.write(repr(st.date_input('D', datetime.date(2024, 1, 2), min_value=datetime.date(2024, 1, 1),
                                    max_value=datetime.date(2024, 1, 31))))
    """)
    a.set_value("D", ["2025-01-01"])
    assert a.texts() == ["datetime.date(2024, 1, 2)"]

"""st.dataframe(on_select=...): modes, the returned DataframeState, values from
the page and from st.session_state, selection_default, Streamlit's errors."""

import json

import pytest

from wasmlit.elements.dataframe_selection import validated_selection
from wasmlit.runtime.rerun_data import RerunData
from wasmlit.testing import AppTest

APP = """
import streamlit as st
data = {"a": [1, 2, 3], "b": ["x", "y", "z"]}
event = st.dataframe(data, on_select="rerun", selection_mode=["multi-row", "single-column", "multi-cell"], key="df")
st.write(type(event).__name__, type(event.selection).__name__)
st.write("rows", event.selection.rows, "columns", event.selection.columns)
st.write("cells", event["selection"]["cells"])
"""


def _dataframe_props(at):
    return [m["node"]["props"] for m in at._messages if m["type"] == "delta" and m["node"]["type"] == "dataframe"][-1]


def test_selection_from_the_page_comes_back(app_file):
    at = AppTest.from_file(app_file(APP)).run()
    props = _dataframe_props(at)
    assert props["selectionMode"] == ["multi-cell", "multi-row", "single-column"]
    assert json.loads(props["value"]) == {"selection": {"rows": [], "columns": [], "cells": []}}
    wire = json.dumps({"selection": {"rows": [2, 0, 9], "columns": ["b", "a"], "cells": [[1, "a"], [5, "b"]]}})
    at._session.handle_rerun(RerunData(widgets={props["id"]: wire}))
    texts = [
        m["node"]["props"]["body"] for m in at._messages if m["type"] == "delta" and m["node"]["type"] == "markdown"
    ]
    assert texts[:1] == ["DataframeState DataframeSelectionState"]
    # Out-of-range rows and cells are dropped; a single-column mode keeps one column.
    assert at._session.session_state["df"] == {"selection": {"rows": [2, 0], "columns": ["b"], "cells": [(1, "a")]}}


def test_state_is_read_only_with_attribute_access(app_file):
    at = AppTest.from_file(
        app_file(
            APP
            + """
try:
    event.selection.rows = [1]
except TypeError as e:
    st.write(str(e))
"""
        )
    ).run()
    assert at.markdown.values[-1].startswith("Widget state is read-only because modifying nested values has no effect")


def test_selection_default_and_required_row(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        data = {"a": [1, 2, 3]}
        e = st.dataframe(data, on_select="rerun", selection_default={"selection": {"rows": [1, 7]}})
        r = st.dataframe(data, on_select="rerun", selection_mode="single-row-required")
        st.write(e.selection.rows, r.selection.rows)
    """)
    ).run()
    assert [j.value for j in at.json] == ["[1]", "[0]"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.dataframe(d, on_select='x')",
            "Invalid `on_select` value. Supported values: 'ignore', 'rerun', a callable.",
        ),
        ("st.dataframe(d, on_select='rerun', selection_mode='rows')", "Invalid `selection_mode` value."),
        (
            "st.dataframe(d, on_select='rerun', selection_mode=['single-cell', 'multi-cell'])",
            "`selection_mode='single-cell'` and `selection_mode='multi-cell'` cannot be used together.",
        ),
        (
            "st.dataframe(d, selection_default={'selection': {}})",
            "`selection_default` and `on_select='ignore'` cannot be used together.",
        ),
    ],
)
def test_errors(app_file, call, message):
    at = AppTest.from_file(app_file(f"import streamlit as st\nd = {{'a': [1]}}\n{call}\n")).run()
    (exc,) = at.exception
    assert exc.message.startswith(message)


def test_validation_rules():
    modes = {"single-row", "multi-column"}
    value = {"selection": {"rows": [0, 1], "columns": ["a", "zz", "b"], "cells": [[0, "a"]]}}
    assert validated_selection(value, 3, ["a", "b"], modes) == {
        "selection": {"rows": [0], "columns": ["a", "b"], "cells": []}
    }
    with pytest.raises(Exception, match="Selection state must be a dictionary with a 'selection' key"):
        validated_selection({"rows": []}, 3, ["a"], modes)

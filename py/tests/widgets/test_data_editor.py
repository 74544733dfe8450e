"""st.data_editor: return values per input type, the editing state, errors."""

import json

import pytest

RECORDS_APP = """
import streamlit as st
rows = [{"name": "a", "n": 1, "ok": True}, {"name": "b", "n": 2, "ok": False}]
out = st.data_editor(rows, key="ed", num_rows="dynamic")
st.write(repr(out))
st.write(repr(dict(st.session_state["ed"])))
"""


def state(edited=None, added=None, deleted=None):
    return json.dumps({"edited_rows": edited or {}, "added_rows": added or [], "deleted_rows": deleted or []})


def last_repr(a, i=0):
    return [t for t in a.texts()][i]


def test_list_of_records_round_trip_and_state(app):
    a = app(RECORDS_APP)
    node = a.of_type("dataEditor")[0]
    assert node.props["editingMode"] == "dynamic"
    assert node.props["hideIndex"] is True
    assert node.props["editing"]["n"]["kind"] == "integer"
    assert a.texts()[0] == repr([{"name": "a", "n": 1, "ok": True}, {"name": "b", "n": 2, "ok": False}])
    assert a.texts()[1] == repr({"edited_rows": {}, "added_rows": [], "deleted_rows": []})
    a.set_value("ed", state({"0": {"n": "5", "name": 7}, "1": {"ok": True}}))
    assert a.texts()[0] == repr([{"name": "7", "n": 5, "ok": True}, {"name": "b", "n": 2, "ok": True}])
    assert a.texts()[1] == repr(
        {"edited_rows": {0: {"n": "5", "name": 7}, 1: {"ok": True}}, "added_rows": [], "deleted_rows": []}
    )


def test_rows_added_and_deleted(app):
    a = app(RECORDS_APP)
    a.set_value("ed", state(added=[{"name": "c", "n": 3}], deleted=[0]))
    # pandas turns the integer column with a missing value... none here: all filled.
    assert a.texts()[0] == repr([{"name": "b", "n": 2, "ok": False}, {"name": "c", "n": 3, "ok": None}])
    a.set_value("ed", state(added=[{"name": "c"}]))
    assert a.texts()[0] == repr(
        [
            {"name": "a", "n": 1.0, "ok": True},
            {"name": "b", "n": 2.0, "ok": False},
            {"name": "c", "n": None, "ok": None},
        ]
    )


def test_dict_of_lists(app):
    a = app("""
import streamlit as st
out = st.data_editor({"x": [1, 2], "y": ["p", "q"]}, key="ed")
st.write(repr(out))
""")
    assert a.texts()[0] == repr({"x": [1, 2], "y": ["p", "q"]})
    a.set_value("ed", state({"1": {"y": "z"}}))
    assert a.texts()[0] == repr({"x": [1, 2], "y": ["p", "z"]})


def test_list_of_values_and_key_value_dict(app):
    a = app("""
import streamlit as st
out = st.data_editor([1, 2, 3], key="vals")
st.write(repr(out))
kv = st.data_editor({"a": 1, "b": 2}, key="kv")
st.write(repr(kv))
""")
    assert a.texts() == [repr([1, 2, 3]), repr({"a": 1, "b": 2})]
    a.set_value("vals", state({"2": {"value": 9}}))
    a.set_value("kv", state({"0": {"value": 5}, "1": {"_index": "c"}}))
    assert a.texts() == [repr([1, 2, 9]), repr({"a": 5, "c": 2})]


def test_pandas_dataframe_round_trip():
    pd = pytest.importorskip("pandas")
    from wasmlit.widgets import data_editor_state as editing

    df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    st_state = editing.deserialize(state({"0": {"a": 10}}, [{"a": 3, "b": "z"}], [1]))
    out = editing.apply_to_pandas(df, st_state, {"a": "integer", "b": "string", "_index": "integer"})
    assert out["a"].tolist() == [10, 3]
    assert out["b"].tolist() == ["x", "z"]
    assert out.index.tolist() == [0, 1]
    assert df["a"].tolist() == [1, 2]  # the input is left alone


def test_pandas_dataframe_in_app(app):
    pytest.importorskip("pandas")
    a = app("""
import pandas as pd
import streamlit as st
out = st.data_editor(pd.DataFrame({"a": [1, 2]}), key="ed")
st.write(f"{type(out).__name__} {out['a'].tolist()}")
""")
    a.set_value("ed", state({"1": {"a": 7}}))
    assert "DataFrame" in a.texts()[0] and "[1, 7]" in a.texts()[0]


def test_on_change_args_and_state_read_only(app):
    a = app("""
import streamlit as st
def changed(tag):
    st.session_state.calls = st.session_state.get("calls", 0) + 1
    st.session_state.tag = tag
st.data_editor([{"a": 1}], key="ed", on_change=changed, args=("t",))
st.write(f"{st.session_state.get('calls', 0)} {st.session_state.get('tag')}")
try:
    st.session_state.ed["edited_rows"] = {}
except TypeError as e:
    st.write("read-only")
st.json(st.session_state.ed.edited_rows)
""")
    assert a.texts()[0].startswith("0")
    a.set_value("ed", state({"0": {"a": 2}}))
    assert a.texts()[0] == "1 t"
    assert "read-only" in a.texts()
    assert a.of_type("json")[-1].props


def test_disabled_and_column_config(app):
    a = app("""
import streamlit as st
st.data_editor([{"a": 1, "b": "x", "c": True}], disabled=["a"],
               column_config={"b": st.column_config.TextColumn("Bee", disabled=True), "c": {"default": True}},
               column_order=["c", "b"], hide_index=False)
st.data_editor([{"a": 1}], disabled=True)
""")
    first, second = a.of_type("dataEditor")
    edit = first.props["editing"]
    assert edit["a"]["disabled"] is True and edit["b"]["disabled"] is True and "disabled" not in edit["c"]
    assert edit["c"]["default"] is True
    assert first.props["columnConfig"]["b"]["label"] == "Bee"
    assert first.props["columnOrder"] == ["c", "b"]
    assert first.props["hideIndex"] is False
    assert first.props["disabled"] is False and second.props["disabled"] is True


def test_state_cannot_be_set_through_session_state(app):
    a = app("""
import streamlit as st
st.session_state.ed = {"edited_rows": {}}
st.data_editor([1, 2], key="ed")
""")
    assert a.exceptions
    assert "StreamlitValueAssignmentNotAllowedError" in a.exceptions[0].props["type"]


def test_errors(app):
    a = app("""
import streamlit as st
try:
    st.data_editor([{"_index": 1}])
except Exception as e:
    st.write(f"{type(e).__name__} {e}")
try:
    st.data_editor([[1, 2], [3]], column_config=None, on_change="bogus")
except Exception as e:
    st.write(type(e).__name__)
try:
    st.data_editor(object())
except Exception as e:
    st.write(f"{type(e).__name__} {e}")
""")
    texts = a.texts()
    assert texts[0].startswith("StreamlitAPIException The column name '_index' is reserved")
    assert texts[1] == "StreamlitValueError" or texts[1] == "StreamlitAPIException"
    assert texts[2].startswith("StreamlitDataframeConversionError The data type (object) or format is not supported")


def test_keyed_fixed_editor_keeps_edits_when_values_change(app):
    a = app("""
import streamlit as st
n = st.session_state.get("n", 1)
out = st.data_editor([{"a": n}, {"a": 5}], key="ed")
st.write(repr(out))
if st.button("bump"):
    st.session_state.n = n + 1
    st.rerun()
""")
    a.set_value("ed", state({"1": {"a": 6}}))
    assert a.texts()[0] == repr([{"a": 1}, {"a": 6}])
    a.click("bump")
    assert a.texts()[0] == repr([{"a": 2}, {"a": 6}])


def test_numpy_and_series_come_back_in_their_type(app):
    pytest.importorskip("pandas")
    a = app("""
import numpy as np
import pandas as pd
import streamlit as st
arr = st.data_editor(np.array([1, 2, 3]), key="arr")
st.write(f"{type(arr).__name__} {arr.tolist()}")
ser = st.data_editor(pd.Series([1.5, 2.5], name="s"), key="ser")
st.write(f"{type(ser).__name__} {ser.tolist()}")
idx = st.data_editor(pd.DataFrame({"v": [1, 2]}, index=["x", "y"]), key="idx", num_rows="dynamic")
st.write(f"{idx.index.tolist()} {idx['v'].tolist()}")
""")
    assert a.of_type("dataEditor")[2].props["hideIndex"] is False
    a.set_value("arr", state({"1": {"value": 20}}))
    a.set_value("ser", state({"0": {"s": 9}}))
    a.set_value("idx", state(added=[{"_index": "z", "v": 3}, {"_index": "x", "v": 4}, {"v": 5}]))
    assert a.texts() == ["ndarray [1, 20, 3]", "Series [9.0, 2.5]", "['x', 'y', 'z'] [1, 2, 3]"]

"""The Arrow tables custom components get for dataframes (web/app/elements/
component-arrow.js, run in Node with the apache-arrow the page bundles): the
shapes pyarrow gives Streamlit's pandas DataFrames, and the way back."""

import json
import subprocess

from conftest import ROOT

FRAME = {
    "numRows": 2,
    "index": [{"name": "", "type": "string", "values": ["r1", "r2"]}],
    "columns": [
        {"name": "a", "type": "integer", "values": [1, None]},
        {"name": "b", "type": "string", "values": ["x", "y"]},
        {"name": "c", "type": "float", "values": [1.5, 2]},
        {"name": "d", "type": "bool", "values": [True, False]},
        {"name": "e", "type": "datetime", "values": ["2024-01-02T03:04:05", None]},
        {"name": "f", "type": "date", "values": ["2024-01-02", "2024-12-31"]},
    ],
}


def run(frame):
    result = subprocess.run(["node", str(ROOT / "tests" / "js" / "component_arrow_check.mjs"), json.dumps(frame)],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_a_dataframe_argument_is_three_ipc_tables_as_streamlit_sends():
    out = run(FRAME)
    assert out["kinds"] == {"data": "Uint8Array", "index": "Uint8Array", "columns": "Uint8Array"}
    # the data, then a non-range index as pandas' __index_level_0__ column (pyarrow's from_pandas)
    assert out["data"]["fields"] == ["a:Int64", "b:Utf8", "c:Float64", "d:Bool", "e:Timestamp<MILLISECOND>",
                                     "f:Date32<DAY>", "__index_level_0__:Utf8"]
    assert out["data"]["rows"][0] == {"a": 1, "b": "x", "c": 1.5, "d": True, "e": 1704164645000,
                                      "f": 1704153600000, "__index_level_0__": "r1"}
    assert out["data"]["rows"][1]["a"] is None
    assert out["index"] == {"fields": ["0:Utf8"], "rows": [{"0": "r1"}, {"0": "r2"}]}
    assert out["columns"] == {"fields": ["0:Utf8"], "rows": [{"0": n} for n in "abcdef"]}


def test_a_range_index_is_an_int64_index_table_and_no_data_column():
    out = run({"numRows": 3, "index": [{"name": "", "type": "range", "start": 10, "step": 2}],
               "columns": [{"name": "x", "type": "integer", "values": [1, 2, 3]}]})
    assert out["data"]["fields"] == ["x:Int64"]
    assert out["index"] == {"fields": ["0:Int64"], "rows": [{"0": 10}, {"0": 12}, {"0": 14}]}
    assert out["table"]["fields"] == ["x:Int64"]


def test_a_v2_table_has_the_columns_and_the_index():
    out = run(FRAME)
    assert out["table"]["fields"][-1] == "__index_level_0__:Utf8"
    assert [row["b"] for row in out["table"]["rows"]] == ["x", "y"]


def test_tables_a_component_sends_back_decode_to_the_frame():
    decoded = run(FRAME)["decoded"]
    assert decoded["numRows"] == 2
    assert decoded["index"] == FRAME["index"]
    assert decoded["columns"] == FRAME["columns"]

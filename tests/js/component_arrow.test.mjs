// node --test tests/js/ (also run by tests/test_component_arrow.py): the Arrow
// tables custom components get for dataframes (web/app/elements/component-arrow.js,
// with the apache-arrow the page bundles), read back with apache-arrow as a
// component reads them: the shapes pyarrow gives Streamlit's pandas DataFrames
// (three IPC buffers for v1, a Table for v2), and the way back.
import assert from "node:assert/strict";
import test from "node:test";
import { tableFromIPC } from "apache-arrow";
import { componentTablesToFrame, frameToComponentTables, frameToTable } from "../../web/app/elements/component-arrow.js";

const FRAME = {
  numRows: 2,
  index: [{ name: "", type: "string", values: ["r1", "r2"] }],
  columns: [
    { name: "a", type: "integer", values: [1, null] },
    { name: "b", type: "string", values: ["x", "y"] },
    { name: "c", type: "float", values: [1.5, 2] },
    { name: "d", type: "bool", values: [true, false] },
    { name: "e", type: "datetime", values: ["2024-01-02T03:04:05", null] },
    { name: "f", type: "date", values: ["2024-01-02", "2024-12-31"] },
  ],
};

const plain = (value) => JSON.parse(JSON.stringify(value, (key, v) => (typeof v === "bigint" ? Number(v) : v)));
const fields = (table) => table.schema.fields.map((field) => `${field.name}:${field.type}`);
const rows = (table) => table.toArray().map((row) => plain(row.toJSON()));

test("a dataframe argument is three IPC tables, as Streamlit sends them", () => {
  const tables = frameToComponentTables(FRAME);
  for (const name of ["data", "index", "columns"]) assert.ok(tables[name] instanceof Uint8Array, name);
  const data = tableFromIPC(tables.data);
  // the data, then a non-range index as pandas' __index_level_0__ column (pyarrow's from_pandas)
  assert.deepEqual(fields(data), ["a:Int64", "b:Utf8", "c:Float64", "d:Bool", "e:Timestamp<MILLISECOND>",
    "f:Date32<DAY>", "__index_level_0__:Utf8"]);
  assert.deepEqual(rows(data)[0], { a: 1, b: "x", c: 1.5, d: true, e: 1704164645000, f: 1704153600000,
    __index_level_0__: "r1" });
  assert.equal(rows(data)[1].a, null);
  const index = tableFromIPC(tables.index);
  assert.deepEqual(fields(index), ["0:Utf8"]);
  assert.deepEqual(rows(index), [{ 0: "r1" }, { 0: "r2" }]);
  const columns = tableFromIPC(tables.columns);
  assert.deepEqual(fields(columns), ["0:Utf8"]);
  assert.deepEqual(rows(columns), [..."abcdef"].map((name) => ({ 0: name })));
});

test("a range index is an Int64 index table and no data column", () => {
  const frame = { numRows: 3, index: [{ name: "", type: "range", start: 10, step: 2 }],
    columns: [{ name: "x", type: "integer", values: [1, 2, 3] }] };
  const tables = frameToComponentTables(frame);
  assert.deepEqual(fields(tableFromIPC(tables.data)), ["x:Int64"]);
  const index = tableFromIPC(tables.index);
  assert.deepEqual(fields(index), ["0:Int64"]);
  assert.deepEqual(rows(index), [{ 0: 10 }, { 0: 12 }, { 0: 14 }]);
  assert.deepEqual(fields(frameToTable(frame)), ["x:Int64"]);
});

test("a v2 component's Table has the columns and the index", () => {
  const table = frameToTable(FRAME);
  assert.equal(fields(table).at(-1), "__index_level_0__:Utf8");
  assert.deepEqual(rows(table).map((row) => row.b), ["x", "y"]);
});

test("the tables a component sends back decode to the frame", () => {
  const decoded = componentTablesToFrame(frameToComponentTables(FRAME));
  assert.equal(decoded.numRows, 2);
  assert.deepEqual(plain(decoded.index), FRAME.index);
  assert.deepEqual(plain(decoded.columns), FRAME.columns);
});

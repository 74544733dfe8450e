// Run by tests/test_component_arrow.py (node tests/js/component_arrow_check.mjs FRAME_JSON):
// prints what web/app/elements/component-arrow.js makes of a Frame, read back
// with apache-arrow: the three IPC tables of a v1 dataframe argument (field
// names and types, rows), the v2 Table, and the Frame decoded from the buffers.
import { tableFromIPC } from "apache-arrow";
import { componentTablesToFrame, frameToComponentTables, frameToTable } from "../../web/app/elements/component-arrow.js";

const frame = JSON.parse(process.argv[2]);
const plain = (key, value) => (typeof value === "bigint" ? Number(value) : value);
const show = (table) => ({
  fields: table.schema.fields.map((field) => `${field.name}:${field.type}`),
  rows: table.toArray().map((row) => JSON.parse(JSON.stringify(row.toJSON(), plain))),
});
const tables = frameToComponentTables(frame);
console.log(JSON.stringify({
  kinds: Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.constructor.name])),
  data: show(tableFromIPC(tables.data)),
  index: show(tableFromIPC(tables.index)),
  columns: show(tableFromIPC(tables.columns)),
  table: show(frameToTable(frame)),
  decoded: componentTablesToFrame(tables),
}));

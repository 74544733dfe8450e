// Arrow tables for custom components (apache-arrow, in this lazy chunk: only
// pages whose components get or send dataframes load it).
//
// wasmlit's runtime sends tabular data as its columnar Frame
// (protocol/messages.js); Streamlit sends Arrow IPC made by pyarrow from a
// pandas DataFrame. The shapes follow pyarrow's:
//   frameToComponentTables(frame) -> {data, index, columns}: the three IPC
//       buffers (Uint8Array) of a v1 component's dataframe argument, as
//       streamlit-component-lib's ArrowTable reads them: the data (with the
//       index as trailing __index_level_N__ columns unless it is a range), the
//       index values (column "0", ...) and the column labels (column "0")
//   frameToTable(frame) -> an apache-arrow Table (a v2 component's data)
//   componentTablesToFrame({data, index, columns}) -> a Frame (a dataframe a
//       v1 component sent back with setComponentValue(ArrowTable))
import {
  Bool, DateDay, Float64, Int64, Null, Table, TimestampMillisecond, Type, Utf8,
  tableFromIPC, tableToIPC, vectorFromArray,
} from "apache-arrow";

function rangeValues(level, numRows) {
  return Array.from({ length: numRows }, (_, i) => level.start + i * level.step);
}

function columnValues(column, numRows) {
  return column.type === "range" ? rangeValues(column, numRows) : column.values ?? [];
}

function toVector(type, values) {
  switch (type) {
    case "integer":
    case "range":
      return vectorFromArray(values.map((v) => (v === null || v === undefined ? null : BigInt(Math.trunc(v)))), new Int64());
    case "float":
      return vectorFromArray(values.map((v) => (v === null || v === undefined ? null : Number(v))), new Float64());
    case "bool":
      return vectorFromArray(values, new Bool());
    case "datetime":
      return vectorFromArray(values.map((v) => (v == null ? null : Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(v) ? v : `${v}Z`))), new TimestampMillisecond());
    case "date":
      return vectorFromArray(values.map((v) => (v == null ? null : Date.parse(`${v}T00:00:00Z`))), new DateDay());
    case "empty":
      return vectorFromArray(values.map(() => null), new Null());
    default:
      return vectorFromArray(values.map((v) => (v === null || v === undefined ? null : typeof v === "string" ? v : JSON.stringify(v))), new Utf8());
  }
}

function tableOf(columns) {
  const vectors = {};
  for (const [name, vector] of columns) vectors[name] = vector;
  return new Table(vectors);
}

function indexFieldName(level, i) {
  return level.name ? level.name : `__index_level_${i}__`;
}

/** The data table: the columns, then the index unless it is a range (as pyarrow's from_pandas). */
function dataColumns(frame) {
  const numRows = frame.numRows ?? 0;
  const columns = (frame.columns ?? []).map((column) => [column.name, toVector(column.type, columnValues(column, numRows))]);
  const index = frame.index ?? [];
  if (index.length && index[0].type !== "range") {
    index.forEach((level, i) => {
      columns.push([indexFieldName(level, i), toVector(level.type, columnValues(level, numRows))]);
    });
  }
  return columns;
}

/** An apache-arrow Table of the Frame. */
export function frameToTable(frame) {
  return tableOf(dataColumns(frame));
}

/** The three IPC buffers of a v1 component's dataframe argument. */
export function frameToComponentTables(frame) {
  const numRows = frame.numRows ?? 0;
  const index = frame.index?.length ? frame.index : [{ type: "range", start: 0, step: 1 }];
  const indexTable = tableOf(index.map((level, i) => [String(i), toVector(level.type, columnValues(level, numRows))]));
  const labels = (frame.columns ?? []).map((column) => column.name);
  const columnsTable = tableOf([["0", toVector("string", labels)]]);
  return {
    data: tableToIPC(tableOf(dataColumns(frame)), "stream"),
    index: tableToIPC(indexTable, "stream"),
    columns: tableToIPC(columnsTable, "stream"),
  };
}

function plain(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.toISOString().replace(/\.000Z$|Z$/, "");
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value.toJSON === "function") return value.toJSON();
  return String(value);
}

function kindOf(values) {
  const kinds = new Set(values.filter((v) => v !== null).map((v) => typeof v));
  if (kinds.size === 0) return "empty";
  if (kinds.size > 1) return "object";
  const [kind] = kinds;
  if (kind === "number") return values.every((v) => v === null || Number.isInteger(v)) ? "integer" : "float";
  if (kind === "boolean") return "bool";
  return "string";
}

/** Milliseconds since the epoch -> the wire's ISO text (no zone: naive UTC, as pandas shows it). */
function isoTime(ms, dateOnly) {
  const text = new Date(ms).toISOString();
  return dateOnly ? text.slice(0, 10) : text.replace(/\.000Z$/, "").replace(/Z$/, "");
}

function readColumns(table) {
  return table.schema.fields.map((field, i) => {
    const vector = table.getChildAt(i);
    const typeId = field.type.typeId;
    const time = typeId === Type.Timestamp || typeId === Type.Date;
    const values = [];
    for (let row = 0; row < table.numRows; row += 1) {
      const value = plain(vector.get(row));
      values.push(time && typeof value === "number" ? isoTime(value, typeId === Type.Date) : value);
    }
    return { name: field.name, values, type: typeId === Type.Timestamp ? "datetime" : typeId === Type.Date ? "date" : null };
  });
}

// pandas' names for index levels stored as columns (pyarrow's from_pandas).
const INDEX_COLUMN = /^__index_level_\d+__$/;

/** A Frame from the three IPC buffers a v1 component sent as its value. */
export function componentTablesToFrame({ data, index, columns }) {
  const dataTable = tableFromIPC(data);
  const labels = columns ? readColumns(tableFromIPC(columns))[0]?.values ?? [] : [];
  const cols = readColumns(dataTable).filter((column) => !INDEX_COLUMN.test(column.name)).map((column, i) => ({
    name: labels[i] == null ? column.name : String(labels[i]),
    type: column.type ?? kindOf(column.values),
    values: column.values,
  }));
  const levels = index ? readColumns(tableFromIPC(index)) : [];
  return {
    numRows: dataTable.numRows,
    index: levels.length
      ? levels.map((level) => ({ name: "", type: level.type ?? kindOf(level.values), values: level.values }))
      : [{ name: "", type: "range", start: 0, step: 1 }],
    columns: cols,
  };
}

// The columnar Frame wire form (protocol/messages.js): values, records, cell text.
import { decimalsOf, formatNumber, groupThousands } from "../format.js";

const NUMERIC = new Set(["integer", "float"]);

/** True for columns whose cells are numbers (right-aligned). */
export function isNumeric(column) {
  return NUMERIC.has(column.type) || (column.type === "range");
}

/** The values of one column (a range index is expanded). */
export function columnValues(column, numRows) {
  if (column.type === "range") {
    const out = new Array(numRows);
    for (let i = 0; i < numRows; i++) out[i] = column.start + i * column.step;
    return out;
  }
  return column.values ?? [];
}

/** Rows as objects {columnName: value}, for Vega. */
export function frameRecords(frame) {
  const n = frame.numRows ?? 0;
  const columns = frame.columns.map((c) => [c.name, columnValues(c, n)]);
  const rows = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = {};
    for (const [name, values] of columns) row[name] = values[i];
    rows[i] = row;
  }
  return rows;
}

function isoDateTime(value) {
  return String(value).replace("T", " ");
}

/**
 * Decimals a number column shows, as Streamlit 1.67: its step's
 * (NumberColumn(step=0.01) -> 2); an integer column steps by 1 (0 decimals);
 * otherwise undefined (up to 4 decimals).
 */
export function columnPrecision(column, step) {
  const s = step ?? (column?.type === "integer" ? 1 : undefined);
  if (s === undefined || s === null || Number.isNaN(Number(s))) return undefined;
  return Number(s) % 1 === 0 ? 0 : decimalsOf(Number(s));
}

/** `value` cut (not rounded) to `decimals`, as Streamlit before formatting a number cell. */
function truncated(value, decimals) {
  if (decimals <= 0) return Math.trunc(value);
  const scale = 10 ** decimals;
  const scaled = value * scale;
  // A few ulps up, so 1.15 (1.1499999...) keeps its 5.
  return Math.trunc(scaled + Math.sign(scaled) * 2 ** -52 * Math.abs(scaled) * 10) / scale;
}

/**
 * The text st.dataframe shows for one cell; a number with the column's
 * `format` (named or printf) and `step` (its decimals), as Streamlit 1.67.
 */
export function gridCellText(value, column, format, step = undefined) {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return String(value);
    const precision = columnPrecision(column, step);
    try {
      return formatNumber(precision === undefined ? value : truncated(value, precision), format, precision);
    } catch {
      return String(value); // Streamlit shows the raw value in an error cell
    }
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (column.type === "datetime") return isoDateTime(value);
  return String(value);
}

/** The text st.table shows for one cell (pandas Styler's defaults). */
export function tableCellText(value, column) {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (column.type === "float") return groupThousands(value.toFixed(4));
    return String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (column.type === "datetime") return isoDateTime(value);
  return String(value);
}

/** Sorts row numbers by one column's values; nulls last either way. */
export function sortedRows(values, direction) {
  const order = Array.from({ length: values.length }, (_, i) => i);
  const sign = direction === "desc" ? -1 : 1;
  const numeric = values.every((v) => v === null || typeof v === "number");
  const collator = new Intl.Collator(undefined, { numeric: true });
  order.sort((a, b) => {
    const va = values[a];
    const vb = values[b];
    if (va === null || va === undefined) return vb === null || vb === undefined ? a - b : 1;
    if (vb === null || vb === undefined) return -1;
    const cmp = numeric ? va - vb : collator.compare(String(va), String(vb));
    return cmp === 0 ? a - b : sign * cmp;
  });
  return order;
}

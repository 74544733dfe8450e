// The columnar Frame wire form (protocol/messages.js): values, records, cell text.
import { formatNumber, groupThousands } from "../format.js";

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

function trimmedFloat(value, digits) {
  const fixed = value.toFixed(digits);
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

function isoDateTime(value) {
  return String(value).replace("T", " ");
}

/** The text st.dataframe shows for one cell. */
export function gridCellText(value, column, format) {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (format) {
      try {
        return formatNumber(value, format);
      } catch {
        return String(value); // Streamlit shows the raw value in an error cell
      }
    }
    if (Number.isInteger(value)) return String(value);
    return trimmedFloat(value, 4);
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

// st.table -> stTable: a static <table> whose cells are markdown (as Streamlit's).
import { h } from "preact";
import { Markdown } from "../markdown-view.js";
import { columnValues, isNumeric, tableCellText } from "./frame.js";

const NBSP = "\u00a0";

function Cell({ text }) {
  return h(Markdown, { body: text === null || text === "" ? NBSP : text });
}

export function TableElement({ props }) {
  const frame = props.data ?? { numRows: 0, index: [], columns: [] };
  const n = frame.numRows ?? 0;
  const index = props.hideIndex ? [] : frame.index ?? [];
  const indexValues = index.map((level) => columnValues(level, n));
  const columns = frame.columns.map((c) => ({ column: c, values: columnValues(c, n) }));
  const rows = [];
  for (let r = 0; r < n; r++) {
    rows.push(h("tr", { key: r },
      index.map((level, i) => h("th", { scope: "row", key: `i${i}` },
        h(Cell, { text: tableCellText(indexValues[i][r], level) }))),
      columns.map(({ column, values }, c) => h("td", { key: c, style: { textAlign: isNumeric(column) ? "right" : "left" } },
        h(Cell, { text: tableCellText(values[r], column) })))));
  }
  const head = props.hideHeader ? null : h("thead", null, h("tr", null,
    index.map((level, i) => h("th", { class: `blank index_name level0`, scope: "col", key: `i${i}` },
      h(Cell, { text: level.name || null }))),
    columns.map(({ column }, c) => h("th", { class: `col_heading level0 col${c}`, scope: "col", key: c },
      h(Cell, { text: column.name })))));
  const border = props.border ?? "all";
  const style = typeof props.height === "number" ? { maxHeight: `${props.height}px`, overflow: "auto" } : undefined;
  return h("div", { class: `stTable wl-table-border-${border}`, "data-testid": "stTable", style },
    h("div", null,
      h("table", { "data-testid": "stTableStyledTable", "aria-label": props.alt ?? undefined },
        head, h("tbody", null, rows))));
}

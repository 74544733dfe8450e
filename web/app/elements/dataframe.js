// st.dataframe -> stDataFrame: a virtualised DOM grid (Streamlit draws a canvas
// grid, glide-data-grid; we keep its accessible roles and glide-cell-C-R test ids).
// Only the rows in view (plus a few) are in the DOM, so 100,000 rows scroll smoothly.
// With on_select (props.id, props.selectionMode) the grid is a widget: row
// checkboxes, a header click selects a column, a cell click a cell; the value
// is {"selection": {rows (original positions), columns (names), cells}} as JSON.
import { h } from "preact";
import { ElementToolbar, saveFile, useFullscreen } from "./element-toolbar.js";
import { cx } from "../classes.js";
import { useContext, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { cellContent, columnTypeOf, sizingText } from "./column-types.js";
import { columnValues, gridCellText, isNumeric, sortedRows } from "./frame.js";

const DEFAULT_ROW_HEIGHT = 35;
const AUTO_MAX_ROWS = 10;
const OVERSCAN = 6;
const MIN_COL = 50;
const MAX_AUTO_COL = 500;
const SAMPLE_ROWS = 200;
const INDEX_ID = "_index";
const MARKER_WIDTH = 30;
const EMPTY_SELECTION = { rows: [], columns: [], cells: [] };

function readSelection(text) {
  try {
    const parsed = typeof text === "string" && text ? JSON.parse(text) : null;
    return { ...EMPTY_SELECTION, ...(parsed?.selection ?? {}) };
  } catch {
    return { ...EMPTY_SELECTION };
  }
}

/** The next selection after a click on `item` (a row position, column name, or [row, column]). */
function toggled(list, item, multi, required = false) {
  const key = JSON.stringify(item);
  const has = list.some((x) => JSON.stringify(x) === key);
  if (has) return required && list.length === 1 ? list : list.filter((x) => JSON.stringify(x) !== key);
  return multi ? [...list, item] : [item];
}

function autoWidth(label, values, column, format, type, step) {
  let longest = String(label ?? "").length + 2;
  const limit = Math.min(values.length, SAMPLE_ROWS);
  for (let i = 0; i < limit; i++) {
    const text = sizingText(values[i], type) ?? gridCellText(values[i], column, format, step);
    if (text !== null && text.length > longest) longest = text.length;
  }
  return Math.max(MIN_COL, Math.min(MAX_AUTO_COL, Math.round(longest * 8 + 18)));
}

/** The columns to show, in order: index levels first, then data columns. */
export function buildColumns(props) {
  const frame = props.data ?? { numRows: 0, index: [], columns: [] };
  const n = frame.numRows ?? 0;
  const config = props.columnConfig ?? {};
  const cols = [];
  const indexConfig = config[INDEX_ID] ?? {};
  if (!props.hideIndex && !indexConfig.hidden) {
    (frame.index ?? []).forEach((level, i) => {
      const values = columnValues(level, n);
      const settings = (frame.index.length === 1 ? indexConfig : config[level.name]) ?? {};
      cols.push({ column: level, values, isIndex: true, settings, label: settings.label ?? level.name ?? "" });
    });
  }
  let data = frame.columns;
  if (props.columnOrder && props.columnOrder.length) {
    data = props.columnOrder.map((name) => frame.columns.find((c) => c.name === name)).filter(Boolean);
  }
  for (const column of data) {
    const settings = config[column.name] ?? {};
    if (settings.hidden) continue;
    cols.push({ column, values: columnValues(column, n), isIndex: false, settings, label: settings.label ?? column.name });
  }
  for (const col of cols) {
    col.format = col.settings.format ?? null;
    col.type = columnTypeOf(col.settings);
    col.step = col.type?.type === "number" ? col.type.step : undefined;
    col.width = col.settings.width ?? autoWidth(col.label, col.values, col.column, col.format, col.type, col.step);
    col.align = col.settings.alignment ?? (isNumeric(col.column) ? "right" : "left");
  }
  return { cols, numRows: n };
}

export function containerHeight(height, numRows, rowHeight) {
  if (typeof height === "number") return height;
  if (height === "content") return (numRows + 1) * rowHeight + 2;
  if (height === "stretch") return null;
  return (Math.min(numRows, AUTO_MAX_ROWS) + 1) * rowHeight + 2;
}

export function useWidth(ref) {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return width;
}

// 1.67 aligns headers left unless the column has an explicit alignment.
const HEADER_JUSTIFY = { right: "flex-end", center: "center" };

export function HeaderCell({ col, colIndex, left, width, sort, onSort, selected = false }) {
  const sorted = sort && sort.col === colIndex ? sort.dir : null;
  const ariaSort = sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none";
  return h("div", {
    role: "columnheader",
    class: `wl-gdg-header${col.isIndex ? " wl-gdg-index" : ""}${selected ? " wl-gdg-selected" : ""}`,
    "aria-selected": selected ? "true" : undefined,
    "aria-colindex": colIndex + 1,
    "aria-sort": ariaSort,
    title: col.settings.help ?? undefined,
    tabindex: -1,
    style: { width: `${width}px`, left: col.isIndex ? `${left}px` : undefined, justifyContent: HEADER_JUSTIFY[col.settings.alignment] ?? "flex-start" },
    onClick: () => onSort(colIndex),
  },
  h("span", { class: "wl-gdg-header-label" }, String(col.label)),
  sorted ? h("span", { class: "wl-gdg-sort", "aria-hidden": "true" }, sorted === "asc" ? "↑" : "↓") : null,
  col.settings.help ? h("span", { class: "wl-gdg-help", "aria-hidden": "true" }) : null);
}

function Row({ model, rowNumber, dataRow, top, rowHeight, widths, lefts, totalWidth, placeholder, pick }) {
  const rowSelected = pick?.isRowSelected(dataRow);
  return h("div", {
    role: "row",
    class: "wl-gdg-row",
    "aria-rowindex": rowNumber + 2,
    "aria-selected": rowSelected ? "true" : undefined,
    style: { top: `${top}px`, height: `${rowHeight}px`, width: `${totalWidth}px` },
  },
  pick?.rows
    ? h("div", { role: "gridcell", class: "wl-gdg-cell wl-gdg-marker", style: { width: `${MARKER_WIDTH}px` } },
        h("input", {
          type: "checkbox",
          "aria-label": `Select row ${rowNumber + 1}`,
          checked: Boolean(rowSelected),
          onChange: () => pick.toggleRow(dataRow),
        }))
    : null,
  model.cols.map((col, c) => {
    const value = col.values[dataRow];
    const typed = cellContent(value, col.type, col.column);
    const text = typed === undefined ? gridCellText(value, col.column, col.format, col.step) : typed;
    // As glide-data-grid in Streamlit: with row markers, column 0 is the marker
    // column (its cells have no test id), so data columns count from 1.
    const id = `glide-cell-${c + (pick?.rows ? 1 : 0)}-${rowNumber}`;
    const selected = Boolean(pick && !col.isIndex && (rowSelected || pick.isColumnSelected(col) || pick.isCellSelected(dataRow, col)));
    return h("div", {
      key: c,
      role: "gridcell",
      id,
      "data-testid": id,
      "aria-colindex": c + 1,
      "aria-readonly": "true",
      "aria-selected": pick ? String(selected) : undefined,
      class: `wl-gdg-cell${col.isIndex ? " wl-gdg-index" : ""}${text === null ? " wl-gdg-null" : ""}${selected ? " wl-gdg-selected" : ""}`,
      style: { width: `${widths[c]}px`, left: col.isIndex ? `${lefts[c]}px` : undefined, textAlign: col.align },
      onClick: pick?.cells && !col.isIndex ? () => pick.toggleCell(dataRow, col) : undefined,
    }, text === null ? placeholder ?? "None" : text);
  }));
}

/** Selection state and actions of a dataframe with on_select (null without). */
function useSelection(props) {
  const app = useContext(AppContext);
  if (props.id == null || !app) return null;
  const modes = new Set(props.selectionMode ?? []);
  const selection = readSelection(app.widgets.value(props.id));
  const send = (next) => app.actions.change(props, JSON.stringify({ selection: next }));
  const colName = (col) => String(col.column.name);
  const rows = modes.has("multi-row") || modes.has("single-row") || modes.has("single-row-required");
  const columns = modes.has("multi-column") || modes.has("single-column");
  const cells = modes.has("multi-cell") || modes.has("single-cell");
  return {
    rows,
    columns,
    cells,
    isRowSelected: (row) => selection.rows.includes(row),
    isColumnSelected: (col) => selection.columns.includes(colName(col)),
    isCellSelected: (row, col) => selection.cells.some((cell) => cell[0] === row && cell[1] === colName(col)),
    toggleRow: (row) => send({ ...selection, rows: toggled(selection.rows, row, modes.has("multi-row"), modes.has("single-row-required")) }),
    toggleColumn: (col) => send({ ...selection, columns: toggled(selection.columns, colName(col), modes.has("multi-column")) }),
    toggleCell: (row, col) => send({ ...selection, cells: toggled(selection.cells, [row, colName(col)], modes.has("multi-cell")) }),
  };
}

/** The grid's columns as CSV text (header row, then every row in data order). */
function tableCsv(model, rowCount) {
  const field = (value) => {
    const text = value == null ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [model.cols.map((col) => field(col.isIndex ? "" : col.column.name)).join(",")];
  for (let r = 0; r < rowCount; r++) lines.push(model.cols.map((col) => field(col.values[r])).join(","));
  return lines.join("\n") + "\n";
}

export function DataFrameElement({ props }) {
  const rowHeight = props.rowHeight || DEFAULT_ROW_HEIGHT;
  const model = useMemo(() => buildColumns(props), [props.data, props.columnOrder, props.columnConfig, props.hideIndex]);
  const [sort, setSort] = useState(null);
  const pick = useSelection(props);
  const marker = pick?.rows ? MARKER_WIDTH : 0;
  const [scrollTop, setScrollTop] = useState(0);
  const frameRef = useRef(null);
  const scrollerRef = useRef(null);
  const [fullscreen, , fullscreenButton] = useFullscreen();
  const available = useWidth(frameRef);

  useEffect(() => setSort(null), [model]);
  const order = useMemo(() => (sort && model.cols[sort.col] ? sortedRows(model.cols[sort.col].values, sort.dir) : null), [model, sort]);

  const onSort = (c) => {
    // In column selection mode a header click selects the column (as in Streamlit).
    if (pick?.columns && !model.cols[c].isIndex) pick.toggleColumn(model.cols[c]);
    else if (!pick?.columns) setSort((prev) => ({ col: c, dir: prev && prev.col === c && prev.dir === "asc" ? "desc" : "asc" }));
  };

  // Column widths: as configured or sized to content; a stretched grid spreads
  // what is left over evenly, as Streamlit does.
  const natural = model.cols.map((col) => col.width);
  const naturalTotal = natural.reduce((a, b) => a + b, 0);
  const stretch = props.width === "stretch" || props.width == null;
  let outerWidth;
  if (typeof props.width === "number") outerWidth = Math.min(props.width, available || props.width);
  else if (stretch) outerWidth = available;
  else outerWidth = Math.min(naturalTotal + 2, available || naturalTotal + 2);
  const inner = Math.max(0, (outerWidth || 0) - 2 - marker);
  const widths = natural.slice();
  if (inner > naturalTotal && widths.length && (stretch || typeof props.width === "number")) {
    const extra = (inner - naturalTotal) / widths.length;
    for (let i = 0; i < widths.length; i++) widths[i] += extra;
  }
  const lefts = [];
  let x = 0;
  for (const w of widths) { lefts.push(x); x += w; }
  const totalWidth = x + marker;

  const n = model.numRows;
  const height = containerHeight(props.height, n, rowHeight);
  const viewport = (height ?? scrollerRef.current?.clientHeight ?? 400) - 2;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - 1 - OVERSCAN);
  const last = Math.min(n, Math.ceil((scrollTop + viewport) / rowHeight) + OVERSCAN);
  const rows = [];
  for (let r = first; r < last; r++) {
    rows.push(h(Row, {
      key: r, model, rowNumber: r, dataRow: order ? order[r] : r, top: r * rowHeight, rowHeight,
      widths, lefts, totalWidth, placeholder: props.placeholder, pick,
    }));
  }

  const onScroll = (event) => setScrollTop(event.currentTarget.scrollTop);
  const frameStyle = {
    width: typeof props.width === "number" ? `${props.width}px` : stretch ? "100%" : `${naturalTotal + marker + 2}px`,
    maxWidth: "100%",
    height: height === null ? "100%" : `${height}px`,
  };
  const downloadCsv = () => saveFile(new Blob([tableCsv(model, n)], { type: "text/csv" }), `${new Date().toISOString().slice(0, 19).replace(/:/g, "-")}_export.csv`);
  return h("div", { "data-testid": "stFullScreenFrame", ref: frameRef, class: cx("st-fullscreen-frame", fullscreen && "st-fullscreen") },
    h("div", { class: "stDataFrame", "data-testid": "stDataFrame" },
      // toolbarActions: buttons an element that shows its data as a table puts first (a chart's "Show chart").
      h(ElementToolbar, { buttons: [...(props.toolbarActions ?? []), { label: "Download as CSV", icon: "download", onClick: downloadCsv }, fullscreenButton] }),
      h("div", { "data-testid": "stDataFrameResizable", class: "wl-gdg-frame", style: frameStyle },
        h("div", {
          class: "stDataFrameGlideDataEditor wl-gdg-scroller",
          // Streamlit's grid is a <canvas data-testid=data-grid-canvas> holding the accessible table.
          "data-testid": "data-grid-canvas",
          ref: scrollerRef,
          onScroll,
          tabindex: 0,
          role: "grid",
          "aria-rowcount": n + 1,
          "aria-colcount": model.cols.length,
          "aria-multiselectable": pick ? "true" : undefined,
          "aria-label": props.alt ?? undefined,
        },
        h("div", { role: "row", class: "wl-gdg-head", "aria-rowindex": 1, style: { width: `${totalWidth}px`, height: `${rowHeight}px` } },
          pick?.rows ? h("div", { role: "columnheader", class: "wl-gdg-header wl-gdg-marker", style: { width: `${MARKER_WIDTH}px` } }) : null,
          model.cols.map((col, c) => h(HeaderCell, {
            key: c, col, colIndex: c, left: lefts[c], width: widths[c], sort, onSort,
            selected: Boolean(pick?.columns && !col.isIndex && pick.isColumnSelected(col)),
          }))),
        h("div", { class: "wl-gdg-body", role: "rowgroup", style: { height: `${n * rowHeight}px`, width: `${totalWidth}px` } }, rows)))));
}

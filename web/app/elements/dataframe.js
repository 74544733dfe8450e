// st.dataframe -> stDataFrame: a virtualised DOM grid (Streamlit draws a canvas
// grid, glide-data-grid; we keep its accessible roles and glide-cell-C-R test ids).
// Only the rows in view (plus a few) are in the DOM, so 100,000 rows scroll smoothly.
import { h } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { columnValues, gridCellText, isNumeric, sortedRows } from "./frame.js";

const DEFAULT_ROW_HEIGHT = 35;
const AUTO_MAX_ROWS = 10;
const OVERSCAN = 6;
const MIN_COL = 50;
const MAX_AUTO_COL = 500;
const SAMPLE_ROWS = 200;
const INDEX_ID = "_index";

function autoWidth(label, values, column, format) {
  let longest = String(label ?? "").length + 2;
  const limit = Math.min(values.length, SAMPLE_ROWS);
  for (let i = 0; i < limit; i++) {
    const text = gridCellText(values[i], column, format);
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
    col.width = col.settings.width ?? autoWidth(col.label, col.values, col.column, col.format);
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

export function HeaderCell({ col, colIndex, left, width, sort, onSort }) {
  const sorted = sort && sort.col === colIndex ? sort.dir : null;
  const ariaSort = sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none";
  return h("div", {
    role: "columnheader",
    class: `wl-gdg-header${col.isIndex ? " wl-gdg-index" : ""}`,
    "aria-colindex": colIndex + 1,
    "aria-sort": ariaSort,
    title: col.settings.help ?? undefined,
    tabindex: -1,
    style: { width: `${width}px`, left: col.isIndex ? `${left}px` : undefined, justifyContent: col.align === "right" ? "flex-end" : col.align === "center" ? "center" : "flex-start" },
    onClick: () => onSort(colIndex),
  },
  h("span", { class: "wl-gdg-header-label" }, String(col.label)),
  sorted ? h("span", { class: "wl-gdg-sort", "aria-hidden": "true" }, sorted === "asc" ? "↑" : "↓") : null,
  col.settings.help ? h("span", { class: "wl-gdg-help", "aria-hidden": "true" }) : null);
}

function Row({ model, rowNumber, dataRow, top, rowHeight, widths, lefts, totalWidth, placeholder }) {
  return h("div", {
    role: "row",
    class: "wl-gdg-row",
    "aria-rowindex": rowNumber + 2,
    style: { top: `${top}px`, height: `${rowHeight}px`, width: `${totalWidth}px` },
  }, model.cols.map((col, c) => {
    const text = gridCellText(col.values[dataRow], col.column, col.format);
    const id = `glide-cell-${c}-${rowNumber}`;
    return h("div", {
      key: c,
      role: "gridcell",
      id,
      "data-testid": id,
      "aria-colindex": c + 1,
      "aria-readonly": "true",
      class: `wl-gdg-cell${col.isIndex ? " wl-gdg-index" : ""}${text === null ? " wl-gdg-null" : ""}`,
      style: { width: `${widths[c]}px`, left: col.isIndex ? `${lefts[c]}px` : undefined, textAlign: col.align },
    }, text === null ? placeholder ?? "None" : text);
  }));
}

export function DataFrameElement({ props }) {
  const rowHeight = props.rowHeight || DEFAULT_ROW_HEIGHT;
  const model = useMemo(() => buildColumns(props), [props.data, props.columnOrder, props.columnConfig, props.hideIndex]);
  const [sort, setSort] = useState(null);
  const [scrollTop, setScrollTop] = useState(0);
  const frameRef = useRef(null);
  const scrollerRef = useRef(null);
  const available = useWidth(frameRef);

  useEffect(() => setSort(null), [model]);
  const order = useMemo(() => (sort && model.cols[sort.col] ? sortedRows(model.cols[sort.col].values, sort.dir) : null), [model, sort]);

  const onSort = (c) => setSort((prev) => ({ col: c, dir: prev && prev.col === c && prev.dir === "asc" ? "desc" : "asc" }));

  // Column widths: as configured or sized to content; a stretched grid spreads
  // what is left over evenly, as Streamlit does.
  const natural = model.cols.map((col) => col.width);
  const naturalTotal = natural.reduce((a, b) => a + b, 0);
  const stretch = props.width === "stretch" || props.width == null;
  let outerWidth;
  if (typeof props.width === "number") outerWidth = Math.min(props.width, available || props.width);
  else if (stretch) outerWidth = available;
  else outerWidth = Math.min(naturalTotal + 2, available || naturalTotal + 2);
  const inner = Math.max(0, (outerWidth || 0) - 2);
  const widths = natural.slice();
  if (inner > naturalTotal && widths.length && (stretch || typeof props.width === "number")) {
    const extra = (inner - naturalTotal) / widths.length;
    for (let i = 0; i < widths.length; i++) widths[i] += extra;
  }
  const lefts = [];
  let x = 0;
  for (const w of widths) { lefts.push(x); x += w; }
  const totalWidth = x;

  const n = model.numRows;
  const height = containerHeight(props.height, n, rowHeight);
  const viewport = (height ?? scrollerRef.current?.clientHeight ?? 400) - 2;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - 1 - OVERSCAN);
  const last = Math.min(n, Math.ceil((scrollTop + viewport) / rowHeight) + OVERSCAN);
  const rows = [];
  for (let r = first; r < last; r++) {
    rows.push(h(Row, {
      key: r, model, rowNumber: r, dataRow: order ? order[r] : r, top: r * rowHeight, rowHeight,
      widths, lefts, totalWidth, placeholder: props.placeholder,
    }));
  }

  const onScroll = (event) => setScrollTop(event.currentTarget.scrollTop);
  const frameStyle = {
    width: typeof props.width === "number" ? `${props.width}px` : stretch ? "100%" : `${naturalTotal + 2}px`,
    maxWidth: "100%",
    height: height === null ? "100%" : `${height}px`,
  };
  return h("div", { "data-testid": "stFullScreenFrame", ref: frameRef },
    h("div", { class: "stDataFrame", "data-testid": "stDataFrame" },
      h("div", { "data-testid": "stDataFrameResizable", class: "wl-gdg-frame", style: frameStyle },
        h("div", {
          class: "stDataFrameGlideDataEditor wl-gdg-scroller",
          ref: scrollerRef,
          onScroll,
          tabindex: 0,
          role: "grid",
          "aria-rowcount": n + 1,
          "aria-colcount": model.cols.length,
          "aria-label": props.alt ?? undefined,
        },
        h("div", { role: "row", class: "wl-gdg-head", "aria-rowindex": 1, style: { width: `${totalWidth}px`, height: `${rowHeight}px` } },
          model.cols.map((col, c) => h(HeaderCell, { key: c, col, colIndex: c, left: lefts[c], width: widths[c], sort, onSort }))),
        h("div", { class: "wl-gdg-body", role: "rowgroup", style: { height: `${n * rowHeight}px`, width: `${totalWidth}px` } }, rows)))));
}

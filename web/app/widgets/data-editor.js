// st.data_editor -> stDataFrame with editable cells. The widget value is
// Streamlit's editing state as JSON text: {"edited_rows": {"<row>": {col: v}},
// "added_rows": [{col: v}], "deleted_rows": [row]} (rows = original positions).
// Double-click or Enter edits a cell; Enter/Tab/blur commit; Escape cancels.
// Checkbox cells toggle on click / Space / Enter.
import { h } from "preact";
import { useContext, useMemo, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { buildColumns, containerHeight, HeaderCell, useWidth } from "../elements/dataframe.js";
import { cellContent } from "../elements/column-types.js";
import { gridCellText } from "../elements/frame.js";

const ROW_HEIGHT = 35;
const MARKER_WIDTH = 30;
const INDEX_ID = "_index";
const EMPTY_STATE = { edited_rows: {}, added_rows: [], deleted_rows: [] };

function readState(text) {
  if (!text) return EMPTY_STATE;
  try {
    const parsed = JSON.parse(text);
    return { edited_rows: parsed.edited_rows ?? {}, added_rows: parsed.added_rows ?? [], deleted_rows: parsed.deleted_rows ?? [] };
  } catch {
    return EMPTY_STATE;
  }
}

const columnId = (col) => (col.isIndex ? INDEX_ID : col.column.name);

/** The typed-in text as the column's JSON value (undefined = not valid). */
function parseInput(text, kind, settings = {}) {
  if (kind === "integer" || kind === "float") {
    if (text.trim() === "") return null;
    const number = Number(text);
    if (!Number.isFinite(number)) return undefined;
    if ((settings.min != null && number < settings.min) || (settings.max != null && number > settings.max)) return undefined;
    return kind === "integer" ? Math.trunc(number) : number;
  }
  return text;
}

/** A SelectboxColumn cell's editor: a <select> of the column's options; a choice commits. */
function SelectEditor({ initial, type, required, onCommit, onCancel }) {
  const done = useRef(false);
  const finish = (fn) => { if (!done.current) { done.current = true; fn(); } };
  const values = (type.options ?? []).map((o) => (o && typeof o === "object" ? o.value : o));
  const current = values.findIndex((v) => v === initial);
  const choose = (index) => finish(() => onCommit(index === "" ? null : values[Number(index)]));
  return h("select", {
    class: "wl-gdg-select",
    "data-testid": "stDataFrameCellEditor",
    value: current < 0 ? "" : String(current),
    ref: (el) => { if (el && !el.dataset.focused) { el.dataset.focused = "1"; el.focus(); } },
    onChange: (event) => choose(/** @type {HTMLSelectElement} */ (event.currentTarget).value),
    onKeyDown: (event) => {
      if (event.key === "Escape") { event.preventDefault(); finish(onCancel); }
      else if (event.key === "Enter" || event.key === "Tab") { event.preventDefault(); choose(/** @type {HTMLSelectElement} */ (event.currentTarget).value); }
      event.stopPropagation();
    },
    onBlur: () => finish(onCancel),
  },
  required && current >= 0 ? null : h("option", { value: "" }, ""),
  values.map((v, i) => h("option", { key: i, value: String(i) }, type.labels?.get(v) ?? String(v))));
}

function CellEditor({ initial, onCommit, onCancel, numeric, settings }) {
  const done = useRef(false);
  const finish = (fn) => { if (!done.current) { done.current = true; fn(); } };
  return h("input", {
    class: "wl-gdg-input",
    "data-testid": "stDataFrameCellEditor",
    type: numeric ? "number" : "text",
    min: settings.min, max: settings.max, step: settings.step ?? (numeric ? "any" : undefined),
    value: initial,
    ref: (el) => { if (el && !el.dataset.focused) { el.dataset.focused = "1"; el.focus(); el.select?.(); } },
    onKeyDown: (event) => {
      if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        const text = event.currentTarget.value;
        finish(() => onCommit(text));
      } else if (event.key === "Escape") {
        event.preventDefault();
        finish(onCancel);
      }
      event.stopPropagation();
    },
    onBlur: (event) => { const text = event.currentTarget.value; finish(() => onCommit(text)); },
  });
}

export function DataEditorWidget({ props }) {
  const ctx = useContext(AppContext);
  const { widgets, actions } = ctx;
  const model = useMemo(() => buildColumns(props), [props.data, props.columnOrder, props.columnConfig, props.hideIndex]);
  const state = readState(widgets.value(props.id));
  const [editing, setEditing] = useState(null); // {row, c}
  const [selected, setSelected] = useState(() => new Set());
  const frameRef = useRef(null);
  const available = useWidth(frameRef);
  const mode = props.editingMode ?? "fixed";
  const canAdd = !props.disabled && (mode === "dynamic" || mode === "add");
  const canDelete = !props.disabled && (mode === "dynamic" || mode === "delete");
  const settingsOf = (col) => (props.editing ?? {})[columnId(col)] ?? {};
  const editable = (col) => !props.disabled && !settingsOf(col).disabled;
  // Boolean cells, and CheckboxColumn cells of boolean or empty columns, toggle.
  const isBoolCol = (col) => {
    const kind = settingsOf(col).kind;
    return kind === "bool" || (col.type?.type === "checkbox" && kind === "empty");
  };

  // Rows as shown: original rows not deleted, then added rows.
  const deleted = new Set(state.deleted_rows);
  const rows = [];
  for (let r = 0; r < model.numRows; r++) if (!deleted.has(r)) rows.push({ orig: r });
  state.added_rows.forEach((_, i) => {
    rows.push({ added: i });
  });

  const cellValue = (row, col) => {
    const id = columnId(col);
    if (row.added !== undefined) return state.added_rows[row.added][id] ?? null;
    const edits = state.edited_rows[row.orig];
    if (edits && id in edits) return edits[id];
    return col.values[row.orig];
  };

  function send(next) {
    const text = JSON.stringify(next);
    if (props.ignoreRerun && !props.formId) {
      widgets.set(props.id, text);
      ctx.render();
    } else {
      actions.change(props, text);
    }
  }

  function setCell(row, col, value) {
    const id = columnId(col);
    const next = { edited_rows: { ...state.edited_rows }, added_rows: state.added_rows.slice(), deleted_rows: state.deleted_rows.slice() };
    if (row.added !== undefined) {
      next.added_rows[row.added] = { ...next.added_rows[row.added], [id]: value };
    } else {
      next.edited_rows[row.orig] = { ...(next.edited_rows[row.orig] ?? {}), [id]: value };
    }
    send(next);
  }

  function startEdit(rowNumber, c) {
    const col = model.cols[c];
    const row = rows[rowNumber];
    if (!col || !row || !editable(col)) return;
    if (isBoolCol(col)) {
      setCell(row, col, !cellValue(row, col));
      return;
    }
    setEditing({ row: rowNumber, c });
  }

  function addRow() {
    const added = {};
    for (const col of model.cols) {
      const settings = settingsOf(col);
      if (settings.default !== undefined) added[columnId(col)] = settings.default;
    }
    send({ ...state, added_rows: [...state.added_rows, added] });
  }

  function deleteSelected() {
    const removeAdded = new Set();
    const nextDeleted = state.deleted_rows.slice();
    for (const rowNumber of selected) {
      const row = rows[rowNumber];
      if (!row) continue;
      if (row.added !== undefined) removeAdded.add(row.added);
      else if (!nextDeleted.includes(row.orig)) nextDeleted.push(row.orig);
    }
    setSelected(new Set());
    send({
      edited_rows: state.edited_rows,
      added_rows: state.added_rows.filter((_, i) => !removeAdded.has(i)),
      deleted_rows: nextDeleted.sort((a, b) => a - b),
    });
  }

  const rowHeight = props.rowHeight || ROW_HEIGHT;
  const offset = canDelete ? 1 : 0;
  const marker = canDelete ? MARKER_WIDTH : 0;
  const widths = model.cols.map((col) => col.width);
  const natural = widths.reduce((a, b) => a + b, 0) + marker;
  const stretch = props.width === "stretch" || props.width == null;
  if (stretch && available > natural + 2 && widths.length) {
    const extra = (available - 2 - natural) / widths.length;
    for (let i = 0; i < widths.length; i++) widths[i] += extra;
  }
  const lefts = [];
  let x = marker;
  for (const w of widths) { lefts.push(x); x += w; }
  const totalWidth = x;
  const height = containerHeight(props.height, rows.length + (canAdd ? 1 : 0), rowHeight);

  const renderCell = (row, rowNumber, col, c) => {
    const value = cellValue(row, col);
    const settings = settingsOf(col);
    const id = `glide-cell-${c + offset}-${rowNumber}`;
    const isEditing = editing && editing.row === rowNumber && editing.c === c;
    const isBool = isBoolCol(col);
    const typed = isBool ? undefined : cellContent(value, col.type, col.column);
    const text = isBool ? null : typed === undefined ? gridCellText(value, col.column, col.format, col.step) : typed;
    const canEdit = editable(col);
    const content = isEditing && col.type?.type === "selectbox"
      ? h(SelectEditor, {
        initial: value,
        type: col.type,
        required: Boolean(settings.required),
        onCommit: (chosen) => {
          setEditing(null);
          if (chosen !== value) setCell(row, col, chosen);
        },
        onCancel: () => setEditing(null),
      })
      : isEditing
      ? h(CellEditor, {
        initial: value === null || value === undefined ? "" : String(value),
        numeric: settings.kind === "integer" || settings.kind === "float",
        settings,
        onCommit: (typed) => {
          setEditing(null);
          const parsed = parseInput(typed, settings.kind, settings);
          if (parsed !== undefined && parsed !== value) setCell(row, col, parsed);
        },
        onCancel: () => setEditing(null),
      })
      : isBool
        ? h("input", { type: "checkbox", tabindex: -1, checked: Boolean(value), disabled: !canEdit, class: "wl-gdg-check", "aria-label": String(col.label), onClick: (e) => { e.preventDefault(); } })
        : text === null ? props.placeholder ?? (row.added !== undefined ? "" : "None") : text;
    return h("div", {
      key: c,
      role: "gridcell",
      id,
      "data-testid": id,
      "aria-colindex": c + 1 + offset,
      "aria-readonly": canEdit ? "false" : "true",
      tabindex: -1,
      class: `wl-gdg-cell${col.isIndex ? " wl-gdg-index" : ""}${text === null && !isBool ? " wl-gdg-null" : ""}${isEditing ? " wl-gdg-editing" : ""}`,
      style: { width: `${widths[c]}px`, left: col.isIndex ? `${lefts[c]}px` : undefined, textAlign: col.align },
      onDblClick: () => startEdit(rowNumber, c),
      onClick: isBool ? () => startEdit(rowNumber, c) : undefined,
      onKeyDown: (event) => {
        if (isEditing) return;
        if (event.key === "Enter" || (isBool && event.key === " ")) { event.preventDefault(); startEdit(rowNumber, c); }
      },
    }, content);
  };

  const body = rows.map((row, rowNumber) => h("div", {
    key: row.added !== undefined ? `a${row.added}` : `o${row.orig}`,
    role: "row",
    class: "wl-gdg-row",
    "aria-rowindex": rowNumber + 2,
    "aria-selected": selected.has(rowNumber) ? "true" : undefined,
    style: { top: `${rowNumber * rowHeight}px`, height: `${rowHeight}px`, width: `${totalWidth}px` },
  },
  canDelete ? h("div", {
    role: "gridcell",
    class: "wl-gdg-cell wl-gdg-marker",
    "data-testid": `glide-cell-0-${rowNumber}`,
    style: { width: `${MARKER_WIDTH}px` },
  }, h("input", {
    type: "checkbox",
    "aria-label": `Select row ${rowNumber + 1}`,
    checked: selected.has(rowNumber),
    onChange: () => setSelected((prev) => { const next = new Set(prev); if (next.has(rowNumber)) next.delete(rowNumber); else next.add(rowNumber); return next; }),
  })) : null,
  model.cols.map((col, c) => renderCell(row, rowNumber, col, c))));

  const toolButton = (label, icon, onClick) => h("div", { "data-testid": "stElementToolbarButton" },
    h("button", { type: "button", "aria-label": label, title: label, onClick }, h("span", { "aria-hidden": "true" }, icon)));
  const toolbar = (canAdd || canDelete) ? h("div", { "data-testid": "stElementToolbar", class: "wl-de-toolbar" },
    canDelete && selected.size ? toolButton("Delete row(s)", "\u2212", deleteSelected) : null,
    canAdd ? toolButton("Add row", "+", addRow) : null) : null;

  return h("div", { "data-testid": "stFullScreenFrame", ref: frameRef },
    h("div", { class: "stDataFrame", "data-testid": "stDataFrame" },
      toolbar,
      h("div", {
        "data-testid": "stDataFrameResizable",
        class: "wl-gdg-frame",
        style: { width: typeof props.width === "number" ? `${props.width}px` : stretch ? "100%" : `${natural + 2}px`, maxWidth: "100%", height: height === null ? "100%" : `${height}px` },
      },
      h("div", {
        class: "stDataFrameGlideDataEditor wl-gdg-scroller",
        role: "grid",
        tabindex: 0,
        "aria-rowcount": rows.length + 1,
        "aria-colcount": model.cols.length + offset,
        "aria-label": props.alt ?? undefined,
      },
      h("div", { role: "row", class: "wl-gdg-head", "aria-rowindex": 1, style: { width: `${totalWidth}px`, height: `${rowHeight}px` } },
        canDelete ? h("div", { role: "columnheader", class: "wl-gdg-header wl-gdg-marker", style: { width: `${MARKER_WIDTH}px` } }) : null,
        model.cols.map((col, c) => h(HeaderCell, { key: c, col, colIndex: c, left: lefts[c], width: widths[c], sort: null, onSort: () => {} }))),
      h("div", { class: "wl-gdg-body", role: "rowgroup", style: { height: `${rows.length * rowHeight}px`, width: `${totalWidth}px` } }, body)))));
}

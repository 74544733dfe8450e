// Block nodes: vertical (st.container), horizontal (st.columns) with column
// children, form (st.form), expander (st.expander / st.status). Every non-root
// block sits in a stLayoutWrapper, as in Streamlit 1.67.
import { h } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { cx, keyClass } from "../classes.js";
import { ElementContainer } from "./element-container.js";
import { loadedValue } from "../elements/lazy.js";

const GAPS = { xxsmall: "0.25rem", xsmall: "0.5rem", small: "1rem", medium: "2rem", large: "4rem", xlarge: "6rem", xxlarge: "8rem" };
const ALIGN = { top: "flex-start", center: "center", bottom: "flex-end" };
// A container's justify/align (py/wasmlit/layouts.py FLEX) as CSS flex values.
const FLEX = { start: "flex-start", center: "center", end: "flex-end", spaceBetween: "space-between" };

/** @typedef {import("../tree.js").TreeEntry} TreeEntry */
/** @typedef {"none"|"flags"|"all"} ShowStale */

/**
 * A gap prop (a size name, pixels, or null for none) as CSS.
 * @param {string|number|null|undefined} gap
 * @param {string} [fallback]
 */
export function gapCss(gap, fallback = GAPS.small) {
  if (gap === null) return "0";
  if (typeof gap === "number") return `${gap}px`;
  return GAPS[gap] ?? fallback;
}

function childKey(child, index) {
  return `${index}:${child.kind}:${child.type}:${child.props.id ?? ""}`;
}

/**
 * Whether an element shows as stale under the view's stale mode ("none" | "flags" | "all").
 * @param {ShowStale} showStale
 * @param {TreeEntry} child
 */
function isStale(showStale, child) {
  return showStale === "all" || (showStale === "flags" && child.stale);
}

/**
 * Renders a block's children (holes skipped).
 * @param {{block: TreeEntry, showStale: ShowStale}} props
 */
export function Children({ block, showStale }) {
  return block.children.map((child, index) => {
    if (!child) return null;
    const key = childKey(child, index);
    if (child.kind === "block") return h(BlockNode, { key, entry: child, showStale });
    return h(ElementContainer, { key, entry: child, stale: isStale(showStale, child) });
  });
}

/**
 * A stVerticalBlock holding a block's children.
 * @param {{block: TreeEntry, showStale: ShowStale, className?: string,
 *          style?: import("preact").CSSProperties, extra?: Object<string, unknown>}} props
 *   extra: more attributes for the div (data-test-*, a ref)
 */
export function VerticalBlock({ block, showStale, className, style, extra }) {
  return h("div", {
    class: cx("stVerticalBlock", className),
    "data-testid": "stVerticalBlock",
    direction: "column",
    style,
    ...extra,
  }, h(Children, { block, showStale }));
}

/**
 * @param {{className?: string, children?: import("preact").ComponentChildren, width?: string,
 *          height?: string, overflow?: string, step?: boolean}} props
 */
function LayoutWrapper({ className, children, width = "100%", height = "auto", overflow = "visible", step }) {
  return h("div", {
    "data-testid": "stLayoutWrapper", class: cx("st-layout-wrapper", className), "data-step": step ? "true" : undefined,
    width, height, overflow,
  }, children);
}

/** A lazily loaded block renderer (elements/lazy.js); null while it loads. */
function lazyBlock(type) {
  return loadedValue(`block:${type}`);
}

/** @param {{entry: TreeEntry, showStale: ShowStale}} props */
function BlockNode({ entry, showStale }) {
  const props = entry.props;
  const Lazy = lazyBlock(entry.type);
  if (["tabs", "popover", "dialog", "chatMessage", "expander"].includes(entry.type) && !Lazy) return null;
  switch (entry.type) {
    case "horizontal":
      return h(LayoutWrapper, null, h(HorizontalBlock, { entry, showStale }));
    case "column":
      return h(Column, { entry, showStale });
    case "form":
      return h(LayoutWrapper, null,
        h("div", { class: cx("stForm", props.border === false && "st-no-border"), "data-testid": "stForm", "data-form-id": props.formId },
          h(VerticalBlock, { block: entry, showStale })));
    case "expander":
      // Streamlit puts an expander's st-key-<key> class on its stLayoutWrapper.
      return h(LayoutWrapper, { className: keyClass(props.key), step: props.type === "step" },
        h(Lazy, { props: entry.children.some(Boolean) ? props : { ...props, empty: true } },
          h(VerticalBlock, { block: entry, showStale, extra: { height: "100%" } })));
    case "tabs":
      // Streamlit puts stTabs straight in its parent (no stLayoutWrapper).
      return h(Lazy, { entry, renderPanel: (tab) => h(VerticalBlock, { block: tab, showStale }) });
    case "popover":
      return h(Lazy, { props }, h(VerticalBlock, { block: entry, showStale, extra: { height: "100%" } }));
    case "dialog":
      return h(Lazy, { props }, h(VerticalBlock, { block: entry, showStale, extra: { height: "100%" } }));
    case "chatMessage":
      return h(LayoutWrapper, null,
        h(Lazy, { props }, h(VerticalBlock, { block: entry, showStale, extra: { height: "100%" } })));
    case "grid":
      return h(LayoutWrapper, null, h(Grid, { entry, showStale }));
    case "gridCell":
      return h(LayoutWrapper, { width: "auto" }, h(VerticalBlock, {
        block: entry, showStale, extra: { "data-test-wrap": "false", "data-test-scroll-behavior": "normal", overflow: "visible", height: "auto" },
      }));
    case "vertical":
    default:
      return h(Container, { entry, showStale });
  }
}

/**
 * st.container: a vertical (or horizontal) flex box, scrolling at a fixed height.
 * @param {{entry: TreeEntry, showStale: ShowStale}} props
 */
function Container({ entry, showStale }) {
  const props = entry.props;
  const height = props.height ? `${props.height}px` : null;
  const justify = FLEX[props.justify];
  const align = FLEX[props.align];
  const style = {
    ...(height ? { height, overflow: "auto" } : {}),
    ...(props.gap !== undefined && props.gap !== "small" ? { gap: gapCss(props.gap) } : {}),
    ...(justify && justify !== "flex-start" ? { justifyContent: justify } : {}),
    ...(align && align !== "flex-start" ? { alignItems: align } : {}),
  };
  const ref = useAutoscroll(props.autoscroll && height ? entry : null);
  const extra = {
    ref,
    "data-test-wrap": props.horizontal && props.wrap !== false ? "true" : "false",
    "data-test-scroll-behavior": props.autoscroll && height ? "scroll-to-bottom" : "normal",
    overflow: height ? "auto" : "visible",
    height: height ?? "auto",
  };
  const className = cx(keyClass(props.key), props.border && "st-bordered", height && "st-fixed-height");
  if (props.horizontal) {
    return h(LayoutWrapper, height ? { height, overflow: "auto" } : null,
      h("div", {
        class: cx("stHorizontalBlock st-horizontal-container", className, props.wrap === false && "st-no-wrap"),
        "data-testid": "stHorizontalBlock",
        direction: "row",
        style: Object.keys(style).length ? style : undefined,
        ...extra,
      }, h(Children, { block: entry, showStale })));
  }
  return h(LayoutWrapper, height ? { height, overflow: "auto" } : null,
    h(VerticalBlock, {
      block: entry,
      showStale,
      className,
      style: Object.keys(style).length ? style : undefined,
      extra,
    }));
}

/** Keeps a scrolling container scrolled to its end as content arrives (autoscroll=True). */
function useAutoscroll(entry) {
  const ref = useRef(null);
  useLayoutEffect(() => {
    const node = ref.current;
    if (entry && node) node.scrollTop = node.scrollHeight;
  });
  return entry ? ref : undefined;
}

/** Columns the grid shows: as given, or as many of min width as fit (Streamlit 1.67's rule). */
export function gridColumnCount({ columns, wrap, availablePx, minColumnPx, gapPx }) {
  if (!wrap && typeof columns === "number") return columns;
  const cap = typeof columns === "number" ? columns : 24;
  const fit = minColumnPx + gapPx <= 0 ? cap : Math.floor((availablePx + gapPx) / (minColumnPx + gapPx));
  return Math.min(cap, Math.max(1, fit));
}

const GRID_MIN_COLUMN_PX = 200; // 12.5rem
const GRID_FALLBACK_PX = 704; // the centered layout's content width

function remPx(css) {
  if (css.endsWith("px")) return Number.parseFloat(css);
  return Number.parseFloat(css) * 16;
}

/**
 * st.grid: its children are cells, laid out by CSS grid.
 * @param {{entry: TreeEntry, showStale: ShowStale}} props
 */
function Grid({ entry, showStale }) {
  const props = entry.props;
  const ref = useRef(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node || typeof ResizeObserver === "undefined") return undefined;
    setWidth(node.getBoundingClientRect().width);
    const observer = new ResizeObserver(([item]) => setWidth(item.contentRect.width));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  const minColumnPx = typeof props.minColumnWidth === "number" ? props.minColumnWidth : GRID_MIN_COLUMN_PX;
  const columnGap = gapCss(props.columnGap);
  const count = gridColumnCount({
    columns: props.columns, wrap: props.wrap !== false, availablePx: width || GRID_FALLBACK_PX,
    minColumnPx, gapPx: remPx(columnGap),
  });
  const fixedRows = typeof props.rowHeight === "number";
  const cellAlign = ALIGN[props.verticalAlignment] ?? "flex-start";
  const cells = entry.children.map((child, index) => {
    if (!child) return null;
    const key = childKey(child, index);
    const span = child.kind === "block" && child.type === "gridCell" ? child.props : null;
    const columnSpan = span?.columnSpan === "all" ? "1 / -1" : span?.columnSpan > 1 ? `span ${Math.min(span.columnSpan, count)}` : undefined;
    const rowSpan = span?.rowSpan > 1 ? `span ${span.rowSpan}` : undefined;
    const body = child.kind === "block" ? h(BlockNode, { entry: child, showStale }) : h(ElementContainer, { entry: child, stale: isStale(showStale, child) });
    return h("div", {
      key, class: cx("stGridCell", props.border && "st-bordered"), "data-testid": "stGridCell",
      style: { gridColumn: columnSpan, gridRow: rowSpan, justifyContent: fixedRows ? cellAlign : undefined, alignSelf: fixedRows ? undefined : cellAlign === "flex-start" ? "start" : cellAlign === "flex-end" ? "end" : "center" },
    }, h("div", { "data-testid": "stGridCellBody", "data-test-scroll": "false", class: "st-grid-cell-body" },
      h("div", { "data-testid": "stGridCellContent", class: "st-grid-cell-content" }, body)));
  });
  const template = props.wrap === false
    ? `repeat(${count}, minmax(${minColumnPx}px, 1fr))`
    : `repeat(${count}, minmax(0, 1fr))`;
  return h("div", { "data-testid": "stGridScrollBody", "data-test-scroll": "false", class: cx("st-grid-scroll", props.wrap === false && "st-grid-scroll-x") },
    h("div", { "data-testid": "stGridContentMeasure" },
      h("div", {
        ref,
        class: cx("stGrid", keyClass(props.key)),
        "data-testid": "stGrid",
        "data-test-column-count": String(count),
        "data-test-wrap": String(props.wrap !== false),
        style: {
          gridTemplateColumns: template,
          rowGap: gapCss(props.rowGap),
          columnGap,
          gridAutoRows: fixedRows ? `${props.rowHeight}px` : undefined,
          gridAutoFlow: props.dense ? "row dense" : undefined,
        },
      }, cells)));
}

/** @param {{entry: TreeEntry, showStale: ShowStale}} props */
function HorizontalBlock({ entry, showStale }) {
  const props = entry.props;
  const columns = entry.children.filter(Boolean);
  const total = columns.reduce((sum, c) => sum + (Number(c.props.weight) > 0 ? Number(c.props.weight) : 1), 0) || 1;
  const gap = gapCss(props.gap);
  return h("div", {
    class: cx("stHorizontalBlock", keyClass(props.key), props.wrap === false && "st-no-wrap"),
    "data-testid": "stHorizontalBlock",
    "data-test-wrap": props.wrap === false ? "false" : "true",
    "data-test-scroll-behavior": "normal",
    direction: "row",
    style: { gap, alignItems: ALIGN[props.verticalAlignment] ?? "flex-start" },
  },
    entry.children.map((child, index) => {
      if (!child) return null;
      const key = childKey(child, index);
      if (child.kind === "block" && child.type === "column") {
        const weight = Number(child.props.weight) > 0 ? Number(child.props.weight) : 1;
        return h(Column, { key, entry: child, showStale, basis: `calc(${((weight / total) * 100).toFixed(4)}% - ${gap})` });
      }
      if (child.kind === "block") return h(BlockNode, { key, entry: child, showStale });
      return h(ElementContainer, { key, entry: child, stale: isStale(showStale, child) });
    }));
}

/** @param {{entry: TreeEntry, showStale: ShowStale, basis?: string}} props */
function Column({ entry, showStale, basis }) {
  const props = entry.props;
  const align = ALIGN[props.verticalAlignment];
  return h("div", {
    class: cx("stColumn", keyClass(props.key), props.border && "st-bordered"),
    "data-testid": "stColumn",
    style: { flex: `1 1 ${basis ?? "0%"}`, ...(align && align !== "flex-start" ? { alignSelf: "stretch", display: "flex", flexDirection: "column", justifyContent: align } : {}) },
  }, h(VerticalBlock, { block: entry, showStale }));
}

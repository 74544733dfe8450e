// Block nodes: vertical (st.container), horizontal (st.columns) with column
// children, form (st.form), expander (st.expander / st.status). Every non-root
// block sits in a stLayoutWrapper, as in Streamlit 1.67.
import { h } from "preact";
import { cx, keyClass } from "../classes.js";
import { ElementContainer } from "./element-container.js";
import { loadedValue } from "../elements/lazy.js";

const GAPS = { small: "1rem", medium: "2rem", large: "4rem" };
const ALIGN = { top: "flex-start", center: "center", bottom: "flex-end" };

function childKey(child, index) {
  return `${index}:${child.kind}:${child.type}:${child.props.id ?? ""}`;
}

/** Whether an element shows as stale under the view's stale mode ("none" | "flags" | "all"). */
function isStale(showStale, child) {
  return showStale === "all" || (showStale === "flags" && child.stale);
}

/** Renders a block's children (holes skipped). */
export function Children({ block, showStale }) {
  return block.children.map((child, index) => {
    if (!child) return null;
    const key = childKey(child, index);
    if (child.kind === "block") return h(BlockNode, { key, entry: child, showStale });
    return h(ElementContainer, { key, entry: child, stale: isStale(showStale, child) });
  });
}

/** A stVerticalBlock holding a block's children. */
export function VerticalBlock({ block, showStale, className, style, extra }) {
  return h("div", {
    class: cx("stVerticalBlock", className),
    "data-testid": "stVerticalBlock",
    direction: "column",
    style,
    ...extra,
  }, h(Children, { block, showStale }));
}

function LayoutWrapper({ className, children, height = "auto", overflow = "visible" }) {
  return h("div", { "data-testid": "stLayoutWrapper", class: cx("st-layout-wrapper", className), width: "100%", height, overflow }, children);
}

/** A lazily loaded block renderer (elements/lazy.js); null while it loads. */
function lazyBlock(type) {
  return loadedValue(`block:${type}`);
}

function BlockNode({ entry, showStale }) {
  const props = entry.props;
  const Lazy = lazyBlock(entry.type);
  if (["tabs", "popover", "dialog", "chatMessage", "expander"].includes(entry.type) && !Lazy) return null;
  switch (entry.type) {
    case "horizontal":
      return h(LayoutWrapper, null, h(HorizontalBlock, { entry, showStale }));
    case "column":
      return h(Column, { entry, showStale, gap: null });
    case "form":
      return h(LayoutWrapper, null,
        h("div", { class: cx("stForm", props.border === false && "st-no-border"), "data-testid": "stForm", "data-form-id": props.formId },
          h(VerticalBlock, { block: entry, showStale })));
    case "expander":
      // Streamlit puts an expander's st-key-<key> class on its stLayoutWrapper.
      return h(LayoutWrapper, { className: keyClass(props.key) },
        h(Lazy, { props }, h(VerticalBlock, { block: entry, showStale, extra: { height: "100%" } })));
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
    case "vertical":
    default: {
      const height = props.height ? `${props.height}px` : null;
      return h(LayoutWrapper, height ? { height, overflow: "auto" } : null,
        h(VerticalBlock, {
          block: entry,
          showStale,
          className: cx(keyClass(props.key), props.border && "st-bordered", height && "st-fixed-height"),
          style: height ? { height, overflow: "auto" } : undefined,
          extra: { "data-test-wrap": "false", "data-test-scroll-behavior": "normal", overflow: height ? "auto" : "visible", height: height ?? "auto" },
        }));
    }
  }
}

function HorizontalBlock({ entry, showStale }) {
  const props = entry.props;
  const columns = entry.children.filter(Boolean);
  const total = columns.reduce((sum, c) => sum + (Number(c.props.weight) > 0 ? Number(c.props.weight) : 1), 0) || 1;
  const gap = GAPS[props.gap] ?? GAPS.small;
  return h("div", {
    class: cx("stHorizontalBlock", keyClass(props.key)),
    "data-testid": "stHorizontalBlock",
    "data-test-wrap": "true",
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

function Column({ entry, showStale, basis }) {
  const props = entry.props;
  const align = ALIGN[props.verticalAlignment];
  return h("div", {
    class: cx("stColumn", keyClass(props.key), props.border && "st-bordered"),
    "data-testid": "stColumn",
    style: { flex: `1 1 ${basis ?? "0%"}`, ...(align && align !== "flex-start" ? { alignSelf: "stretch", display: "flex", flexDirection: "column", justifyContent: align } : {}) },
  }, h(VerticalBlock, { block: entry, showStale }));
}

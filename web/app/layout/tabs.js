// st.tabs -> stTabs: a tablist of stTab buttons (role=tab) and one stTabPanel
// per tab; inactive panels stay in the DOM, inert and hidden (as Streamlit).
// Switching tabs is local to the page (no rerun), unless the script made the
// open tab a widget (container-state.js).
import { h } from "preact";
import { useRef, useState } from "preact/hooks";
import { cx, keyClass } from "../classes.js";
import { Markdown } from "../markdown-view.js";
import { useContainerState } from "./container-state.js";

let nextId = 0;

/** The page's own open tab, as its label. */
function useLabelState(labels, initial) {
  const [index, setIndex] = useState(initial);
  return [labels[index] ?? labels[0], (label) => setIndex(Math.max(0, labels.indexOf(label)))];
}

/**
 * @param {{entry: import("../tree.js").TreeEntry,
 *          renderPanel: (tab: import("../tree.js").TreeEntry) => import("preact").ComponentChild}} props
 */
export function Tabs({ entry, renderPanel }) {
  const props = entry.props;
  const labels = props.labels ?? entry.children.filter(Boolean).map((tab) => tab.props.label ?? "");
  const idRef = useRef(null);
  if (idRef.current === null) idRef.current = `st-tabs-${++nextId}`;
  const id = idRef.current;
  const [openLabel, setOpenLabel] = useContainerState(props, useLabelState(labels, Number(props.default) || 0));
  const found = labels.indexOf(openLabel);
  const active = found >= 0 ? found : 0;
  const setSelected = (index) => setOpenLabel(labels[index]);
  const tabRefs = useRef([]);

  const focusTab = (index) => {
    const count = labels.length;
    const next = (index + count) % count;
    setSelected(next);
    tabRefs.current[next]?.focus();
  };
  const onKeyDown = (event) => {
    if (event.key === "ArrowRight") focusTab(active + 1);
    else if (event.key === "ArrowLeft") focusTab(active - 1);
    else if (event.key === "Home") focusTab(0);
    else if (event.key === "End") focusTab(labels.length - 1);
    else return;
    event.preventDefault();
  };

  const height = props.height ? `${props.height}px` : null;
  return h("div", { class: cx("stTabs", keyClass(props.key)), "data-testid": "stTabs", width: "100%" },
    h("div", { "data-orientation": "horizontal" },
      h("div", { role: "tablist", "aria-orientation": "horizontal", class: "st-tablist", onKeyDown },
        labels.map((label, index) => h("div", {
          key: index,
          ref: (el) => (tabRefs.current[index] = el),
          "data-testid": "stTab",
          role: "tab",
          id: `${id}-tab-${index}`,
          tabindex: index === active ? "0" : "-1",
          "aria-selected": index === active ? "true" : "false",
          "aria-controls": index === active ? `${id}-tabpanel-${index}` : undefined,
          "data-selected": index === active ? "true" : undefined,
          class: cx("st-tab", index === active && "st-tab-active"),
          onClick: () => setSelected(index),
        }, h(Markdown, { body: label, isLabel: true })))),
      entry.children.map((tab, index) => {
        if (!tab) return null;
        const isActive = index === active;
        return h("div", {
          key: index,
          "data-testid": "stTabPanel",
          role: "tabpanel",
          class: "st-tab-panel",
          id: isActive ? `${id}-tabpanel-${index}` : undefined,
          "aria-labelledby": isActive ? `${id}-tab-${index}` : undefined,
          tabindex: isActive ? "0" : undefined,
          "data-st-inactive": isActive ? undefined : "",
          inert: !isActive,
          hidden: !isActive,
          style: height ? { height, overflow: "auto" } : undefined,
        }, renderPanel(tab));
      })));
}

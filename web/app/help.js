// The "?" help icon with a hover/focus tooltip (st.* help=...).
import { h } from "preact";
import { useState } from "preact/hooks";
import { HelpIcon } from "./icons.js";
import { Markdown } from "./markdown-view.js";

/** @param {{help: string, label?: string}} props  label: the widget's plain-text label */
export function HelpTooltip({ help, label }) {
  const [open, setOpen] = useState(false);
  const show = () => setOpen(true);
  const hide = () => setOpen(false);
  return h("span", { class: "stTooltipIcon", "data-testid": "stTooltipIcon" },
    h("span", {
      class: "stTooltipHoverTarget",
      "data-testid": "stTooltipHoverTarget",
      onMouseEnter: show,
      onMouseLeave: hide,
      onFocusIn: show,
      onFocusOut: hide,
    },
      h("button", { type: "button", class: "st-help-button", "aria-label": label ? `Help for ${label}` : "Help" }, h(HelpIcon, null)),
      open && h("div", { class: "stTooltipContent", "data-testid": "stTooltipContent", role: "tooltip" },
        h(Markdown, { body: help }))));
}

/**
 * Wraps `children` so hovering them shows `help` (buttons, checkboxes).
 * @param {{help?: string, children?: import("preact").ComponentChildren}} props
 */
export function WithTooltip({ help, children }) {
  const [open, setOpen] = useState(false);
  if (!help) return children;
  return h("span", {
    class: "stTooltipHoverTarget st-tooltip-wrap",
    "data-testid": "stTooltipHoverTarget",
    onMouseEnter: () => setOpen(true),
    onMouseLeave: () => setOpen(false),
  },
    children,
    open && h("div", { class: "stTooltipContent", "data-testid": "stTooltipContent", role: "tooltip" }, h(Markdown, { body: help })));
}

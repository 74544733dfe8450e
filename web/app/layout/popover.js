// st.popover -> stPopover: a button (stPopoverButton) that opens a floating
// panel (stPopoverBody, role=dialog) holding the container's children. The
// panel closes on Escape, on a click outside it, or on the button again.
import { h } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { cx, keyClass } from "../classes.js";
import { WithTooltip } from "../help.js";
import { MaterialIcon, materialIconName } from "../material-icon.js";
import { Markdown } from "../markdown-view.js";
import { markdownToText } from "../markdown.js";
import { eventTarget } from "../portal.js";
import { useContainerState } from "./container-state.js";

export function Popover({ props, children }) {
  const [open, setOpen] = useContainerState(props, useState(false));
  const root = useRef(null);
  const kind = ["primary", "secondary", "tertiary"].includes(props.kind) ? props.kind : "secondary";
  const icon = props.icon && !String(props.icon).startsWith(":material/") ? props.icon : null;

  // Attached at commit (not after paint) so an Escape right after opening is seen.
  useLayoutEffect(() => {
    if (!open) return undefined;
    const onKey = (event) => { if (event.key === "Escape") setOpen(false); };
    const onPointer = (event) => { if (root.current && !root.current.contains(eventTarget(event))) setOpen(false); };
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onPointer);
    };
  }, [open]);

  const button = h("button", {
    type: "button",
    kind,
    "data-testid": "stPopoverButton",
    class: cx("st-button", `st-button-${kind}`, "st-popover-button", props.stretch && "st-button-full"),
    "aria-haspopup": "dialog",
    "aria-expanded": open ? "true" : "false",
    disabled: Boolean(props.disabled),
    onClick: () => setOpen(!open),
  },
    h("div", { class: "st-button-inner" },
      icon && materialIconName(icon) ? h("span", { class: "st-button-icon" }, h(MaterialIcon, { name: materialIconName(icon), size: "1rem" }))
        : icon ? h("span", { class: "st-button-icon", "data-testid": "stIconEmoji" }, icon) : null,
      h("span", { "data-has-shortcut": "false" }, h(Markdown, { body: props.label ?? "", isLabel: true })),
      h("span", { class: "st-popover-chevron", "aria-hidden": "true" }, h(MaterialIcon, { name: open ? "expand_less" : "expand_more" }))));

  return h("div", { class: cx("st-layout-wrapper", "st-popover-wrapper", keyClass(props.key)), "data-testid": "stLayoutWrapper", width: props.stretch ? "100%" : "fit-content", height: "auto", overflow: "visible" },
    h("div", { class: "stPopover", "data-testid": "stPopover", ref: root },
      h(WithTooltip, { help: props.help }, button),
      open
        ? h("div", { "data-testid": "stPopoverBody", class: "st-popover-body", role: "dialog", "aria-label": markdownToText(props.label ?? "") }, children)
        : null));
}

// st.menu_button -> stMenuButton (Streamlit 1.67's DOM):
//   div.stMenuButton > button[stMenuButtonButton][kind][aria-haspopup=menu][aria-expanded]
//     > div > (div.st-button-inner: icon + label) + div[aria-hidden] > stIconMaterial "expand_more"/"expand_less"
//   open (portalled): div[stMenuButtonBody] > div[role=menu][aria-label=<label>]
//     > div[role=menuitem] > div > stMarkdownContainer (the option's label)
// Picking an option reruns the app with its label as a one-shot trigger (the
// script sees the option in that run only). Arrow keys move between items,
// Enter/Space pick, Escape or a click outside closes.
import { createPortal, h } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { WithTooltip } from "../help.js";
import { Markdown } from "../markdown-view.js";
import { MaterialIcon, materialIconName } from "../material-icon.js";
import { eventTarget, usePortalRoot } from "../portal.js";
import { labelText } from "./label.js";
import { usePopupPosition } from "./popup-position.js";

export function MenuButtonWidget({ props }) {
  const { rerun } = useContext(AppContext);
  const portalRoot = usePortalRoot();
  const anchorRef = useRef(null);
  const menuRef = useRef(null);
  const [open, setOpen] = useState(false);
  const position = usePopupPosition(open, anchorRef, 240, false);
  const kind = ["primary", "secondary", "tertiary"].includes(props.kind) ? props.kind : "secondary";
  const material = materialIconName(props.icon);
  const emoji = props.icon && !material ? props.icon : null;
  const disabled = Boolean(props.disabled);
  const options = props.options ?? [];

  useEffect(() => {
    if (!open) return undefined;
    menuRef.current?.querySelector("[role=menuitem]")?.focus();
    const listener = (event) => {
      const target = eventTarget(event);
      if (anchorRef.current?.contains(target) || menuRef.current?.contains(target)) return;
      setOpen(false);
    };
    document.addEventListener("mousedown", listener, true);
    return () => document.removeEventListener("mousedown", listener, true);
  }, [open, position !== null]);

  const pick = (option) => {
    setOpen(false);
    rerun({ [props.id]: option }, props);
  };
  const onMenuKey = (event) => {
    const items = [...(menuRef.current?.querySelectorAll("[role=menuitem]") ?? [])];
    const index = items.indexOf(document.activeElement ?? null);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = (index + (event.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
      items[next]?.focus();
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      items[event.key === "Home" ? 0 : items.length - 1]?.focus();
    } else if (event.key === "Escape" || event.key === "Tab") {
      setOpen(false);
      if (event.key === "Escape") anchorRef.current?.querySelector("button")?.focus();
    }
  };

  const button = h("button", {
    type: "button",
    kind,
    "data-testid": "stMenuButtonButton",
    class: `st-button st-button-${kind} st-menu-button${props.width === "stretch" ? " st-button-full" : ""}`,
    "aria-haspopup": "menu",
    "aria-expanded": String(open),
    disabled,
    onClick: () => setOpen(!open),
    onKeyDown: (event) => {
      if (event.key === "ArrowDown" && !open) {
        event.preventDefault();
        setOpen(true);
      }
    },
  },
    h("div", { class: "st-menu-button-content" },
      h("div", { class: "st-button-inner" },
        material ? h("span", { class: "st-button-icon" }, h(MaterialIcon, { name: material, size: "1.125rem" }))
          : emoji ? h("span", { class: "st-button-icon", "data-testid": "stIconEmoji" }, emoji) : null,
        h("span", { style: { display: "contents" } }, h(Markdown, { body: props.label ?? "", isLabel: true }))),
      h("div", { "aria-hidden": "true", class: "st-menu-button-chevron" },
        h("span", null, h(MaterialIcon, { name: open ? "expand_less" : "expand_more", size: "1.25rem" })))));

  return h("div", {
    class: "stMenuButton",
    "data-testid": "stMenuButton",
    ref: anchorRef,
    style: typeof props.width === "number" ? { width: `${props.width}px` } : undefined,
  },
    h(WithTooltip, { help: props.help }, button),
    open && position
      ? createPortal(
          h("div", { class: "st-menu-button-body", "data-testid": "stMenuButtonBody", style: { position: "fixed", ...position.style } },
            h("div", { role: "menu", "aria-label": labelText(props), tabindex: "-1", class: "st-menu-button-menu", ref: menuRef, onKeyDown: onMenuKey },
              options.map((option, i) =>
                h("div", {
                  key: `${i}-${option}`,
                  role: "menuitem",
                  tabindex: i === 0 ? "0" : "-1",
                  class: "st-menu-button-item",
                  onClick: () => pick(option),
                  onKeyDown: (event) => {
                    if (event.key === "Enter" || event.key === " ") {
                      event.preventDefault();
                      pick(option);
                    }
                  },
                }, h("div", null, h(Markdown, { body: option, isLabel: true })))))),
          portalRoot)
      : null);
}

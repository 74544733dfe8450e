// st.color_picker -> stColorPicker: a swatch button (stColorPickerBlock) that
// opens a popover (stColorPickerPopover) with preset swatches and a hex field;
// a native input[type=color] (visually hidden, unlabelled so get_by_label finds the
// button as in Streamlit) holds
// the value, so it can be read or filled. Value: "#rrggbb" string.
import { createPortal, h } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { eventTarget, usePortalRoot } from "../portal.js";
import { labelText, WidgetLabel } from "./label.js";
import { usePopupPosition } from "./popup-position.js";
import { SyncedInput } from "./synced-input.js";

const PRESETS = ["#ff4b4b", "#ffa421", "#ffe312", "#21c354", "#00d4b1", "#1c83e1", "#803df5", "#808495", "#000000", "#ffffff"];

/** "#abc" -> "#aabbcc"; null when not a hex colour. */
export function normalizeHex(text) {
  let t = String(text ?? "").trim();
  if (!t.startsWith("#")) t = `#${t}`;
  if (/^#[0-9a-fA-F]{3}$/.test(t)) t = `#${t[1]}${t[1]}${t[2]}${t[2]}${t[3]}${t[3]}`;
  return /^#[0-9a-fA-F]{6}$/.test(t) ? t.toLowerCase() : null;
}

export function ColorPickerWidget({ props }) {
  const portalRoot = usePortalRoot();
  const { widgets, actions } = useContext(AppContext);
  const buttonRef = useRef(null);
  const [open, setOpen] = useState(false);
  const [hexDraft, setHexDraft] = useState(null);
  const value = String(widgets.value(props.id) ?? "#000000");
  const disabled = Boolean(props.disabled);
  const label = labelText(props);
  const position = usePopupPosition(open, buttonRef, 160, false);
  const choose = (hex) => {
    const normalized = normalizeHex(hex);
    if (!normalized) return;
    setHexDraft(null);
    if (normalized !== normalizeHex(value)) actions.change(props, normalized);
  };

  useEffect(() => {
    if (!open) return undefined;
    const listener = (event) => {
      const target = eventTarget(event);
      if (buttonRef.current?.contains(target)) return;
      if (target.closest?.("[data-testid=stColorPickerPopover]")) return;
      setOpen(false);
    };
    document.addEventListener("mousedown", listener, true);
    return () => document.removeEventListener("mousedown", listener, true);
  }, [open]);

  const popover = open && position
    ? createPortal(
        h("div", { role: "dialog", "aria-label": `${label} color picker`, tabindex: "-1", class: "st-color-dialog", style: position.style,
          onKeyDown: (event) => {
            if (event.key === "Escape") {
              event.preventDefault();
              setOpen(false);
              buttonRef.current?.focus();
            }
          } },
          h("div", { "data-testid": "stColorPickerPopover", class: "st-color-popover" },
            h("div", { class: "st-color-swatches" },
              PRESETS.map((hex) => h("button", { key: hex, type: "button", title: hex, "aria-label": hex, class: "st-color-swatch",
                style: { background: hex }, onClick: () => choose(hex) }))),
            h("div", { class: "st-color-hex" },
              h("input", {
                id: `${props.id}-hex`,
                spellcheck: false,
                value: hexDraft ?? value.toUpperCase(),
                onInput: (event) => setHexDraft(event.currentTarget.value),
                onKeyDown: (event) => {
                  if (event.key === "Enter") {
                    event.preventDefault();
                    choose(hexDraft ?? value);
                  }
                },
                onBlur: () => hexDraft !== null && choose(hexDraft),
              }),
              h("label", { for: `${props.id}-hex` }, "hex")))),
        portalRoot)
    : null;

  return h("div", { class: "stColorPicker", "data-testid": "stColorPicker" },
    h(WidgetLabel, { label: props.label, visibility: props.labelVisibility, help: props.help, disabled }),
    h("button", {
      type: "button",
      ref: buttonRef,
      "aria-label": `${label} color picker`,
      "aria-expanded": String(open),
      "aria-haspopup": "dialog",
      class: "st-color-button",
      disabled,
      onClick: () => setOpen(!open),
    }, h("div", { "data-testid": "stColorPickerBlock", class: "st-color-block", style: { backgroundColor: value } })),
    h("span", { class: "st-visually-hidden" },
      h(SyncedInput, {
        type: "color",
        tabindex: "-1",
        value: normalizeHex(value) ?? "#000000",
        disabled,
        onChange: (event) => choose(event.currentTarget.value),
      })),
    popover);
}

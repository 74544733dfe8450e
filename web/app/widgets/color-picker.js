// st.color_picker -> stColorPicker: a swatch button (stColorPickerBlock) that
// opens a popover (stColorPickerPopover) laid out as Streamlit 1.67's: a
// saturation/brightness square, a hue bar with a preview dot, and the colour's
// fields (hex; the arrows svg toggles to r/g/b/a and h/s/l/a). The colour shown
// follows the popover live; it is sent when the popover closes (a click
// outside, Escape, the swatch button) or on Enter in a field.
// A native input[type=color] (visually hidden, unlabelled so get_by_label finds
// the button as in Streamlit) holds the value, so it can be read or filled.
// Value: "#rrggbb" string.
import { createPortal, h } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { useUid } from "../hooks.js";
import { eventTarget, usePortalRoot } from "../portal.js";
import { applyField, fieldTexts, hexToHsv, hsvToHex, normalizeHex } from "./color-model.js";
import { labelText, WidgetLabel } from "./label.js";
import { usePopupPosition } from "./popup-position.js";
import { SyncedInput } from "./synced-input.js";

export { normalizeHex };

const MODES = ["hex", "rgb", "hsl"];

/** Calls `onMove(x, y)` (0-1 within `ref`'s box) on press and while dragging. */
function dragHandler(ref, onMove) {
  return (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    const move = (e) => {
      const box = ref.current?.getBoundingClientRect();
      if (!box || !box.width || !box.height) return;
      onMove(Math.min(1, Math.max(0, (e.clientX - box.left) / box.width)),
        Math.min(1, Math.max(0, (e.clientY - box.top) / box.height)));
    };
    move(event);
    const up = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  };
}

/** The popover's body: square, hue bar, fields; `hsv` is the colour being picked. */
function ColorPopover({ hsv, setHsv, onEnter }) {
  const uid = useUid("color");
  const squareRef = useRef(null);
  const hueRef = useRef(null);
  const [mode, setMode] = useState("hex");
  const [drafts, setDrafts] = useState({});
  const fieldsRef = useRef(null);
  // As in 1.67, the popover opens with its first field (hex) focused.
  useEffect(() => fieldsRef.current?.querySelector("input")?.focus({ preventScroll: true }), []);
  const hex = hsvToHex(hsv);
  const fields = fieldTexts(mode, hsv);
  return h("div", { "data-testid": "stColorPickerPopover", class: "st-color-popover" },
    h("div", {
      class: "st-color-square",
      ref: squareRef,
      style: { backgroundColor: hsvToHex({ h: hsv.h, s: 1, v: 1 }) },
      onPointerDown: dragHandler(squareRef, (x, y) => setHsv({ h: hsv.h, s: x, v: 1 - y })),
    },
      h("div", { class: "st-color-square-white" }),
      h("div", { class: "st-color-square-black" }),
      h("div", { class: "st-color-square-pointer", style: { left: `${hsv.s * 100}%`, top: `${(1 - hsv.v) * 100}%` } })),
    h("div", { class: "st-color-body" },
      h("div", { class: "st-color-sliders" },
        h("div", { class: "st-color-preview", style: { backgroundColor: hex } }),
        h("div", {
          class: "st-color-hue",
          ref: hueRef,
          onPointerDown: dragHandler(hueRef, (x) => setHsv({ ...hsv, h: Math.min(359, x * 360) })),
        }, h("div", { class: "st-color-hue-pointer", style: { left: `${(hsv.h / 360) * 100}%` } }))),
      h("div", { class: "st-color-fields", ref: fieldsRef },
        h("div", { class: "st-color-field-row" },
          fields.map(([name, text]) =>
            h("div", { key: `${mode}-${name}`, class: "st-color-field" },
              h(SyncedInput, {
                inputRef: null,
                id: `${uid}-${name}`,
                spellcheck: false,
                value: drafts[name] ?? text,
                onInput: (event) => {
                  const typed = event.currentTarget.value;
                  setDrafts({ ...drafts, [name]: typed });
                  const next = applyField(name, typed, hsv);
                  if (next) setHsv(next);
                },
                onBlur: () => setDrafts({}),
                onKeyDown: (event) => {
                  if (event.key === "Enter") {
                    event.preventDefault();
                    setDrafts({});
                    onEnter();
                  }
                },
              }),
              h("label", { for: `${uid}-${name}` }, name)))),
        h("div", { class: "st-color-mode" },
          h("svg", {
            viewBox: "0 0 24 24",
            "aria-hidden": "true",
            onClick: () => {
              setDrafts({});
              setMode(MODES[(MODES.indexOf(mode) + 1) % MODES.length]);
            },
          }, h("path", { d: "M12 18.17 8.83 15l-1.41 1.41L12 21l4.59-4.59L15.17 15 12 18.17zM12 5.83 15.17 9l1.41-1.41L12 3 7.41 7.59 8.83 9 12 5.83z" }))))));
}

export function ColorPickerWidget({ props }) {
  const portalRoot = usePortalRoot();
  const { widgets, actions } = useContext(AppContext);
  const buttonRef = useRef(null);
  const [open, setOpen] = useState(false);
  const [picking, setPicking] = useState(null); // HSV while the popover is open
  const value = String(widgets.value(props.id) ?? "#000000");
  const disabled = Boolean(props.disabled);
  const label = labelText(props);
  const position = usePopupPosition(open, buttonRef, 260, false);
  const shown = picking ? hsvToHex(picking) : normalizeHex(value) ?? "#000000";
  const choose = (hex) => {
    const normalized = normalizeHex(hex);
    if (normalized && normalized !== normalizeHex(value)) actions.change(props, normalized);
  };
  const openPopover = () => {
    setPicking(hexToHsv(value));
    setOpen(true);
  };
  const closePopover = () => {
    setOpen(false);
    if (picking) choose(hsvToHex(picking));
    setPicking(null);
  };
  // A new value from the script while open (e.g. Enter's rerun) keeps the hue being picked.
  useEffect(() => {
    if (picking && hsvToHex(picking) !== normalizeHex(value)) setPicking(hexToHsv(value));
  }, [value]);

  const closeRef = useRef(closePopover);
  closeRef.current = closePopover;
  useEffect(() => {
    if (!open) return undefined;
    const listener = (event) => {
      const target = eventTarget(event);
      if (buttonRef.current?.contains(target)) return;
      if (target.closest?.("[data-testid=stColorPickerPopover]")) return;
      closeRef.current();
    };
    document.addEventListener("mousedown", listener, true);
    return () => document.removeEventListener("mousedown", listener, true);
  }, [open]);

  const popover = open && position && picking
    ? createPortal(
        h("div", { role: "dialog", "aria-label": `${label} color picker`, tabindex: "-1", class: "st-color-dialog", style: position.style,
          onKeyDown: (event) => {
            if (event.key === "Escape") {
              event.preventDefault();
              closePopover();
              buttonRef.current?.focus();
            }
          } },
          h(ColorPopover, { hsv: picking, setHsv: setPicking, onEnter: () => choose(hsvToHex(picking)) })),
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
      onClick: () => (open ? closePopover() : openPopover()),
    }, h("div", { "data-testid": "stColorPickerBlock", class: "st-color-block", style: { backgroundColor: shown } })),
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

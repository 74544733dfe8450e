// Inline SVG icons (same shapes Streamlit uses).
import { h } from "preact";

const lucide = { xmlns: "http://www.w3.org/2000/svg", width: "16", height: "16", viewBox: "0 0 24 24", fill: "none",
  stroke: "currentColor", "stroke-width": "2", "stroke-linecap": "round", "stroke-linejoin": "round", "aria-hidden": "true" };

export function HelpIcon() {
  return h("svg", { ...lucide, class: "icon", focusable: "false" },
    h("circle", { cx: "12", cy: "12", r: "10" }),
    h("path", { d: "M9.09 9a3 3 0 0 1 5.83 1c0 2-3 3-3 3" }),
    h("line", { x1: "12", y1: "17", x2: "12.01", y2: "17" }));
}

export function LinkIcon() {
  return h("svg", lucide,
    h("path", { d: "M15 7h3a5 5 0 0 1 5 5 5 5 0 0 1-5 5h-3m-6 0H6a5 5 0 0 1-5-5 5 5 0 0 1 5-5h3" }),
    h("line", { x1: "8", y1: "12", x2: "16", y2: "12" }));
}

const material = { viewBox: "0 0 24 24", "aria-hidden": "true", focusable: "false", fill: "currentColor", xmlns: "http://www.w3.org/2000/svg" };

export function ChevronDownIcon() {
  return h("svg", { ...material, width: "1.25rem", height: "1.25rem" },
    h("path", { d: "M7.41 8.59L12 13.17l4.59-4.58L18 10l-6 6-6-6 1.41-1.41z" }));
}

export function MinusIcon() {
  return h("svg", { ...material, viewBox: "0 0 8 8", width: "0.75rem", height: "0.75rem" },
    h("path", { d: "M0 3v2h8V3H0z" }));
}

export function PlusIcon() {
  return h("svg", { ...material, viewBox: "0 0 8 8", width: "0.75rem", height: "0.75rem" },
    h("path", { d: "M3 0v3H0v2h3v3h2V5h3V3H5V0H3z" }));
}

export function CheckIcon() {
  return h("svg", { viewBox: "0 0 10 8", "aria-hidden": "true", width: "10", height: "8" },
    h("path", { d: "M1 4l2.5 2.5L9 1", fill: "none", stroke: "currentColor", "stroke-width": "1.75" }));
}

/** @param {{testid?: string}} [props] */
export function CopyIcon({ testid } = {}) {
  return h("svg", { ...material, width: "1rem", height: "1rem", "data-testid": testid },
    h("path", { d: "M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11v14z" }));
}

export function ChevronLeftDoubleIcon() {
  return h("svg", { ...material, width: "1.25rem", height: "1.25rem" },
    h("path", { d: "M17.59 18L19 16.59 14.42 12 19 7.41 17.59 6l-6 6z" }),
    h("path", { d: "M11 18l1.41-1.41L7.83 12l4.58-4.59L11 6l-6 6z" }));
}

export function ChevronRightDoubleIcon() {
  return h("svg", { ...material, width: "1.25rem", height: "1.25rem" },
    h("path", { d: "M6.41 6L5 7.41 9.58 12 5 16.59 6.41 18l6-6z" }),
    h("path", { d: "M13 6l-1.41 1.41L16.17 12l-4.58 4.59L13 18l6-6z" }));
}

export function EyeIcon({ off = false }) {
  return h("svg", { ...material, width: "1.25rem", height: "1.25rem" },
    off
      ? h("path", { d: "M12 7c2.76 0 5 2.24 5 5 0 .65-.13 1.26-.36 1.83l2.92 2.92c1.51-1.26 2.7-2.89 3.43-4.75-1.73-4.39-6-7.5-11-7.5-1.4 0-2.74.25-3.98.7l2.16 2.16C10.74 7.13 11.35 7 12 7zM2 4.27l2.28 2.28.46.46C3.08 8.3 1.78 10.02 1 12c1.73 4.39 6 7.5 11 7.5 1.55 0 3.03-.3 4.38-.84l.42.42L19.73 22 21 20.73 3.27 3 2 4.27zM7.53 9.8l1.55 1.55c-.05.21-.08.43-.08.65 0 1.66 1.34 3 3 3 .22 0 .44-.03.65-.08l1.55 1.55c-.67.33-1.41.53-2.2.53-2.76 0-5-2.24-5-5 0-.79.2-1.53.53-2.2zm4.31-.78l3.15 3.15.02-.16c0-1.66-1.34-3-3-3l-.17.01z" })
      : h("path", { d: "M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5zM12 17c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5zm0-8c-1.66 0-3 1.34-3 3s1.34 3 3 3 3-1.34 3-3-1.34-3-3-3z" }));
}

/** Material "keyboard_arrow_down" / "keyboard_arrow_right" (expander chevrons, 1rem). */
export function ArrowDownIcon() {
  return h("svg", { ...material, width: "1rem", height: "1rem" },
    h("path", { d: "M7.41 8.59L12 13.17l4.59-4.58L18 10l-6 6-6-6 1.41-1.41z" }));
}

export function ArrowRightIcon() {
  return h("svg", { ...material, width: "1rem", height: "1rem" },
    h("path", { d: "M8.59 16.59L13.17 12 8.59 7.41 10 6l6 6-6 6-1.41-1.41z" }));
}

/** Material "check" (st.status complete). */
export function MaterialCheckIcon() {
  return h("svg", { ...material, width: "1rem", height: "1rem" },
    h("path", { d: "M9 16.17L4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z" }));
}

/** Material "error" outline (st.status error). */
export function MaterialErrorIcon() {
  return h("svg", { ...material, width: "1rem", height: "1rem" },
    h("path", { d: "M11 15h2v2h-2zm0-8h2v6h-2zm.99-5C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8z" }));
}

/** The toast close "X" (same path as Streamlit's). */
export function CloseIcon() {
  return h("svg", { ...material, width: "0.9rem", height: "0.9rem" },
    h("path", { fill: "none", d: "M0 0h24v24H0V0z" }),
    h("path", { d: "M18.3 5.71a.996.996 0 00-1.41 0L12 10.59 7.11 5.7A.996.996 0 105.7 7.11L10.59 12 5.7 16.89a.996.996 0 101.41 1.41L12 13.41l4.89 4.89a.996.996 0 101.41-1.41L13.41 12l4.89-4.89c.38-.38.38-1.02 0-1.4z" }));
}

/** The main menu's "⋮" (three dots in a column). */
export function MoreVertIcon() {
  return h("svg", { ...material, width: "1.25rem", height: "1.25rem" },
    h("circle", { cx: "12", cy: "5.5", r: "2" }),
    h("circle", { cx: "12", cy: "12", r: "2" }),
    h("circle", { cx: "12", cy: "18.5", r: "2" }));
}

/** A running figure (the header's "script is running" sign). */
export function RunningIcon() {
  return h("svg", { ...material, width: "1.5rem", height: "1.5rem", class: "st-running-figure" },
    h("circle", { cx: "14.5", cy: "4", r: "2" }),
    h("path", {
      d: "M13.2 7.1l-3.6 1.5L8 12l1.6.7 1.2-2.5 1.3-.5-1.5 7.3-4 3.3 1.2 1.4 4.6-3.8.6-2.6 1.9 1.9v5.3h1.8v-6.1l-2.2-2.2.7-3.3A6 6 0 0 0 19 13.2v-1.8a4.3 4.3 0 0 1-3.5-2.2l-.9-1.5a1.8 1.8 0 0 0-1.4-.6z",
    }));
}

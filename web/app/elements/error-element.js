// What Streamlit 1.67 shows in place of an element that failed in the browser
// (its ErrorElement): an error alert (no stAlert wrapper) with "<name>: ", the
// message, and the stack's lines after the first, trimmed, in
// pre[data-testid=stErrorElementStack].
import { h } from "preact";

/** @param {{name: string, error: any}} props  any: whatever was thrown (an Error or any value) */
export function ErrorElement({ name, error }) {
  const lines = typeof error?.stack === "string" ? error.stack.split("\n") : [];
  lines.shift();
  const stack = lines.map((line) => line.trim()).filter(Boolean).join("\n");
  return h("div", { class: "stAlertContainer st-alert-error", "data-testid": "stAlertContainer", role: "alert" },
    h("div", { "data-testid": "stAlertContentError" },
      h("strong", null, `${name}: `),
      String(error?.message ?? error),
      stack ? h("pre", { class: "st-error-stack", "data-testid": "stErrorElementStack" }, h("code", null, stack)) : null));
}

// InputInstructions: "Press Enter to apply" / "Press Enter to submit form" / "3/10"
// under a focused text/number input (as Streamlit shows them).
import { h } from "preact";

/**
 * @param {{dirty: boolean, inForm: boolean, enterSubmits: boolean, length?: number,
 *          maxChars?: number|null, multiline?: boolean}} props
 */
export function InputInstructions({ dirty, inForm, enterSubmits, length = 0, maxChars = null, multiline = false }) {
  const parts = [];
  if (dirty) {
    const key = multiline ? (isMac() ? "⌘+Enter" : "Ctrl+Enter") : "Enter";
    if (!inForm) parts.push(`Press ${key} to apply`);
    else if (enterSubmits) parts.push(`Press ${key} to submit form`);
  }
  if (maxChars) parts.push(`${length}/${maxChars}`);
  // In a form where Enter does not submit, Streamlit 1.67 keeps the (empty)
  // InputInstructions node while the input is dirty.
  if (!parts.length && !(dirty && inForm)) return null;
  return h("div", { class: "st-input-instructions-wrap" },
    h("div", { "data-testid": "InputInstructions", class: "st-input-instructions" },
      parts.map((text, i) => h("span", { key: i, class: i ? "st-input-count" : undefined }, text))));
}

function isMac() {
  return typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent || "");
}

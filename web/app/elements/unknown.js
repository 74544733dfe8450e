// A node type this renderer does not know: say so instead of failing silently.
import { h } from "preact";

export function UnknownElement({ type }) {
  return h("div", { class: "st-unknown-element", "data-testid": "stUnknownElement", role: "note" },
    `wasmlit cannot display "${type}" elements yet.`);
}

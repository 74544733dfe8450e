// The "Script execution error" modal Streamlit 1.67 shows when the app's script
// does not compile (a SyntaxError): stDialog > section[role=dialog] with the
// error's text in an stErrorCodeBlock and a Close button. It is not an element
// of the app: what the page showed before stays, and the next run closes it.
import { h } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";

export function CompileErrorDialog({ text, onClose, contained = false }) {
  const section = useRef(null);
  useLayoutEffect(() => {
    section.current?.focus();
    const onKey = (event) => { if (event.key === "Escape") onClose(); };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  // An app embedded in a host page keeps the dialog over its own box.
  return h("div", { class: contained ? "stDialog st-dialog-center st-dialog-contained" : "stDialog st-dialog-center", "data-testid": "stDialog" },
    h("div", { class: "st-dialog-backdrop", onMouseDown: (event) => { if (event.target === event.currentTarget) onClose(); } },
      h("section", {
        ref: section, role: "dialog", "aria-modal": "true", "aria-labelledby": "st-compile-error-title", tabindex: "-1",
        class: "st-dialog-panel", style: { width: "min(500px, calc(100vw - 2rem))" },
      },
        h("button", { type: "button", "aria-label": "Close", class: "st-dialog-close", onClick: onClose }, "×"),
        h("h2", { id: "st-compile-error-title", class: "st-dialog-title" }, "Script execution error"),
        h("div", { class: "st-dialog-body" },
          h("div", { class: "stErrorCodeBlock", "data-testid": "stErrorCodeBlock", tabindex: "0" },
            h("pre", null, h("code", null, text)))),
        h("div", { class: "st-dialog-footer" },
          h("button", { type: "button", kind: "secondary", "data-testid": "stBaseButton-secondary", class: "st-button st-button-secondary", onClick: onClose }, "Close")))));
}

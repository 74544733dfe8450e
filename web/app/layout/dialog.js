// @st.dialog -> stDialog: a modal over the app with a title (h2), a Close (X)
// button and the dialog function's elements. X, Escape and a click on the
// backdrop close it in the page (when dismissible); a new run that calls the
// dialog function again (props.openedIn changes) opens it again. With
// on_dismiss="rerun" or a callable (props.id: the dismissal's trigger), closing
// it also reruns the app with that trigger, as in Streamlit 1.67.
import { h } from "preact";
import { useContext, useLayoutEffect, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { cx } from "../classes.js";
import { Markdown } from "../markdown-view.js";

const WIDTHS = { small: "500px", medium: "750px", large: "1280px" };
let nextId = 0;

function CloseIcon() {
  return h("svg", { xmlns: "http://www.w3.org/2000/svg", viewBox: "0 0 24 24", width: "1.25rem", height: "1.25rem", fill: "currentColor", "aria-hidden": "true", focusable: "false" },
    h("path", { d: "M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z" }));
}

export function Dialog({ props, children }) {
  const [closedAt, setClosedAt] = useState(null);
  const { actions } = useContext(AppContext);
  const section = useRef(null);
  const idRef = useRef(null);
  if (idRef.current === null) idRef.current = `st-dialog-title-${++nextId}`;
  const open = closedAt !== props.openedIn;
  const dismissible = props.dismissible !== false;
  const close = () => {
    if (!dismissible || closedAt === props.openedIn) return;
    setClosedAt(props.openedIn);
    if (props.id) actions.click({ id: props.id });
  };

  // A layout effect: the Escape handler is in place as soon as the dialog is
  // on screen (a plain effect runs after paint, and an early Escape was lost).
  useLayoutEffect(() => {
    if (!open) return undefined;
    section.current?.focus();
    const onKey = (event) => { if (event.key === "Escape") close(); };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open, props.openedIn, dismissible]);

  if (!open) return null;
  const width = typeof props.width === "number" ? `${props.width}px` : WIDTHS[props.width] ?? WIDTHS.small;
  const icon = props.icon && !String(props.icon).startsWith(":material/") ? props.icon : null;
  return h("div", { class: cx("stDialog", `st-dialog-${props.position ?? "center"}`), "data-testid": "stDialog" },
    h("div", { class: "st-dialog-backdrop", onMouseDown: (event) => { if (event.target === event.currentTarget) close(); } },
      h("section", { ref: section, role: "dialog", "aria-modal": "true", "aria-labelledby": idRef.current, tabindex: "-1", class: "st-dialog-panel", style: { width: `min(${width}, calc(100vw - 2rem))` } },
        dismissible ? h("button", { type: "button", "aria-label": "Close", class: "st-dialog-close", onClick: close }, h(CloseIcon, null)) : null,
        h("h2", { id: idRef.current, class: "st-dialog-title" },
          icon ? h("span", { "data-testid": "stDialogIcon", class: "st-dialog-icon" }, icon) : null,
          h("span", null, h(Markdown, { body: props.title ?? "", isLabel: true }))),
        h("div", { class: "st-dialog-body" }, children))));
}

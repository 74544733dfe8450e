// st.toast -> stToast items in a stToastContainer portalled to <body> (top
// right, newest on top), as Streamlit 1.67 does with react-aria's ToastRegion.
// Also EventRoot: Streamlit's (invisible) div.stEvent mirror of the event root.
import { createPortal, h } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { useUid } from "../hooks.js";
import { usePortalRoot } from "../portal.js";
import { CloseIcon } from "../icons.js";
import { Markdown } from "../markdown-view.js";

function Toast({ toast, onDismiss }) {
  const { body, icon } = toast.props;
  const textId = useUid("st-toast-text");
  const textRef = useRef(null);
  const [clamped, setClamped] = useState(false);
  const [showAll, setShowAll] = useState(false);
  useLayoutEffect(() => {
    const element = textRef.current;
    if (!element) return;
    const lineHeight = Number.parseFloat(getComputedStyle(element).lineHeight) || 20;
    setClamped(element.scrollHeight > lineHeight * 3 + 1);
  }, [body]);
  const showIcon = icon && !String(icon).startsWith(":material/");
  return h("div", {
    class: "stToast",
    "data-testid": "stToast",
    role: "alertdialog",
    "aria-modal": "false",
    "aria-labelledby": textId,
    tabindex: "0",
  },
    h("div", { class: "st-toast-content" },
      showIcon
        ? h("span", { class: "st-icon-wrap" }, h("span", { class: "st-toast-icon", "data-testid": "stToastDynamicIcon", "aria-hidden": "true" }, icon))
        : null,
      h("div", { class: "st-toast-body" },
        h("div", { id: textId, ref: textRef, class: clamped && !showAll ? "st-toast-clamped" : undefined, "data-testid": "stToastText" },
          h(Markdown, { body: body ?? "" })),
        clamped
          ? h("button", { type: "button", class: "st-toast-view", "data-testid": "stToastViewButton", onClick: () => setShowAll(!showAll) },
              showAll ? "view less" : "view more")
          : null)),
    h("button", { type: "button", class: "st-toast-close", "aria-label": "Close", slot: "close", onClick: () => onDismiss(toast.id) },
      h(CloseIcon, null)));
}

/** The toast overlay; renders nothing while there are no toasts (as Streamlit). */
export function ToastContainer({ toasts, onDismiss }) {
  const portalRoot = usePortalRoot();
  if (!toasts.length || typeof document === "undefined") return null;
  return createPortal(
    h("div", { class: "stToastContainer", "data-testid": "stToastContainer", role: "region", tabindex: "-1", "aria-label": "Notifications" },
      h("ol", { class: "react-aria-ToastList" },
        toasts.map((toast) => h("li", { key: toast.uid }, h(Toast, { toast, onDismiss }))))),
    portalRoot);
}

/** Streamlit's event root: div.stEvent > stVerticalBlock > one empty container per event element. */
export function EventRoot({ slots }) {
  if (!slots.length) return null;
  return h("div", { class: "stEvent", "data-testid": "stEvent" },
    h("div", { class: "stVerticalBlock", "data-testid": "stVerticalBlock", direction: "column" },
      slots.map((slot) => h("div", {
        key: slot,
        class: "stElementContainer element-container",
        "data-testid": "stElementContainer",
        "data-stale": "false",
        width: "auto",
        height: "auto",
        overflow: "visible",
      }))));
}

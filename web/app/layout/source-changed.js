// The header's status widget after a source file changed under `wasmlit serve`
// (web/boot/source-changes.js), as Streamlit 1.67 shows it:
//   div.stStatusWidget[data-testid=stStatusWidget] > div >
//     span > span[data-testid=stIconMaterial] ("info")
//     + label "File change."
//     + span > button[kind=header][data-testid=stBaseButton-header] > div "Rerun"
//     + (server.allowRunOnSave) span > button[...] > div "Always rerun"
// The "a" key is Always rerun, as in Streamlit ("r" reruns the app anyway).
// Shown until the next run starts. Loaded with web/boot/source-changes.js, which
// hands this component to the view (a built site never loads it).
import { h } from "preact";
import { useLayoutEffect } from "preact/hooks";

/**
 * @param {{prompt: {allowRunOnSave: boolean, rerun: () => void, alwaysRerun: () => void}}} props
 */
export function SourceChangedPrompt({ prompt }) {
  useLayoutEffect(() => {
    if (!prompt.allowRunOnSave) return undefined;
    const onKey = (event) => {
      if (event.key !== "a" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.composedPath ? event.composedPath()[0] : event.target)) return;
      prompt.alwaysRerun();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [prompt]);

  return h("div", { class: "stStatusWidget", "data-testid": "stStatusWidget" },
    h("div", { class: "st-source-changed" },
      h("span", { class: "st-source-changed-icon" },
        h("span", { "data-testid": "stIconMaterial", "aria-hidden": "true", ref: noTranslate, class: "st-icon-ligature" },
          "info", h(InfoIcon, null))),
      h("label", { class: "st-source-changed-label" }, "File change."),
      h(PromptButton, { title: "Rerun", onClick: prompt.rerun }),
      prompt.allowRunOnSave ? h(PromptButton, { title: "Always rerun", onClick: prompt.alwaysRerun }) : null));
}

function PromptButton({ title, onClick }) {
  return h("span", { class: "st-source-changed-action" },
    h("button", { type: "button", kind: "header", "data-testid": "stBaseButton-header", class: "st-prompt-button", onClick },
      h("div", { class: "st-shortcut-label" }, title)));
}

/** A circled "i", drawn here (the Material Symbols font is not bundled). */
function InfoIcon() {
  return h("svg", { viewBox: "0 0 24 24", width: "20", height: "20", fill: "none", "aria-hidden": "true" },
    h("circle", { cx: "12", cy: "12", r: "9", stroke: "currentColor", "stroke-width": "2" }),
    h("rect", { x: "11", y: "10.5", width: "2", height: "6.5", rx: "0.5", fill: "currentColor" }),
    h("circle", { cx: "12", cy: "7.75", r: "1.25", fill: "currentColor" }));
}

/** translate="no" (Preact would set the boolean property, which reads "yes"). */
function noTranslate(element) {
  element?.setAttribute("translate", "no");
}

function isTyping(target) {
  if (!target || target.nodeType !== 1) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

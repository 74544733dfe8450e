// st.progress -> stProgress: optional markdown text above a react-aria style progress bar.
import { h } from "preact";
import { Markdown } from "../markdown-view.js";

export function ProgressElement({ props }) {
  const raw = Number(props.value);
  const value = Number.isFinite(raw) ? Math.min(100, Math.max(0, Math.round(raw))) : 0;
  return h("div", { class: "stProgress", "data-testid": "stProgress" },
    h("div", { class: "st-progress-text" }, h(Markdown, { body: props.text ?? "", isLabel: true })),
    h("div", {
      class: "react-aria-ProgressBar",
      role: "progressbar",
      "aria-label": "progress",
      "aria-valuenow": String(value),
      "aria-valuemin": "0",
      "aria-valuemax": "100",
      "aria-valuetext": `${value}%`,
    },
      h("div", { class: "st-progress-track", "data-testid": "stProgressBarTrack" },
        h("div", { class: "st-progress-fill", style: { transform: `translateX(${value - 100}%)` } }))));
}

// st.spinner -> stSpinner: a spinning icon, the markdown text and (showTime) the
// elapsed time, formatted as Streamlit does: "(1.2 seconds)", "(1 minute, 3.0 seconds)".
import { h } from "preact";
import { useEffect, useState } from "preact/hooks";
import { Markdown } from "../markdown-view.js";

export function formatElapsed(seconds) {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const plural = (n, unit) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  const secs = rest === 0 ? "" : `, ${rest.toFixed(1)} seconds`;
  if (hours === 0 && minutes === 0) return `(${rest.toFixed(1)} seconds)`;
  if (hours === 0) return `(${plural(minutes, "minute")}${secs})`;
  return `(${plural(hours, "hour")}${minutes === 0 ? "" : `, ${plural(minutes, "minute")}`}${secs})`;
}

function Elapsed() {
  const [started] = useState(() => Date.now());
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const tick = () => setSeconds((Date.now() - started) / 1000);
    tick();
    const timer = setInterval(tick, 100);
    return () => clearInterval(timer);
  }, [started]);
  return h("span", { class: "st-spinner-time" }, formatElapsed(seconds));
}

export function SpinnerElement({ props }) {
  return h("div", { class: "stSpinner", "data-testid": "stSpinner" },
    h("div", { class: "st-spinner-row" },
      h("span", { class: "st-icon-wrap" },
        h("span", { class: "st-spin-icon st-spin-icon-lg", "aria-hidden": "true", "data-testid": "stSpinnerIcon" })),
      h("div", { class: "st-spinner-body" },
        h("div", { role: "status" }, h(Markdown, { body: props.text ?? "" })),
        props.showTime ? h(Elapsed, null) : null)));
}

// A typed date outside st.date_input's min_value/max_value, as Streamlit 1.67
// shows it: the field keeps the typed date and turns red (data-invalid on the
// field and its segments, data-has-error on stDateInputField), an error icon
// (stDateInputError > stTooltipErrorHoverTarget) shows the message in a
// tooltip on hover, and a visually hidden role=alert says it to screen
// readers. The widget's value does not change until a valid date is entered.
import { h } from "preact";
import { useState } from "preact/hooks";
import { compareDates, isValidDate } from "./date-util.js";
import { Markdown } from "../markdown-view.js";

/** "afterMax", "beforeMin" or null for the typed dates (drafts; null: nothing typed). */
export function rangeProblem(drafts, min, max) {
  for (const draft of drafts ?? []) {
    if (!isValidDate(draft)) continue;
    if (max && compareDates(draft, max) > 0) return "afterMax";
    if (min && compareDates(draft, min) < 0) return "beforeMin";
  }
  return null;
}

/** A date in the widget's format (e.g. "2034/05/17"). */
function formatDate(date, layout) {
  return layout.order
    .map((type) => String(Math.abs(date[type])).padStart(type === "year" ? 4 : 2, "0"))
    .join(layout.separator);
}

/** The message (markdown), as Streamlit words it. */
export function rangeMessage(problem, min, max, layout) {
  const head = "**Error**: Date set outside allowed range. Please select a date";
  if (problem === "afterMax") return `${head} on or before ${formatDate(max, layout)}.`;
  if (!max) return `${head} on or after ${formatDate(min, layout)}.`;
  return `${head} between ${formatDate(min, layout)} and ${formatDate(max, layout)}.`;
}

function ErrorIcon() {
  return h("svg", { viewBox: "0 0 24 24", width: "1.1rem", height: "1.1rem", "aria-hidden": "true", fill: "currentColor" },
    h("path", { d: "M11 15h2v2h-2v-2zm0-8h2v6h-2V7zm.99-5C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8z" }));
}

/** The error icon with its hover tooltip. */
export function DateRangeErrorIcon({ message }) {
  const [open, setOpen] = useState(false);
  return h("div", { "data-testid": "stDateInputError", class: "st-date-error" },
    h("div", {
      "data-testid": "stTooltipErrorHoverTarget",
      class: "stTooltipErrorHoverTarget",
      onMouseEnter: () => setOpen(true),
      onMouseLeave: () => setOpen(false),
    },
      h(ErrorIcon, null),
      open && h("div", { role: "tooltip", class: "st-date-error-tooltip" },
        h("div", { class: "stTooltipErrorContent", "data-testid": "stTooltipErrorContent" }, h(Markdown, { body: message })))));
}

/** The screen reader's copy of the message (plain text). */
export function DateRangeAlert({ id, message }) {
  return h("span", { id, role: "alert", class: "st-visually-hidden" }, message.replace(/\*\*/g, ""));
}

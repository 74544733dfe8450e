// st.feedback -> stFeedback: a role=radiogroup ("Feedback rating") of icon
// buttons (role=radio, aria-checked, roving tabindex; stFeedbackButton, or
// stFeedbackButtonActive when chosen — for stars, every star up to the chosen
// one). Clicking the chosen option again clears it. Value: "N" or "" (none).
import { h } from "preact";
import { useContext, useRef } from "preact/hooks";
import { cx } from "../classes.js";
import { AppContext } from "../context.js";

// Display order -> returned index (thumbs show "up" first, but up is 1).
const KINDS = {
  thumbs: [{ index: 1, label: "Thumbs up", icon: "thumbUp" }, { index: 0, label: "Thumbs down", icon: "thumbDown" }],
  faces: ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"]
    .map((label, index) => ({ index, label, icon: `face${index}` })),
  stars: [1, 2, 3, 4, 5].map((n) => ({ index: n - 1, label: `${n} out of 5 stars`, icon: "star" })),
};

const PATHS = {
  thumbUp: "M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z",
  thumbDown: "M15 3H6c-.83 0-1.54.5-1.84 1.22l-3.02 7.05c-.09.23-.14.47-.14.73v2c0 1.1.9 2 2 2h6.31l-.95 4.57-.03.32c0 .41.17.79.44 1.06L9.83 23l6.59-6.59c.36-.36.58-.86.58-1.41V5c0-1.1-.9-2-2-2zm4 0v12h4V3h-4z",
  star: "M12 17.27L18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z",
};
const MOUTHS = ["M8 17c1-2 2.5-3 4-3s3 1 4 3", "M8.5 16.5c1-1 2.2-1.5 3.5-1.5s2.5.5 3.5 1.5", "M8.5 15.5h7",
  "M8.5 14.5c1 1 2.2 1.5 3.5 1.5s2.5-.5 3.5-1.5", "M7.5 13.5c1 2.3 2.6 3.5 4.5 3.5s3.5-1.2 4.5-3.5"];

function FeedbackIcon({ icon, filled }) {
  if (icon.startsWith("face")) {
    const mouth = MOUTHS[Number(icon.slice(4))];
    return h("svg", { viewBox: "0 0 24 24", width: "1.25rem", height: "1.25rem", "aria-hidden": "true", fill: "none", stroke: "currentColor", "stroke-width": "1.6", "stroke-linecap": "round" },
      h("circle", { cx: "12", cy: "12", r: "9.5" }),
      h("circle", { cx: "9", cy: "10", r: "0.9", fill: "currentColor" }),
      h("circle", { cx: "15", cy: "10", r: "0.9", fill: "currentColor" }),
      h("path", { d: mouth }));
  }
  const path = PATHS[icon];
  if (icon === "star") {
    return h("svg", { viewBox: "0 0 24 24", width: "1.25rem", height: "1.25rem", "aria-hidden": "true",
      fill: filled ? "#faca2b" : "none", stroke: filled ? "#faca2b" : "currentColor", "stroke-width": "1.5" },
      h("path", { d: path }));
  }
  // Thumbs: outlined as 1.67 draws them, filled once chosen.
  return h("svg", { viewBox: "-1.5 -1.5 27 27", width: "1.25rem", height: "1.25rem", "aria-hidden": "true",
    fill: filled ? "currentColor" : "none", stroke: "currentColor", "stroke-width": "1.7", "stroke-linejoin": "round" },
    h("path", { d: path }));
}

export function FeedbackWidget({ props }) {
  const { widgets, actions } = useContext(AppContext);
  const groupRef = useRef(null);
  const kind = KINDS[props.feedbackType] ? props.feedbackType : "thumbs";
  const items = KINDS[kind];
  const raw = widgets.value(props.id);
  const chosen = raw === "" || raw == null ? null : Number(raw);
  const disabled = Boolean(props.disabled);
  const focusAt = Math.max(0, items.findIndex((item) => item.index === chosen));
  const choose = (index) => {
    if (disabled) return;
    actions.change(props, chosen === index ? "" : String(index));
  };
  const onKeyDown = (position) => (event) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const next = (position + step + items.length) % items.length;
    groupRef.current?.querySelectorAll("button")[next]?.focus();
  };
  return h("div", { class: cx("stFeedback", `st-feedback-${kind}`), "data-testid": "stFeedback" },
    h("div", { role: "radiogroup", "aria-label": "Feedback rating", ref: groupRef, class: "st-feedback-group" },
      items.map((item, position) => {
        const checked = chosen === item.index;
        const active = kind === "stars" ? chosen !== null && item.index <= chosen : checked;
        return h("button", {
          key: item.label,
          type: "button",
          role: "radio",
          "aria-checked": String(checked),
          "aria-label": item.label,
          tabindex: position === focusAt ? "0" : "-1",
          "data-testid": active ? "stFeedbackButtonActive" : "stFeedbackButton",
          class: cx("st-feedback-button", active && "st-on"),
          disabled,
          onClick: () => choose(item.index),
          onKeyDown: onKeyDown(position),
        }, h("span", null, h(FeedbackIcon, { icon: item.icon, filled: active })));
      })));
}

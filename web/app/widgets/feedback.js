// st.feedback -> stFeedback: a role=radiogroup ("Feedback rating") of icon
// buttons (role=radio, aria-checked, roving tabindex; stFeedbackButton, or
// stFeedbackButtonActive when chosen — for stars, every star up to the chosen
// one). Clicking the chosen option again clears it. Value: "N" or "" (none).
import { h } from "preact";
import { useContext, useRef } from "preact/hooks";
import { cx } from "../classes.js";
import { AppContext } from "../context.js";
import { MaterialIcon } from "../material-icon.js";

// Display order -> returned index (thumbs show "up" first, but up is 1), and
// the Material Symbols icon of each option (Streamlit 1.67's).
const FACE_ICONS = ["sentiment_sad", "sentiment_dissatisfied", "sentiment_neutral", "sentiment_satisfied", "sentiment_very_satisfied"];
const KINDS = {
  thumbs: [{ index: 1, label: "Thumbs up", icon: "thumb_up" }, { index: 0, label: "Thumbs down", icon: "thumb_down" }],
  faces: ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"]
    .map((label, index) => ({ index, label, icon: FACE_ICONS[index] })),
  stars: [1, 2, 3, 4, 5].map((n) => ({ index: n - 1, label: `${n} out of 5 stars`, icon: "star" })),
};

function FeedbackIcon({ icon, filled }) {
  // A chosen star is the filled variant of the same glyph.
  return h("span", { class: cx("st-feedback-icon", icon === "star" && filled && "st-feedback-star-filled") },
    h(MaterialIcon, { name: icon }));
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
        }, h(FeedbackIcon, { icon: item.icon, filled: active }));
      })));
}

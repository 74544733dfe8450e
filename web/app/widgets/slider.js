// st.slider / st.select_slider -> stSlider.
// Each thumb is a focusable div[role=slider] (aria-valuenow/valuetext, keyboard
// arrows/Page/Home/End) holding a visually hidden native input[type=range]
// whose value is readable; dragging on the track moves the nearest thumb.
// The value is sent when the pointer is released (or a key is released).
// st.select_slider (props.options non-empty) works on option indices here but
// stores/sends the selected labels (string[]), as protocol/messages.js says.
import { h } from "preact";
import { useContext, useRef } from "preact/hooks";
import { cx } from "../classes.js";
import { AppContext } from "../context.js";
import { decimalsOf, formatSliderValue, roundTo } from "../format.js";
import { Markdown } from "../markdown-view.js";
import { labelText, WidgetLabel } from "./label.js";
import { SyncedInput } from "./synced-input.js";

function bounds(props) {
  if (Array.isArray(props.options) && props.options.length) {
    return { min: 0, max: props.options.length - 1, step: 1 };
  }
  const min = Number(props.min ?? 0);
  const max = Number(props.max ?? 100);
  const step = Number(props.step) > 0 ? Number(props.step) : 1;
  return { min, max, step };
}

/** Snaps `raw` to the step grid within [min, max]. */
export function snap(raw, { min, max, step }) {
  const steps = Math.round((raw - min) / step);
  const decimals = Math.max(decimalsOf(step), decimalsOf(min));
  let v = roundTo(min + steps * step, decimals);
  if (v > max) v = max;
  if (v < min) v = min;
  return v;
}

function withThumb(values, index, v) {
  const next = values.slice();
  next[index] = v;
  if (next.length === 2) {
    if (index === 0 && next[0] > next[1]) next[0] = next[1];
    if (index === 1 && next[1] < next[0]) next[1] = next[0];
  }
  return next;
}

/** A formatted value (thumb or tick): Streamlit renders it as markdown ("**%d**" is bold, padding is trimmed). */
function valueMarkdown(text, key) {
  return h(Markdown, { key, body: text, class: "st-slider-text" });
}

export function SliderWidget({ props }) {
  const { widgets, actions } = useContext(AppContext);
  const trackRef = useRef(null);
  const dragRef = useRef(null);
  const b = bounds(props);
  const labels = Array.isArray(props.options) && props.options.length ? props.options.map(String) : null;
  // Wire value <-> thumb positions (labels <-> indices for select_slider).
  const toPositions = (raw) => {
    const list = Array.isArray(raw) ? raw : raw == null ? [] : [raw];
    const nums = labels ? list.map((v) => labels.indexOf(String(v))).filter((i) => i >= 0) : list.map(Number);
    return nums.length ? nums : [b.min];
  };
  const edit = (positions) => actions.edit(props, labels ? positions.map((i) => labels[i]) : positions);
  const values = toPositions(widgets.value(props.id));
  const disabled = Boolean(props.disabled);
  const label = labelText(props);
  const span = b.max - b.min || 1;
  const percent = (v) => Math.min(100, Math.max(0, ((v - b.min) / span) * 100));
  const text = (v) => formatSliderValue(v, props);

  const valueAt = (clientX) => {
    const rect = trackRef.current.getBoundingClientRect();
    const ratio = rect.width ? Math.min(1, Math.max(0, (clientX - rect.left) / rect.width)) : 0;
    return snap(b.min + ratio * span, b);
  };

  const onPointerDown = (event) => {
    if (disabled || event.button !== 0) return;
    event.preventDefault();
    const v = valueAt(event.clientX);
    let index = 0;
    if (values.length === 2) {
      const d0 = Math.abs(v - values[0]);
      const d1 = Math.abs(v - values[1]);
      index = d1 < d0 || (d1 === d0 && v > values[1]) ? 1 : 0;
    }
    dragRef.current = { index, pointerId: event.pointerId };
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const thumb = trackRef.current.querySelectorAll("[role=slider]")[index];
    thumb?.focus({ preventScroll: true });
    edit(withThumb(values, index, v));
  };
  const onPointerMove = (event) => {
    const drag = dragRef.current;
    if (!drag || drag.pointerId !== event.pointerId) return;
    const current = toPositions(widgets.value(props.id));
    const v = valueAt(event.clientX);
    if (current[drag.index] !== v) edit(withThumb(current, drag.index, v));
  };
  const onPointerUp = (event) => {
    const drag = dragRef.current;
    if (!drag || drag.pointerId !== event.pointerId) return;
    dragRef.current = null;
    actions.commit(props);
  };

  const onKeyDown = (index) => (event) => {
    if (disabled) return;
    const current = values[index];
    const big = Math.max(b.step, snap(b.min + span / 10, b) - b.min);
    let next = null;
    switch (event.key) {
      case "ArrowRight":
      case "ArrowUp":
        next = current + b.step;
        break;
      case "ArrowLeft":
      case "ArrowDown":
        next = current - b.step;
        break;
      case "PageUp":
        next = current + big;
        break;
      case "PageDown":
        next = current - big;
        break;
      case "Home":
        next = b.min;
        break;
      case "End":
        next = b.max;
        break;
      default:
        return;
    }
    event.preventDefault();
    edit(withThumb(values, index, snap(next, b)));
  };
  const onKeyUp = (event) => {
    if (["ArrowRight", "ArrowUp", "ArrowLeft", "ArrowDown", "PageUp", "PageDown", "Home", "End"].includes(event.key)) {
      actions.commit(props);
    }
  };
  const onNativeInput = (index) => (event) => {
    const v = snap(Number(event.currentTarget.value), b);
    edit(withThumb(values, index, v));
  };
  const onNativeChange = () => actions.commit(props);

  const thumbs = values.map((v, index) => {
    const thumbLabel = values.length === 2 ? `${label} — ${index === 0 ? "start" : "end"}` : label;
    const lo = values.length === 2 && index === 1 ? values[0] : b.min;
    const hi = values.length === 2 && index === 0 ? values[1] : b.max;
    return h("div", {
      key: index,
      class: "st-slider-thumb",
      role: "slider",
      tabindex: disabled ? "-1" : "0",
      "aria-label": thumbLabel,
      "aria-valuemin": String(lo),
      "aria-valuemax": String(hi),
      "aria-valuenow": String(v),
      "aria-valuetext": text(v),
      "aria-orientation": "horizontal",
      "aria-disabled": disabled ? "true" : undefined,
      "data-index": String(index),
      style: { left: `${percent(v)}%` },
      onKeyDown: onKeyDown(index),
      onKeyUp,
    },
      h("div", { class: "st-visually-hidden" },
        h(SyncedInput, {
          type: "range",
          tabindex: "-1",
          "aria-hidden": "true",
          "aria-label": thumbLabel,
          min: String(lo),
          max: String(hi),
          step: String(b.step),
          value: String(v),
          disabled,
          onInput: onNativeInput(index),
          onChange: onNativeChange,
        })),
      h("div", { class: "st-slider-knob" }),
      h("div", { "data-testid": "stSliderThumbValue", class: "st-slider-thumb-value", disabled: disabled || undefined }, valueMarkdown(text(v))));
  });

  const fillFrom = values.length === 2 ? percent(values[0]) : 0;
  const fillTo = percent(values[values.length - 1]);
  return h("div", { class: "st-slider-wrap" },
    h("div", { class: cx("stSlider", disabled && "st-disabled"), "data-testid": "stSlider" },
      h(WidgetLabel, { label: props.label, visibility: props.labelVisibility, help: props.help, disabled }),
      h("div", { role: "group", "aria-label": label, class: "st-slider-group", "data-disabled": disabled ? "true" : undefined },
        h("div", {
          class: "st-slider-track-area",
          ref: trackRef,
          onPointerDown,
          onPointerMove,
          onPointerUp,
          onPointerCancel: onPointerUp,
        },
          h("div", { class: "st-slider-rail" }),
          h("div", { class: "st-slider-fill", style: { left: `${fillFrom}%`, width: `${Math.max(0, fillTo - fillFrom)}%` } }),
          thumbs),
        h("div", { "data-testid": "stSliderTickBar", class: "st-slider-ticks" }, valueMarkdown(text(b.min), "min"), valueMarkdown(text(b.max), "max")))));
}

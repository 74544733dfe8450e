// st.time_input -> stTimeInput: hour and minute spinbutton segments (arrow keys,
// typed digits) and a hidden input holding "HH:MM:00". Value: "HH:MM" or null.
import { h } from "preact";
import { useContext, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { labelText, WidgetLabel } from "./label.js";

export function parseTime(value) {
  const match = /^(\d{1,2}):(\d{2})/.exec(value ?? "");
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : null;
}

export function formatTime({ hour, minute }) {
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

const SEGMENTS = [
  { type: "hour", max: 23, name: "hour" },
  { type: "minute", max: 59, name: "minute" },
];

export function TimeInputWidget({ props }) {
  const { widgets, actions } = useContext(AppContext);
  const groupRef = useRef(null);
  const typed = useRef({ segment: null, digits: "" });
  const [focused, setFocused] = useState(null);
  const value = widgets.value(props.id);
  const time = parseTime(value);
  const disabled = Boolean(props.disabled);
  const label = labelText(props);

  const setPart = (type, n) => {
    const base = time ?? { hour: 0, minute: 0 };
    actions.edit(props, formatTime({ ...base, [type]: n }));
  };
  const focusSegment = (i) => groupRef.current?.querySelectorAll("[role=spinbutton]")[i]?.focus();

  const onKeyDown = (segmentIndex) => (event) => {
    if (disabled) return;
    const seg = SEGMENTS[segmentIndex];
    const current = time ? time[seg.type] : 0;
    const wrap = (n) => ((n % (seg.max + 1)) + seg.max + 1) % (seg.max + 1);
    if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      event.preventDefault();
      typed.current = { segment: null, digits: "" };
      // Arrows move by the widget's step (st.time_input(step=...), default 15 min)
      // in the segment it applies to, landing on a multiple of it.
      const stepSecs = Number(props.step) || 60;
      const unit = seg.type === "minute" ? 60 : 3600;
      const by = stepSecs % unit === 0 && stepSecs / unit < seg.max + 1 ? stepSecs / unit : 1;
      const direction = event.key === "ArrowUp" ? 1 : -1;
      const snapped = direction > 0 ? Math.floor(current / by) * by + by : Math.ceil(current / by) * by - by;
      setPart(seg.type, time ? wrap(snapped) : 0);
    } else if (/^\d$/.test(event.key)) {
      event.preventDefault();
      const buffer = typed.current.segment === segmentIndex ? typed.current.digits + event.key : event.key;
      let n = Number(buffer);
      if (n > seg.max) n = Number(event.key);
      setPart(seg.type, n);
      const done = buffer.length >= 2 || n * 10 > seg.max;
      typed.current = done ? { segment: null, digits: "" } : { segment: segmentIndex, digits: String(n) };
      if (done && segmentIndex < SEGMENTS.length - 1) focusSegment(segmentIndex + 1);
    } else if (event.key === "ArrowRight" || event.key === ":") {
      event.preventDefault();
      focusSegment(Math.min(SEGMENTS.length - 1, segmentIndex + 1));
    } else if (event.key === "ArrowLeft") {
      event.preventDefault();
      focusSegment(Math.max(0, segmentIndex - 1));
    } else if (event.key === "Backspace" || event.key === "Delete") {
      event.preventDefault();
      setPart(seg.type, 0);
      typed.current = { segment: null, digits: "" };
    } else if (event.key === "Enter") {
      event.preventDefault();
      actions.enter(props);
    }
  };

  const onFocusOut = (event) => {
    if (groupRef.current && groupRef.current.contains(event.relatedTarget)) return;
    setFocused(null);
    typed.current = { segment: null, digits: "" };
    actions.commit(props);
  };

  return h("div", { class: "stTimeInput", "data-testid": "stTimeInput" },
    h(WidgetLabel, { label: props.label, visibility: props.labelVisibility, help: props.help, disabled , required: Boolean(props.required) }),
    h("div", { class: "st-time-wrap" },
      h("div", { "data-testid": "stTimeInputTimeDisplay", class: "st-input-root st-time-display", "data-disabled": disabled ? "true" : undefined },
        h("div", { class: "st-time-field" },
          h("div", {
            role: "group",
            "aria-label": label,
            ref: groupRef,
            class: "st-time-group",
            onFocusOut,
            onMouseDown: (event) => {
              if (!disabled && !event.target.closest("[role=spinbutton]")) {
                event.preventDefault();
                focusSegment(0);
              }
            },
          },
            // react-aria's time field isolates the segments with U+2066 / U+2069
            // (LRI/PDI) literals: Streamlit's textContent is "\u206609:30\u2069".
            h("span", { key: "lri", "aria-hidden": "true", "data-type": "literal", class: "st-time-literal st-time-bidi" }, "\u2066"),
            SEGMENTS.map((seg, i) => [
              i > 0 ? h("span", { key: `sep${i}`, "aria-hidden": "true", "data-type": "literal", class: "st-time-literal" }, ":") : null,
              h("span", {
                key: seg.type,
                role: "spinbutton",
                tabindex: disabled ? "-1" : "0",
                "aria-label": `${seg.name}, ${label}`,
                "aria-valuemin": "0",
                "aria-valuemax": String(seg.max),
                "aria-valuenow": time ? String(time[seg.type]) : undefined,
                "aria-valuetext": time ? String(time[seg.type]).padStart(2, "0") : "Empty",
                "aria-disabled": disabled ? "true" : undefined,
                inputmode: "numeric",
                "data-type": seg.type,
                "data-focused": focused === i ? "true" : undefined,
                class: "st-time-segment",
                onKeyDown: onKeyDown(i),
                onFocus: () => setFocused(i),
              }, time ? String(time[seg.type]).padStart(2, "0") : "––"),
            ]),
            h("span", { key: "pdi", "aria-hidden": "true", "data-type": "literal", class: "st-time-literal st-time-bidi" }, "\u2069")),
          h("input", { type: "hidden", value: time ? `${formatTime(time)}:00` : "" })))));
}

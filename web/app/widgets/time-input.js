// st.time_input -> stTimeInput: hour and minute spinbutton segments (arrow keys,
// typed digits) and a hidden input holding "HH:MM:00". Value: "HH:MM" or null.
// format="12h" (or "localized" in a 12-hour locale) shows hours 01-12 and an
// AM/PM segment after them, as Streamlit 1.67 does.
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

const SEGMENTS_24H = [
  { type: "hour", max: 23, name: "hour" },
  { type: "minute", max: 59, name: "minute" },
];
const SEGMENTS_12H = [
  { type: "hour", min: 1, max: 12, name: "hour", twelve: true },
  { type: "minute", max: 59, name: "minute" },
  { type: "dayPeriod", max: 1, name: "AM/PM" },
];

/** Whether `format` shows a 12-hour clock ("localized": the browser's locale decides). */
export function usesTwelveHours(format) {
  if (format === "12h") return true;
  if (format !== "localized") return false;
  try {
    return new Intl.DateTimeFormat(undefined, { hour: "numeric" }).resolvedOptions().hour12 === true;
  } catch {
    return false;
  }
}

/** The number a segment shows and its aria-valuetext. */
function segmentValue(seg, time) {
  if (seg.type === "dayPeriod") {
    const pm = time.hour >= 12 ? 1 : 0;
    return { now: pm, text: pm ? "PM" : "AM", shown: pm ? "PM" : "AM" };
  }
  if (seg.twelve) {
    const h12 = time.hour % 12 || 12;
    return { now: h12, text: `${h12} ${time.hour >= 12 ? "PM" : "AM"}`, shown: String(h12).padStart(2, "0") };
  }
  const n = time[seg.type];
  return { now: n, text: String(n).padStart(2, "0"), shown: String(n).padStart(2, "0") };
}

export function TimeInputWidget({ props }) {
  const { widgets, actions } = useContext(AppContext);
  const groupRef = useRef(null);
  const typed = useRef({ segment: null, digits: "" });
  const [focused, setFocused] = useState(null);
  const value = widgets.value(props.id);
  const time = parseTime(value);
  const disabled = Boolean(props.disabled);
  const label = labelText(props);
  const SEGMENTS = usesTwelveHours(props.format) ? SEGMENTS_12H : SEGMENTS_24H;

  const setPart = (type, n) => {
    const base = time ?? { hour: 0, minute: 0 };
    actions.edit(props, formatTime({ ...base, [type]: n }));
  };
  /** Sets a 12-hour segment: the hour within the current half of the day, or the half. */
  const setTwelve = (seg, n) => {
    const base = time ?? { hour: 0, minute: 0 };
    const pm = base.hour >= 12;
    if (seg.type === "dayPeriod") setPart("hour", (base.hour % 12) + (n ? 12 : 0));
    else setPart("hour", (n % 12) + (pm ? 12 : 0));
  };
  const focusSegment = (i) => groupRef.current?.querySelectorAll("[role=spinbutton]")[i]?.focus();

  const onKeyDown = (segmentIndex) => (event) => {
    if (disabled) return;
    const seg = SEGMENTS[segmentIndex];
    if (seg.type === "dayPeriod" || seg.twelve) {
      const now = time ? segmentValue(seg, time).now : seg.min ?? 0;
      const lo = seg.min ?? 0;
      const span = seg.max - lo + 1;
      const key = event.key.toLowerCase();
      if (event.key === "ArrowUp" || event.key === "ArrowDown") {
        event.preventDefault();
        const next = lo + ((((now - lo) + (event.key === "ArrowUp" ? 1 : -1)) % span) + span) % span;
        setTwelve(seg, time ? next : lo);
        return;
      }
      if (seg.type === "dayPeriod" && (key === "a" || key === "p")) {
        event.preventDefault();
        setTwelve(seg, key === "p" ? 1 : 0);
        return;
      }
      if (seg.twelve && /^\d$/.test(event.key)) {
        event.preventDefault();
        const buffer = typed.current.segment === segmentIndex ? typed.current.digits + event.key : event.key;
        let n = Number(buffer);
        if (n > 12) n = Number(event.key);
        if (n >= 1) setTwelve(seg, n);
        const done = buffer.length >= 2 || n > 1;
        typed.current = done ? { segment: null, digits: "" } : { segment: segmentIndex, digits: String(n) };
        if (done) focusSegment(segmentIndex + 1);
        return;
      }
    }
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
              if (!disabled && !/** @type {Element} */ (event.target).closest("[role=spinbutton]")) {
                event.preventDefault();
                focusSegment(SEGMENTS.length - 1); // the last segment, as in 1.67
              }
            },
          },
            // react-aria's time field isolates the segments with U+2066 / U+2069
            // (LRI/PDI) literals: Streamlit's textContent is "\u206609:30\u2069".
            h("span", { key: "lri", "aria-hidden": "true", "data-type": "literal", class: "st-time-literal st-time-bidi" }, "\u2066"),
            SEGMENTS.map((seg, i) => [
              seg.type === "dayPeriod"
                ? [h("span", { key: "pdi", "aria-hidden": "true", "data-type": "literal", class: "st-time-literal st-time-bidi" }, "\u2069"),
                    h("span", { key: "space", "aria-hidden": "true", "data-type": "literal", class: "st-time-literal" }, " ")]
                : i > 0 ? h("span", { key: `sep${i}`, "aria-hidden": "true", "data-type": "literal", class: "st-time-literal" }, ":") : null,
              h("span", {
                key: seg.type,
                role: "spinbutton",
                tabindex: disabled ? "-1" : "0",
                "aria-label": `${seg.name}, ${label}`,
                "aria-valuemin": String(seg.min ?? 0),
                "aria-valuemax": String(seg.max),
                "aria-valuenow": time ? String(segmentValue(seg, time).now) : undefined,
                "aria-valuetext": time ? segmentValue(seg, time).text : "Empty",
                "aria-disabled": disabled ? "true" : undefined,
                inputmode: seg.type === "dayPeriod" ? undefined : "numeric",
                "data-type": seg.type,
                "data-focused": focused === i ? "true" : undefined,
                class: "st-time-segment",
                onKeyDown: onKeyDown(i),
                onFocus: () => setFocused(i),
              }, time ? segmentValue(seg, time).shown : seg.type === "dayPeriod" ? "AM" : "––"),
            ]),
            SEGMENTS === SEGMENTS_12H ? null
              : h("span", { key: "pdi", "aria-hidden": "true", "data-type": "literal", class: "st-time-literal st-time-bidi" }, "\u2069")),
          h("input", { type: "hidden", value: time ? `${formatTime(time)}:00` : "" })))));
}

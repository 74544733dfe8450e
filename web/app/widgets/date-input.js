// st.date_input -> stDateInput: one (or, for a range, two) date fields of
// year/month/day spinbutton segments ordered by props.format, each with a
// hidden input[type=date] holding its ISO value, and a calendar button
// (stDateInputCalendarButton) opening the calendar dialog. Typed edits are
// committed when focus leaves the field; a calendar pick commits at once
// (for a range, after the second date). Value: string[] of ISO dates. A typed
// date outside min/max stays in the field, flagged as Streamlit 1.67 does
// (date-range-error.js); an incomplete one goes back to the value.
import { h } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { useUid } from "../hooks.js";
import { eventTarget } from "../portal.js";
import { calendarFieldHandlers, DateCalendar } from "./date-calendar.js";
import {
  compareDates, daysInMonth, formatLayout, isValidDate, MONTH_NAMES, parseIso, todayDate, toIso,
} from "./date-util.js";
import { DateRangeAlert, DateRangeErrorIcon, rangeMessage, rangeProblem } from "./date-range-error.js";
import { labelText, WidgetLabel } from "./label.js";
import { usePopupPosition } from "./popup-position.js";
import { SyncedInput } from "./synced-input.js";

const SEGMENT = {
  year: { min: 1, max: 9999, digits: 4, placeholder: "yyyy" },
  month: { min: 1, max: 12, digits: 2, placeholder: "mm" },
  day: { min: 1, max: 31, digits: 2, placeholder: "dd" },
};

function CalendarIcon() {
  return h("svg", { viewBox: "0 0 24 24", width: "1.1rem", height: "1.1rem", "aria-hidden": "true", fill: "currentColor" },
    h("path", { d: "M19 4h-1V2h-2v2H8V2H6v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 16H5V10h14v10zm0-12H5V6h14v2z" }));
}

/** One date's segments. `draft` holds {year, month, day} (nulls while incomplete). */
function DateField({ groupLabel, draft, setDraft, layout, disabled, invalid, errorId, onDone, onEnter, onNative }) {
  const groupRef = useRef(null);
  const typed = useRef({ type: null, digits: "" });
  const focusSegment = (i) => groupRef.current?.querySelectorAll("[role=spinbutton]")[i]?.focus();
  const complete = isValidDate(draft) ? draft : null;

  const onKeyDown = (index, type) => (event) => {
    if (disabled) return;
    const seg = SEGMENT[type];
    const max = type === "day" && draft.year && draft.month ? daysInMonth(draft.year, draft.month) : seg.max;
    const current = draft[type];
    if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      event.preventDefault();
      typed.current = { type: null, digits: "" };
      const base = current ?? (type === "year" ? todayDate().year : seg.min);
      let n = current == null ? base : base + (event.key === "ArrowUp" ? 1 : -1);
      if (n > max) n = seg.min;
      if (n < seg.min) n = max;
      setDraft({ ...draft, [type]: n });
    } else if (/^\d$/.test(event.key)) {
      event.preventDefault();
      const buffer = typed.current.type === type ? typed.current.digits + event.key : event.key;
      let n = Number(buffer);
      if (n > max) n = Number(event.key);
      const done = buffer.length >= seg.digits || n * 10 > max;
      setDraft({ ...draft, [type]: n === 0 && type !== "year" ? draft[type] : n });
      typed.current = done ? { type: null, digits: "" } : { type, digits: buffer };
      if (done && index < layout.order.length - 1) focusSegment(index + 1);
    } else if (event.key === layout.separator || event.key === "ArrowRight") {
      event.preventDefault();
      focusSegment(Math.min(layout.order.length - 1, index + 1));
    } else if (event.key === "ArrowLeft") {
      event.preventDefault();
      focusSegment(Math.max(0, index - 1));
    } else if (event.key === "Backspace" || event.key === "Delete") {
      event.preventDefault();
      typed.current = { type: null, digits: "" };
      setDraft({ ...draft, [type]: null });
    } else if (event.key === "Enter") {
      event.preventDefault();
      onEnter();
    }
  };

  const flag = invalid ? "true" : undefined;
  return h("div", { class: "react-aria-DateField st-date-field", "data-invalid": flag },
    h("div", {
      role: "group",
      "aria-label": groupLabel,
      "aria-describedby": invalid ? errorId : undefined,
      "data-invalid": flag,
      ref: groupRef,
      class: "st-date-group",
      onFocusOut: (event) => {
        if (groupRef.current && groupRef.current.contains(event.relatedTarget)) return;
        typed.current = { type: null, digits: "" };
        onDone();
      },
    },
      layout.order.map((type, i) => {
        const value = draft[type];
        const text = value == null ? SEGMENT[type].placeholder : String(value).padStart(SEGMENT[type].digits, "0");
        return [
          i > 0 ? h("span", { key: `lit${i}`, "aria-hidden": "true", "data-type": "literal", "data-invalid": flag, class: "st-time-literal" }, layout.separator) : null,
          h("span", {
            key: type,
            role: "spinbutton",
            tabindex: disabled ? "-1" : "0",
            "aria-label": `${type}, ${groupLabel}`,
            "aria-valuemin": String(SEGMENT[type].min),
            "aria-valuemax": String(SEGMENT[type].max),
            "aria-valuenow": value == null ? undefined : String(value),
            "aria-valuetext": value == null ? "Empty" : type === "month" ? `${text} – ${MONTH_NAMES[value - 1]}` : text,
            "aria-disabled": disabled ? "true" : undefined,
            "data-placeholder": value == null ? "true" : undefined,
            "aria-invalid": flag,
            "data-invalid": flag,
            "data-type": type,
            inputmode: "numeric",
            class: "st-time-segment st-date-segment",
            onKeyDown: onKeyDown(i, type),
          }, text),
        ];
      })),
    h("div", { "aria-hidden": "true", "data-testid": "hidden-dateinput-container", class: "st-visually-hidden" },
      h(SyncedInput, { type: "date", tabindex: "-1", value: complete ? toIso(complete) : "", disabled,
        onChange: (event) => onNative(event.currentTarget.value) })));
}

const EMPTY = { year: null, month: null, day: null };

export function DateInputWidget({ props }) {
  const { widgets, actions } = useContext(AppContext);
  const uid = useUid("date");
  const anchorRef = useRef(null);
  const [open, setOpen] = useState(false);
  const [drafts, setDrafts] = useState(null);
  const [rangeStart, setRangeStart] = useState(null);
  const [focusCalendar, setFocusCalendar] = useState(true);
  const raw = widgets.value(props.id);
  // A new value (picked, or set by the script) replaces what was typed, a flagged date included.
  const valueKey = JSON.stringify(raw ?? null);
  useEffect(() => setDrafts(null), [valueKey]);
  const dates = (Array.isArray(raw) ? raw : []).map(parseIso).filter(Boolean);
  const isRange = Boolean(props.isRange);
  const disabled = Boolean(props.disabled);
  const label = labelText(props);
  const min = parseIso(props.min);
  const max = parseIso(props.max);
  const layout = formatLayout(props.format);
  const position = usePopupPosition(open, anchorRef, 340, false);
  const fieldCount = isRange ? 2 : 1;
  const shown = drafts ?? Array.from({ length: fieldCount }, (_, i) => (dates[i] ? { ...dates[i] } : { ...EMPTY }));

  const inBounds = (d) => !(min && compareDates(d, min) < 0) && !(max && compareDates(d, max) > 0);
  const commitDates = (list) => {
    setDrafts(null);
    actions.change(props, list.map(toIso));
  };
  const finishTyping = () => {
    if (!drafts) return;
    const complete = drafts.filter((d) => isValidDate(d));
    const allEmpty = drafts.every((d) => d.year == null && d.month == null && d.day == null);
    if (allEmpty && !props.required) {
      commitDates([]);
      return;
    }
    if (complete.length !== drafts.filter((d) => d.year != null || d.month != null || d.day != null).length) {
      setDrafts(null); // incomplete: back to the current value
      return;
    }
    if (!complete.every(inBounds)) return; // out of range: shown as an error, the value stays

    const sorted = complete.slice().sort(compareDates);
    commitDates(sorted);
  };
  const pick = (d) => {
    if (!isRange) {
      setOpen(false);
      commitDates([d]);
      return;
    }
    if (!rangeStart) {
      setRangeStart(d);
      setDrafts([{ ...d }, { ...EMPTY }]);
      return;
    }
    setRangeStart(null);
    setOpen(false);
    commitDates([rangeStart, d].sort(compareDates));
  };
  const closeCalendar = () => {
    setOpen(false);
    if (rangeStart) {
      setRangeStart(null);
      commitDates([rangeStart]);
    }
  };

  const problem = rangeProblem(drafts, min, max);
  const errorMessage = problem ? rangeMessage(problem, min, max, layout) : null;
  const errorId = `${uid}-error`;
  const title = isRange ? "Choose date range" : "Choose date";
  const fields = shown.map((draft, i) => {
    const groupLabel = isRange ? `${label} ${i === 0 ? "start" : "end"} date` : label;
    const field = h(DateField, {
      key: i,
      groupLabel,
      draft,
      layout,
      disabled,
      invalid: Boolean(problem),
      errorId,
      setDraft: (next) => setDrafts(shown.map((d, j) => (j === i ? next : d))),
      onDone: finishTyping,
      onEnter: () => {
        finishTyping();
        actions.enter(props);
      },
      onNative: (text) => {
        const d = parseIso(text);
        if (!text && !props.required) commitDates(isRange ? dates.filter((_, j) => j !== i) : []);
        else if (d && inBounds(d)) {
          const next = shown.map((x, j) => (j === i ? d : x)).filter(isValidDate).sort(compareDates);
          commitDates(next);
        }
      },
    });
    return isRange ? h("div", { key: i, "data-range-field": i === 0 ? "start" : "end" }, field) : h("div", { key: i }, field);
  });
  if (isRange) fields.splice(1, 0, h("span", { key: "dash", "aria-hidden": "true", class: "st-date-dash" }, "–"));

  const selected = rangeStart ? [rangeStart] : dates;
  return h("div", { class: "stDateInput", "data-testid": "stDateInput" },
    h(WidgetLabel, { label: props.label, visibility: props.labelVisibility, help: props.help, disabled , required: Boolean(props.required) }),
    h("div", { class: "st-date-wrap", ref: anchorRef },
      h("div", {
        "aria-keyshortcuts": "Alt+ArrowDown",
        "data-testid": "stDateInputField",
        class: "st-input-root st-date-display",
        "data-disabled": disabled ? "true" : undefined,
        "data-has-error": problem ? "" : undefined,
        ...calendarFieldHandlers({ disabled, open, setOpen, setFocusCalendar, closeCalendar }),
      },
        h("div", { "data-testid": "stDateInputFieldsScroller", class: "st-date-fields" }, fields)),
      h("div", { class: "st-date-button-wrap" },
        errorMessage ? h(DateRangeErrorIcon, { message: errorMessage }) : null,
        h("button", {
          type: "button",
          "aria-label": title,
          "aria-haspopup": "dialog",
          "aria-expanded": String(open),
          "aria-controls": open ? `${uid}-calendar` : undefined,
          "data-testid": "stDateInputCalendarButton",
          class: "st-date-button",
          disabled,
          onClick: () => {
            if (open) closeCalendar();
            else {
              setFocusCalendar(true);
              setOpen(true);
            }
          },
        }, h(CalendarIcon)))),
    open && position
      ? h(DateCalendar, {
          dialogId: `${uid}-calendar`,
          title,
          position,
          min,
          max,
          isRange,
          picking: Boolean(rangeStart),
          focusOnOpen: focusCalendar,
          selected,
          initial: selected[0] ?? todayDate(),
          onPick: pick,
          onClose: (viaEscape) => {
            closeCalendar();
            if (viaEscape) anchorRef.current?.querySelector("[data-testid=stDateInputCalendarButton]")?.focus();
          },
        })
      : null,
    open ? h(OutsideClick, { anchorRef, onOutside: closeCalendar }) : null,
    errorMessage ? h(DateRangeAlert, { id: errorId, message: errorMessage }) : null);
}

/** Closes the calendar on a mouse press outside the widget and the dialog. */
function OutsideClick({ anchorRef, onOutside }) {
  const handler = useRef(null);
  handler.current = onOutside;
  useEffect(() => {
    const listener = (event) => {
      const target = eventTarget(event);
      if (anchorRef.current?.contains(target)) return;
      if (target.closest && target.closest("[data-testid=stDateInputCalendar]")) return;
      handler.current();
    };
    document.addEventListener("mousedown", listener, true);
    return () => document.removeEventListener("mousedown", listener, true);
  }, []);
  return null;
}

// st.datetime_input -> stDateTimeInput (Streamlit 1.67's DOM):
//   label[stWidgetLabel]
//   div > div[stDateTimeInputField][aria-keyshortcuts=Alt+ArrowDown]
//     > div[stDateTimeInputFieldsScroller] > div > div > div[role=group][aria-label=<label>]
//         > span[role=spinbutton][aria-label="year, <label>"] "/" month "/" day ", " hour ":" minute
//       + div[data-testid=hidden-dateinput-container] > input[type=datetime-local][value=YYYY-MM-DDTHH:MM:00]
//     + button[stDateTimeInputCalendarButton][aria-label="Choose date and time"]
//   calendar (portalled): div[stDateTimeInputCalendar][role=dialog] with the month grid
//     and div[stDateTimeInputPopoverTime] ("Time" + hour:minute spinbuttons)
// Value: ["YYYY-MM-DDTHH:MM"] ([] when cleared). Typed edits are committed when
// focus leaves the field; a picked day or a time set in the calendar at once.
import { h } from "preact";
import { useContext, useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { useUid } from "../hooks.js";
import { eventTarget } from "../portal.js";
import { calendarFieldHandlers, DateCalendar } from "./date-calendar.js";
import { daysInMonth, formatLayout, isValidDate, MONTH_NAMES, parseIso, todayDate, toIso } from "./date-util.js";
import { labelText, WidgetLabel } from "./label.js";
import { usePopupPosition } from "./popup-position.js";
import { SyncedInput } from "./synced-input.js";

const SEGMENT = {
  year: { min: 1, max: 9999, digits: 4, placeholder: "yyyy" },
  month: { min: 1, max: 12, digits: 2, placeholder: "mm" },
  day: { min: 1, max: 31, digits: 2, placeholder: "dd" },
  hour: { min: 0, max: 23, digits: 2, placeholder: "––" },
  minute: { min: 0, max: 59, digits: 2, placeholder: "––" },
};
const EMPTY = { year: null, month: null, day: null, hour: null, minute: null };

/** "YYYY-MM-DDTHH:MM" -> {year, month, day, hour, minute} (null if not one). */
export function parseDateTime(text) {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})/.exec(String(text ?? ""));
  if (!match) return null;
  const date = parseIso(match[1]);
  const hour = Number(match[2]);
  const minute = Number(match[3]);
  return date && hour < 24 && minute < 60 ? { ...date, hour, minute } : null;
}

export function formatDateTime(v) {
  return `${toIso(v)}T${String(v.hour).padStart(2, "0")}:${String(v.minute).padStart(2, "0")}`;
}

function complete(v) {
  return isValidDate(v) && v.hour != null && v.minute != null;
}

function CalendarIcon() {
  return h("svg", { viewBox: "0 0 24 24", width: "1.1rem", height: "1.1rem", "aria-hidden": "true", fill: "currentColor" },
    h("path", { d: "M19 4h-1V2h-2v2H8V2H6v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 16H5V10h14v10zm0-12H5V6h14v2z" }));
}

/**
 * Spinbutton segments `types` of `draft` with `literals` between them (arrow
 * keys, typed digits, Backspace); `onDone` when focus leaves the group.
 */
function Segments({ types, literals, draft, setDraft, groupLabel, segmentLabel, disabled, onDone, onEnter, groupProps = {}, bidi = false }) {
  const groupRef = useRef(null);
  const typed = useRef({ type: null, digits: "" });
  const focusSegment = (i) => groupRef.current?.querySelectorAll("[role=spinbutton]")[i]?.focus();
  const maxOf = (type) => (type === "day" && draft.year && draft.month ? daysInMonth(draft.year, draft.month) : SEGMENT[type].max);

  const onKeyDown = (index, type) => (event) => {
    if (disabled) return;
    const seg = SEGMENT[type];
    const max = maxOf(type);
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
      setDraft({ ...draft, [type]: n === 0 && seg.min > 0 ? draft[type] : n });
      typed.current = done ? { type: null, digits: "" } : { type, digits: buffer };
      if (done && index < types.length - 1) focusSegment(index + 1);
    } else if (event.key === "ArrowRight") {
      event.preventDefault();
      focusSegment(Math.min(types.length - 1, index + 1));
    } else if (event.key === "ArrowLeft") {
      event.preventDefault();
      focusSegment(Math.max(0, index - 1));
    } else if (event.key === "Backspace" || event.key === "Delete") {
      event.preventDefault();
      typed.current = { type: null, digits: "" };
      setDraft({ ...draft, [type]: null });
    } else if (event.key === "Enter") {
      event.preventDefault();
      onEnter?.();
    }
  };

  return h("div", {
    role: "group",
    "aria-label": groupLabel,
    ref: groupRef,
    class: "st-date-group st-datetime-group",
    ...groupProps,
    onFocusOut: (event) => {
      if (groupRef.current && groupRef.current.contains(event.relatedTarget)) return;
      typed.current = { type: null, digits: "" };
      onDone?.();
    },
  },
    // The popover's time field is isolated left-to-right by LRI/PDI literals
    // (Streamlit's textContent "\u206608:45\u2069").
    bidi ? h("span", { key: "lri", "aria-hidden": "true", "data-type": "literal", class: "st-time-literal st-time-bidi" }, "\u2066") : null,
    types.map((type, i) => {
      const value = draft[type];
      const text = value == null ? SEGMENT[type].placeholder : String(value).padStart(SEGMENT[type].digits, "0");
      return [
        i > 0 ? h("span", { key: `lit${i}`, "aria-hidden": "true", "data-type": "literal", class: "st-time-literal" }, literals[i - 1]) : null,
        h("span", {
          key: type,
          role: "spinbutton",
          tabindex: disabled ? "-1" : "0",
          "aria-label": segmentLabel(type),
          "aria-valuemin": String(SEGMENT[type].min),
          "aria-valuemax": String(maxOf(type)),
          "aria-valuenow": value == null ? undefined : String(value),
          "aria-valuetext": value == null ? "Empty" : type === "month" ? `${text} – ${MONTH_NAMES[value - 1]}` : text,
          "aria-disabled": disabled ? "true" : undefined,
          "data-placeholder": value == null ? "true" : undefined,
          "data-type": type,
          inputmode: "numeric",
          class: "st-time-segment st-date-segment",
          onKeyDown: onKeyDown(i, type),
        }, text),
      ];
    }),
    bidi ? h("span", { key: "pdi", "aria-hidden": "true", "data-type": "literal", class: "st-time-literal st-time-bidi" }, "\u2069") : null);
}

export function DateTimeInputWidget({ props }) {
  const { widgets, actions } = useContext(AppContext);
  const uid = useUid("datetime");
  const anchorRef = useRef(null);
  const [open, setOpen] = useState(false);
  const [focusCalendar, setFocusCalendar] = useState(true);
  const [draft, setDraft] = useState(null);
  const raw = widgets.value(props.id);
  const value = parseDateTime(Array.isArray(raw) ? raw[0] : null);
  const disabled = Boolean(props.disabled);
  const label = labelText(props);
  const min = parseDateTime(props.min);
  const max = parseDateTime(props.max);
  const layout = formatLayout(props.format);
  const position = usePopupPosition(open, anchorRef, 420, false);
  const shown = draft ?? (value ? { ...value } : { ...EMPTY });

  const inBounds = (v) => !(min && formatDateTime(v) < formatDateTime(min)) && !(max && formatDateTime(v) > formatDateTime(max));
  const commitValue = (v) => {
    setDraft(null);
    actions.change(props, v ? [formatDateTime(v)] : []);
  };
  const finishTyping = () => {
    if (!draft) return;
    const empty = Object.values(draft).every((x) => x == null);
    if (empty && !props.required) {
      commitValue(null);
      return;
    }
    if (!complete(draft) || !inBounds(draft)) {
      setDraft(null); // incomplete or out of bounds: back to the current value
      return;
    }
    commitValue(draft);
  };
  const closeCalendar = () => setOpen(false);
  const pickDay = (d) => {
    const base = draft && complete({ ...draft, ...d }) ? draft : value ?? { hour: 0, minute: 0 };
    const next = { ...d, hour: base.hour ?? 0, minute: base.minute ?? 0 };
    if (inBounds(next)) commitValue(next);
  };

  const types = [...layout.order, "hour", "minute"];
  const literals = [layout.separator, layout.separator, ", ", ":"];
  const title = "Choose date and time";
  return h("div", { class: "stDateTimeInput", "data-testid": "stDateTimeInput" },
    h(WidgetLabel, { label: props.label, visibility: props.labelVisibility, help: props.help, disabled , required: Boolean(props.required) }),
    h("div", { class: "st-date-wrap", ref: anchorRef },
      h("div", {
        "aria-keyshortcuts": "Alt+ArrowDown",
        "data-testid": "stDateTimeInputField",
        class: "st-input-root st-date-display",
        "data-disabled": disabled ? "true" : undefined,
        ...calendarFieldHandlers({ disabled, open, setOpen, setFocusCalendar, closeCalendar }),
      },
        h("div", { "data-testid": "stDateTimeInputFieldsScroller", class: "st-date-fields" },
          h("div", null,
            h("div", { class: "react-aria-DateField st-date-field" },
              h(Segments, {
                types,
                literals,
                draft: shown,
                setDraft,
                groupLabel: label,
                segmentLabel: (type) => `${type}, ${label}`,
                disabled,
                onDone: finishTyping,
                onEnter: () => {
                  finishTyping();
                  actions.enter(props);
                },
              })),
            h("div", { "aria-hidden": "true", "data-testid": "hidden-dateinput-container", class: "st-visually-hidden" },
              h(SyncedInput, { type: "datetime-local", tabindex: "-1", value: value ? `${formatDateTime(value)}:00` : "", disabled, readOnly: true }))))),
      h("div", { class: "st-date-button-wrap" },
        h("button", {
          type: "button",
          "aria-label": title,
          "aria-haspopup": "dialog",
          "aria-expanded": String(open),
          "aria-controls": open ? `${uid}-calendar` : undefined,
          "data-testid": "stDateTimeInputCalendarButton",
          class: "st-date-button",
          disabled,
          onClick: () => {
            setFocusCalendar(true);
            setOpen(!open);
          },
        }, h(CalendarIcon)))),
    open && position
      ? h(DateCalendar, {
          dialogId: `${uid}-calendar`,
          testid: "stDateTimeInputCalendar",
          focusOnOpen: focusCalendar,
          description: "Use arrow keys to navigate. Enter to select. Tab to switch between calendar and time. Escape to close.",
          title,
          position,
          min,
          max,
          isRange: false,
          selected: value ? [value] : [],
          initial: value ?? todayDate(),
          onPick: pickDay,
          onClose: (viaEscape) => {
            closeCalendar();
            if (viaEscape) anchorRef.current?.querySelector("[data-testid=stDateTimeInputCalendarButton]")?.focus();
          },
        }, h(PopoverTime, { uid, value, disabled, onTime: (hour, minute) => {
          const base = value ?? { ...todayDate(), hour: 0, minute: 0 };
          const next = { ...base, hour, minute };
          if (inBounds(next)) commitValue(next);
        } }))
      : null,
    open ? h(OutsideClick, { anchorRef, onOutside: closeCalendar }) : null);
}

const pad2 = (n) => String(n).padStart(2, "0");

/** The calendar's "Time" row: hour and minute of the value, committed when focus leaves it. */
function PopoverTime({ uid, value, disabled, onTime }) {
  const [draft, setDraft] = useState(null);
  useEffect(() => setDraft(null), [value?.hour, value?.minute]);
  const shown = draft ?? { hour: value?.hour ?? null, minute: value?.minute ?? null };
  const done = () => {
    if (draft && draft.hour != null && draft.minute != null) onTime(draft.hour, draft.minute);
    else setDraft(null);
  };
  return h("div", { class: "st-datetime-popover-time", "data-testid": "stDateTimeInputPopoverTime" },
    h("div", { id: `${uid}-time-label`, class: "st-datetime-time-label" }, "Time"),
    h("div", { class: "st-datetime-time-field" },
      h(Segments, {
        types: ["hour", "minute"],
        literals: [":"],
        draft: shown,
        setDraft,
        groupLabel: undefined,
        segmentLabel: (type) => `${type}, `,
        disabled,
        onDone: done,
        onEnter: done,
        groupProps: { "aria-labelledby": `${uid}-time-label`, "aria-label": undefined },
        bidi: true,
      }),
      h(SyncedInput, { inputRef: null, type: "text", hidden: true, title: "", value: value ? `${pad2(value.hour)}:${pad2(value.minute)}:00` : "" })));
}

/** Closes the calendar on a mouse press outside the widget and the dialog, or Escape. */
function OutsideClick({ anchorRef, onOutside }) {
  const handler = useRef(null);
  handler.current = onOutside;
  useLayoutEffect(() => {
    const listener = (event) => {
      const target = eventTarget(event);
      if (anchorRef.current?.contains(target)) return;
      if (target.closest && target.closest("[data-testid=stDateTimeInputCalendar]")) return;
      handler.current();
    };
    const closeOnEscape = (event) => {
      if (event.key === "Escape") handler.current();
    };
    document.addEventListener("mousedown", listener, true);
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      document.removeEventListener("mousedown", listener, true);
      document.removeEventListener("keydown", closeOnEscape);
    };
  }, []);
  return null;
}

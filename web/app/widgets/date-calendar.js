// The date_input calendar: a portalled dialog (stDateInputCalendar) with
// previous/next month buttons, month and year pickers and a role=grid month
// whose day cells are role=button (aria-label "Tuesday, March 5, 2024").
// Arrow keys move the focused day, Enter/Space picks it, Escape closes.
import { createPortal, h } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { cx } from "../classes.js";
import { eventTarget, usePortalRoot } from "../portal.js";
import {
  addDays, addMonths, compareDates, daysInMonth, longLabel, MONTH_NAMES, rangeLabel, toIso, weekday,
} from "./date-util.js";

const WEEK_HEADERS = ["S", "M", "T", "W", "T", "F", "S"];

const svgProps = { viewBox: "0 0 24 24", "aria-hidden": "true", focusable: "false", fill: "currentColor" };
/** The previous/next month arrows (pointing left when `back`). */
function NavArrow({ back }) {
  return h("svg", { ...svgProps, width: "1rem", height: "1rem" },
    h("path", { d: back ? "M20 11H7.83l5.59-5.59L12 4l-8 8 8 8 1.41-1.41L7.83 13H20v-2z" : "M4 11h12.17l-5.59-5.59L12 4l8 8-8 8-1.41-1.41L16.17 13H4v-2z" }));
}

/** A month/year picker: a native select drawn as a text button with a chevron. */
function Picker(props) {
  return h("span", { class: "st-date-select-wrap" },
    h("select", props),
    h("svg", { ...svgProps, width: "1rem", height: "1rem", class: "st-date-select-chevron" },
      h("path", { d: "M7.41 8.59L12 13.17l4.59-4.58L18 10l-6 6-6-6 1.41-1.41z" })));
}

function clampDate(d, min, max) {
  if (min && compareDates(d, min) < 0) return min;
  if (max && compareDates(d, max) > 0) return max;
  return d;
}

/** @typedef {{year: number, month: number, day: number}} CalendarDate */

/**
 * The date field's handlers that open its calendar (date_input, datetime_input):
 * Alt+ArrowDown opens it with focus in the calendar, Escape closes it; as in 1.67,
 * a press on the field opens it and keeps focus in the field (a press beside the
 * segments focuses the last one).
 * @param {{disabled: boolean, open: boolean, setOpen: (open: boolean) => void,
 *          setFocusCalendar: (focus: boolean) => void, closeCalendar: () => void}} state
 */
export function calendarFieldHandlers({ disabled, open, setOpen, setFocusCalendar, closeCalendar }) {
  return {
    /** @param {KeyboardEvent} event */
    onKeyDown: (event) => {
      if (event.altKey && event.key === "ArrowDown" && !disabled) {
        event.preventDefault();
        setFocusCalendar(true);
        setOpen(true);
      } else if (event.key === "Escape" && open) {
        closeCalendar();
      }
    },
    /** @param {MouseEvent & {currentTarget: HTMLElement}} event */
    onMouseDown: (event) => {
      if (disabled) return;
      if (!eventTarget(event).closest?.("[role=spinbutton]")) {
        event.preventDefault();
        const segments = /** @type {NodeListOf<HTMLElement>} */ (event.currentTarget.querySelectorAll("[role=spinbutton]"));
        segments[segments.length - 1]?.focus();
      }
      if (!open) {
        setFocusCalendar(false);
        setOpen(true);
      }
    },
  };
}

/**
 * @param {{title: string, position: {style: object}, min: CalendarDate | null, max: CalendarDate | null,
 *          selected: CalendarDate[], initial: CalendarDate, isRange: boolean, picking?: boolean,
 *          onPick: (d: CalendarDate) => void, onClose: (viaEscape?: boolean) => void, testid?: string, children?: any,
 *          dialogId: string, focusOnOpen?: boolean, description?: string}} props
 *   focusOnOpen: false when a press on the field opened it (focus stays there);
 *   picking: a range's first end is picked (selected = [it]), the second is not yet;
 *   testid: the dialog's test id (st.datetime_input: stDateTimeInputCalendar); children:
 *   shown under the month (st.datetime_input's time field); description: the
 *   dialog's hidden usage text (aria-describedby)
 */
export function DateCalendar({
  title, position, min, max, selected: picked, initial, isRange, picking = false, onPick, onClose, dialogId, testid = "stDateInputCalendar", children = null,
  focusOnOpen = true,
  description = "Use arrow keys to navigate dates. Enter to select. Escape to close.",
}) {
  const portalRoot = usePortalRoot();
  const [focus, setFocus] = useState(clampDate(initial, min, max));
  const [view, setView] = useState({ year: focus.year, month: focus.month });
  const gridRef = useRef(null);
  const moved = useRef(false);
  const opening = useRef(true);

  useEffect(() => {
    // Opened by a press on the field (focusOnOpen false), focus stays in its segments.
    const keep = opening.current && !focusOnOpen;
    opening.current = false;
    const cell = gridRef.current?.querySelector(`[data-date="${toIso(focus)}"]`);
    if (!keep && cell && (moved.current || !gridRef.current.contains(document.activeElement))) cell.focus({ preventScroll: true });
    moved.current = false;
  }, [focus.year, focus.month, focus.day]);

  const inRange = (d) => !(min && compareDates(d, min) < 0) && !(max && compareDates(d, max) > 0);
  const moveTo = (d) => {
    const next = clampDate(d, min, max);
    moved.current = true;
    setFocus(next);
    setView({ year: next.year, month: next.month });
  };
  // While a range's second end is being picked, the range shown runs from the
  // first end to the focused (or hovered) day, as react-aria previews it.
  const selected = picking && picked.length === 1 && inRange(focus)
    ? [picked[0], focus].sort(compareDates) : picked;
  const isSelected = (d) => {
    if (!selected.length) return false;
    if (isRange && selected.length === 2) return compareDates(d, selected[0]) >= 0 && compareDates(d, selected[1]) <= 0;
    return selected.some((s) => compareDates(s, d) === 0);
  };

  // A picked range's ends (both the same day while the second end is being
  // picked), and the description react-aria gives its two ends' cells.
  const ends = isRange && selected.length ? [selected[0], selected[selected.length - 1]] : null;
  const rangeText = ends && !picking && selected.length === 2 && compareDates(ends[0], ends[1]) !== 0
    ? `Selected Range: ${rangeLabel(ends[0], ends[1])}, ` : "";
  const cellLabel = (d, chosen, isEnd) => `${isEnd ? rangeText : ""}${longLabel(d)}${chosen ? " selected" : ""}`;

  const onGridKey = (event) => {
    const steps = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
    if (steps[event.key]) {
      event.preventDefault();
      moveTo(addDays(focus, steps[event.key]));
    } else if (event.key === "PageUp" || event.key === "PageDown") {
      event.preventDefault();
      const first = addMonths(focus.year, focus.month, event.key === "PageUp" ? -1 : 1);
      moveTo({ ...first, day: Math.min(focus.day, daysInMonth(first.year, first.month)) });
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      if (inRange(focus)) onPick(focus);
    }
  };

  const first = { year: view.year, month: view.month, day: 1 };
  const start = addDays(first, -weekday(first));
  const weeks = [];
  for (let w = 0; w < 6; w++) {
    const days = [];
    for (let i = 0; i < 7; i++) days.push(addDays(start, w * 7 + i));
    if (w > 3 && days[0].month !== view.month) break;
    weeks.push(days);
  }
  const monthTitle = `${MONTH_NAMES[view.month - 1]} ${view.year}`;
  const prev = addMonths(view.year, view.month, -1);
  const next = addMonths(view.year, view.month, 1);
  const prevDisabled = min && compareDates({ ...prev, day: daysInMonth(prev.year, prev.month) }, min) < 0;
  const nextDisabled = max && compareDates(next, max) > 0;
  const years = [];
  for (let y = (min?.year ?? view.year - 10); y <= (max?.year ?? view.year + 10); y++) years.push(y);
  const showMonth = (year, month) => {
    const target = { year, month, day: Math.min(focus.day, daysInMonth(year, month)) };
    setView({ year, month });
    setFocus(clampDate(target, min, max));
  };

  return createPortal(
    h("div", {
      id: dialogId,
      "data-testid": testid,
      role: "dialog",
      "aria-modal": "true",
      "aria-label": title,
      "aria-describedby": `${dialogId}-desc`,
      class: "st-date-calendar",
      style: position.style,
      onMouseDown: (event) => {
        const target = /** @type {HTMLElement} */ (event.target);
        if (target.tagName !== "SELECT" && !target.closest?.("[role=spinbutton]")) event.preventDefault();
      },
      onKeyDown: (event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          event.stopPropagation();
          onClose(true);
        }
      },
    },
      h("span", { id: `${dialogId}-desc`, class: "st-visually-hidden" }, description),
      h("header", { class: "st-date-calendar-header" },
        h("button", { type: "button", "aria-label": "Previous month", class: "st-date-nav", disabled: prevDisabled,
          "data-disabled": prevDisabled ? "true" : undefined,
          onClick: () => showMonth(prev.year, prev.month) }, h(NavArrow, { back: true })),
        h(Picker, { "aria-label": "month", class: "st-date-select", value: String(view.month),
          onChange: (event) => showMonth(view.year, Number(event.currentTarget.value)) },
          MONTH_NAMES.map((name, i) => h("option", { key: name, value: String(i + 1) }, name))),
        h(Picker, { "aria-label": "year", class: "st-date-select", value: String(view.year),
          onChange: (event) => showMonth(Number(event.currentTarget.value), view.month) },
          years.map((y) => h("option", { key: y, value: String(y) }, String(y)))),
        h("h2", { "aria-hidden": "true", class: "st-visually-hidden" }, monthTitle),
        h("button", { type: "button", "aria-label": "Next month", class: "st-date-nav", disabled: nextDisabled,
          "data-disabled": nextDisabled ? "true" : undefined,
          onClick: () => showMonth(next.year, next.month) }, h(NavArrow, { back: false }))),
      h("table", { role: "grid", "aria-label": `${title}, ${monthTitle}`, class: "st-date-grid", ref: gridRef, onKeyDown: onGridKey },
        h("thead", { "aria-hidden": "true" }, h("tr", null, WEEK_HEADERS.map((d, i) => h("th", { key: i }, d)))),
        h("tbody", null, weeks.map((days, w) =>
          h("tr", { key: w }, days.map((d) => {
            const outside = d.month !== view.month;
            const disabled = outside || !inRange(d);
            const chosen = !outside && isSelected(d);
            const focused = compareDates(d, focus) === 0;
            const isStart = Boolean(chosen && ends && compareDates(d, ends[0]) === 0);
            const isEnd = Boolean(chosen && ends && compareDates(d, ends[1]) === 0);
            return h("td", { key: toIso(d), role: "gridcell", "aria-selected": chosen ? "true" : undefined, "aria-disabled": disabled ? "true" : undefined },
              h("div", {
                role: "button",
                tabindex: disabled ? undefined : focused ? "0" : "-1",
                "aria-disabled": disabled ? "true" : undefined,
                "aria-label": cellLabel(d, chosen, isStart || isEnd),
                "data-date": toIso(d),
                "data-selected": chosen ? "true" : undefined,
                "data-selection-start": isStart ? "true" : undefined,
                "data-selection-end": isEnd ? "true" : undefined,
                "data-focused": focused && !disabled ? "true" : undefined,
                "data-disabled": disabled ? "true" : undefined,
                "data-outside-visible-range": outside ? "true" : undefined,
                "data-outside-month": outside ? "true" : undefined,
                class: cx("st-date-cell", chosen && "st-selected", disabled && "st-disabled", focused && "st-focused",
                  ends && chosen && "st-in-range"),
                onMouseEnter: picking && !disabled ? () => setFocus(d) : undefined,
                onClick: () => {
                  if (disabled) return;
                  setFocus(d);
                  onPick(d);
                },
              }, String(d.day)));
          }))))),
      children),
    portalRoot);
}

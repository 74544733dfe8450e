// The date_input calendar: a portalled dialog (stDateInputCalendar) with
// previous/next month buttons, month and year pickers and a role=grid month
// whose day cells are role=button (aria-label "Tuesday, March 5, 2024").
// Arrow keys move the focused day, Enter/Space picks it, Escape closes.
import { createPortal, h } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { cx } from "../classes.js";
import { usePortalRoot } from "../portal.js";
import {
  addDays, addMonths, compareDates, daysInMonth, longLabel, MONTH_NAMES, toIso, weekday,
} from "./date-util.js";

const WEEK_HEADERS = ["S", "M", "T", "W", "T", "F", "S"];

function clampDate(d, min, max) {
  if (min && compareDates(d, min) < 0) return min;
  if (max && compareDates(d, max) > 0) return max;
  return d;
}

/**
 * @param {{title: string, position: {style: object}, min: object, max: object,
 *          selected: object[], initial: object, isRange: boolean,
 *          onPick: (d: object) => void, onClose: () => void, testid?: string, children?: any}} props
 *   testid: the dialog's test id (st.datetime_input: stDateTimeInputCalendar); children:
 *   shown under the month (st.datetime_input's time field)
 */
export function DateCalendar({ title, position, min, max, selected, initial, isRange, onPick, onClose, dialogId, testid = "stDateInputCalendar", children = null }) {
  const portalRoot = usePortalRoot();
  const [focus, setFocus] = useState(clampDate(initial, min, max));
  const [view, setView] = useState({ year: focus.year, month: focus.month });
  const gridRef = useRef(null);
  const moved = useRef(false);

  useEffect(() => {
    const cell = gridRef.current?.querySelector(`[data-date="${toIso(focus)}"]`);
    if (cell && (moved.current || !gridRef.current.contains(document.activeElement))) cell.focus({ preventScroll: true });
    moved.current = false;
  }, [focus.year, focus.month, focus.day]);

  const inRange = (d) => !(min && compareDates(d, min) < 0) && !(max && compareDates(d, max) > 0);
  const moveTo = (d) => {
    const next = clampDate(d, min, max);
    moved.current = true;
    setFocus(next);
    setView({ year: next.year, month: next.month });
  };
  const isSelected = (d) => {
    if (!selected.length) return false;
    if (isRange && selected.length === 2) return compareDates(d, selected[0]) >= 0 && compareDates(d, selected[1]) <= 0;
    return selected.some((s) => compareDates(s, d) === 0);
  };

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
      class: "st-date-calendar",
      style: position.style,
      onMouseDown: (event) => {
        if (event.target.tagName !== "SELECT" && !event.target.closest?.("[role=spinbutton]")) event.preventDefault();
      },
      onKeyDown: (event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          event.stopPropagation();
          onClose(true);
        }
      },
    },
      h("span", { class: "st-visually-hidden" }, "Use arrow keys to navigate dates. Enter to select. Escape to close."),
      h("header", { class: "st-date-calendar-header" },
        h("button", { type: "button", "aria-label": "Previous month", class: "st-date-nav", disabled: prevDisabled,
          onClick: () => showMonth(prev.year, prev.month) }, "‹"),
        h("select", { "aria-label": "month", class: "st-date-select", value: String(view.month),
          onChange: (event) => showMonth(view.year, Number(event.currentTarget.value)) },
          MONTH_NAMES.map((name, i) => h("option", { key: name, value: String(i + 1) }, name))),
        h("select", { "aria-label": "year", class: "st-date-select", value: String(view.year),
          onChange: (event) => showMonth(Number(event.currentTarget.value), view.month) },
          years.map((y) => h("option", { key: y, value: String(y) }, String(y)))),
        h("h2", { "aria-hidden": "true", class: "st-visually-hidden" }, monthTitle),
        h("button", { type: "button", "aria-label": "Next month", class: "st-date-nav", disabled: nextDisabled,
          onClick: () => showMonth(next.year, next.month) }, "›")),
      h("table", { role: "grid", "aria-label": `${title}, ${monthTitle}`, class: "st-date-grid", ref: gridRef, onKeyDown: onGridKey },
        h("thead", { "aria-hidden": "true" }, h("tr", null, WEEK_HEADERS.map((d, i) => h("th", { key: i }, d)))),
        h("tbody", null, weeks.map((days, w) =>
          h("tr", { key: w }, days.map((d) => {
            const outside = d.month !== view.month;
            const disabled = outside || !inRange(d);
            const chosen = !outside && isSelected(d);
            const focused = compareDates(d, focus) === 0;
            return h("td", { key: toIso(d), role: "gridcell", "aria-selected": chosen ? "true" : undefined, "aria-disabled": disabled ? "true" : undefined },
              h("div", {
                role: "button",
                tabindex: disabled ? undefined : focused ? "0" : "-1",
                "aria-disabled": disabled ? "true" : undefined,
                "aria-label": `${longLabel(d)}${chosen ? " selected" : ""}`,
                "data-date": toIso(d),
                "data-selected": chosen ? "true" : undefined,
                "data-outside-month": outside ? "true" : undefined,
                class: cx("st-date-cell", chosen && "st-selected", disabled && "st-disabled", focused && "st-focused"),
                onClick: () => {
                  if (disabled) return;
                  setFocus(d);
                  onPick(d);
                },
              }, outside ? "" : String(d.day)));
          }))))),
      children),
    portalRoot);
}

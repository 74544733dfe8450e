// Calendar dates as {year, month (1-12), day} and as ISO "YYYY-MM-DD" strings
// (the date_input wire format). No time zones: these are wall-calendar dates.

/** @typedef {{year: number, month: number, day: number}} CalendarDate  month 1-12 */

export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];
export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function parseIso(text) {
  const match = /^(\d{4})[-/](\d{2})[-/](\d{2})$/.exec(String(text ?? ""));
  if (!match) return null;
  const d = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDate(d) ? d : null;
}

export function toIso({ year, month, day }) {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(d) {
  return Boolean(d) && d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 &&
    d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/** Day of week, 0 = Sunday. */
export function weekday({ year, month, day }) {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCDay();
}

/** `d` moved by `days` (may cross months/years). */
export function addDays(d, days) {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  date.setUTCFullYear(d.year);
  date.setUTCDate(date.getUTCDate() + days);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The first of the month `delta` months from (year, month). */
export function addMonths(year, month, delta) {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

export function compareDates(a, b) {
  return toIso(a) < toIso(b) ? -1 : toIso(a) > toIso(b) ? 1 : 0;
}

/** "Tuesday, March 5, 2024" (as react-aria labels calendar cells). */
export function longLabel(d) {
  return `${WEEKDAY_NAMES[weekday(d)]}, ${MONTH_NAMES[d.month - 1]} ${d.day}, ${d.year}`;
}

/** A selected range as react-aria describes it ("Thursday, January 8 to Saturday,
 * January 10, 1970"; the year is said once when both ends share it). */
export function rangeLabel(start, end) {
  const day = (d) => `${WEEKDAY_NAMES[weekday(d)]}, ${MONTH_NAMES[d.month - 1]} ${d.day}`;
  if (start.year === end.year) return `${day(start)} to ${day(end)}, ${end.year}`;
  return `${longLabel(start)} to ${longLabel(end)}`;
}

/** Segment order and separator of a Streamlit date format ("DD.MM.YYYY" -> day, month, year and "."). */
export function formatLayout(format) {
  const text = String(format || "YYYY/MM/DD");
  const separator = (/[/.-]/.exec(text) || ["/"])[0];
  const order = text.split(separator).map((part) => (part.startsWith("Y") ? "year" : part.startsWith("M") ? "month" : "day"));
  return { order: order.length === 3 ? order : ["year", "month", "day"], separator };
}

export function todayDate() {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

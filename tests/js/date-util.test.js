// web/app/widgets/date-util.js: calendar dates for date_input.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  addDays,
  addMonths,
  compareDates,
  daysInMonth,
  formatLayout,
  isValidDate,
  longLabel,
  parseIso,
  rangeLabel,
  toIso,
  weekday,
} from "../../web/app/widgets/date-util.js";

test("ISO dates parse and print; invalid dates are null", () => {
  assert.deepEqual(parseIso("2024-02-29"), { year: 2024, month: 2, day: 29 });
  assert.deepEqual(parseIso("2024/03/01"), { year: 2024, month: 3, day: 1 });
  assert.equal(parseIso("2023-02-29"), null);
  assert.equal(parseIso("2024-2-1"), null);
  assert.equal(parseIso(null), null);
  assert.equal(toIso({ year: 5, month: 1, day: 2 }), "0005-01-02");
});

test("month lengths, leap years and validity", () => {
  assert.equal(daysInMonth(2024, 2), 29);
  assert.equal(daysInMonth(1900, 2), 28);
  assert.equal(daysInMonth(2000, 2), 29);
  assert.equal(daysInMonth(2023, 12), 31);
  assert.equal(isValidDate({ year: 2023, month: 4, day: 31 }), false);
  assert.equal(isValidDate({ year: 10000, month: 1, day: 1 }), false);
});

test("weekdays and arithmetic across months and years (also before 100 AD)", () => {
  assert.equal(weekday({ year: 2024, month: 3, day: 5 }), 2);
  assert.equal(weekday({ year: 1, month: 1, day: 1 }), 1);
  assert.deepEqual(addDays({ year: 2023, month: 12, day: 31 }, 1), { year: 2024, month: 1, day: 1 });
  assert.deepEqual(addDays({ year: 2024, month: 3, day: 1 }, -1), { year: 2024, month: 2, day: 29 });
  assert.deepEqual(addDays({ year: 50, month: 1, day: 1 }, 0), { year: 50, month: 1, day: 1 });
  assert.deepEqual(addMonths(2024, 11, 3), { year: 2025, month: 2, day: 1 });
  assert.deepEqual(addMonths(2024, 1, -1), { year: 2023, month: 12, day: 1 });
  assert.equal(compareDates({ year: 2024, month: 1, day: 2 }, { year: 2024, month: 1, day: 10 }), -1);
  assert.equal(compareDates({ year: 2024, month: 1, day: 2 }, { year: 2024, month: 1, day: 2 }), 0);
});

test("labels and Streamlit's date formats", () => {
  assert.equal(longLabel({ year: 2024, month: 3, day: 5 }), "Tuesday, March 5, 2024");
  assert.deepEqual(formatLayout("DD.MM.YYYY"), { order: ["day", "month", "year"], separator: "." });
  assert.deepEqual(formatLayout("MM-DD-YYYY"), { order: ["month", "day", "year"], separator: "-" });
  assert.deepEqual(formatLayout(null), { order: ["year", "month", "day"], separator: "/" });
});

test("a range is described as react-aria does (Streamlit 1.67's calendar cells)", () => {
  const d = (year, month, day) => ({ year, month, day });
  assert.equal(rangeLabel(d(1970, 1, 8), d(1970, 1, 10)), "Thursday, January 8 to Saturday, January 10, 1970");
  assert.equal(rangeLabel(d(1970, 1, 8), d(1970, 2, 10)), "Thursday, January 8 to Tuesday, February 10, 1970");
  assert.equal(rangeLabel(d(1969, 12, 31), d(1970, 1, 10)), "Wednesday, December 31, 1969 to Saturday, January 10, 1970");
});

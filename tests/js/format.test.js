// web/app/format.js: printf-style number formatting and moment-style dates.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  decimalsOf,
  formatMoment,
  formatNumber,
  formatPrecision,
  formatSliderValue,
  roundTo,
  sprintf,
} from "../../web/app/format.js";

test("printf conversions, flags, width and precision", () => {
  const cases = [
    ["%d", 42.9, "42"],
    ["%i", -3.2, "-3"],
    ["%05d", 42, "00042"],
    ["%-5d|", 42, "42   |"],
    ["%+d", 5, "+5"],
    ["% d", 5, " 5"],
    ["%,d", 1234567, "1,234,567"],
    ["%.2f", 3.14159, "3.14"],
    ["%f", 1, "1.000000"],
    ["%,.1f", 1234.56, "1,234.6"],
    ["%.1f", -0.01, "0.0"],
    ["%8.3f", -1.5, "  -1.500"],
    ["%e", 12345, "1.234500e+04"],
    ["%.2E", 0.00012, "1.20E-04"],
    ["%g", 0.0001, "0.0001"],
    ["%x", 255, "ff"],
    ["%#X", 255, "0XFF"],
    ["%o", 8, "10"],
    ["%s", 7, "7"],
    ["%.2s", "abc", "ab"],
    ["100%%", 1, "100%"],
    ["$%.2f USD", 2, "$2.00 USD"],
  ];
  for (const [format, value, expected] of cases) assert.equal(sprintf(format, value), expected, format);
});

test("formatNumber: empty for no value, defaults by data type", () => {
  assert.equal(formatNumber(null, "%d", "int"), "");
  assert.equal(formatNumber(Number.NaN, null, "float"), "");
  assert.equal(formatNumber(3, null, "int"), "3");
  assert.equal(formatNumber(3, null, "float"), "3.00");
});

test("formatPrecision, decimalsOf and roundTo", () => {
  assert.equal(formatPrecision("%0.2f"), 2);
  assert.equal(formatPrecision("%d"), 0);
  assert.equal(formatPrecision("%g"), null);
  assert.equal(formatPrecision(null), null);
  assert.equal(decimalsOf(1.25), 2);
  assert.equal(decimalsOf(1e-7), 7);
  assert.equal(decimalsOf(3), 0);
  assert.equal(roundTo(0.1 + 0.2, 2), 0.3);
  assert.equal(roundTo(Number.POSITIVE_INFINITY, 2), Number.POSITIVE_INFINITY);
});

test("formatMoment formats UTC wall time with moment.js tokens and [literals]", () => {
  const micros = Date.UTC(2024, 2, 5, 14, 7, 9) * 1000;
  assert.equal(formatMoment(micros, "YYYY-MM-DD HH:mm:ss"), "2024-03-05 14:07:09");
  assert.equal(formatMoment(micros, "MMM D, YY h:mm A"), "Mar 5, 24 2:07 PM");
  assert.equal(formatMoment(micros, "[Day] D [of] MMMM"), "Day 5 of March");
});

test("formatSliderValue: option labels, dates, numbers", () => {
  assert.equal(formatSliderValue(1, { options: ["a", "b"] }), "b");
  assert.equal(formatSliderValue(Date.UTC(2024, 0, 2) * 1000, { options: [], dataType: "date" }), "2024-01-02");
  assert.equal(formatSliderValue(5, { options: [], dataType: "int", format: null }), "5");
  assert.equal(formatSliderValue(0.5, { options: [], dataType: "float", format: "%.1f%%" }), "0.5%");
});

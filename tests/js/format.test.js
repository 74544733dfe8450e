// web/app/format.js: Streamlit's printf dialect, named number formats, number_input text and moment-style dates.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  decimalsOf,
  formatMoment,
  formatNumber,
  formatNumberInputValue,
  formatSliderValue,
  roundTo,
  sprintf,
} from "../../web/app/format.js";

// Every expected text below is what Streamlit 1.67's page showed for the same
// format and value (a slider's thumb value or a metric, which show the
// formatter's text; see docs in web/app/format.js), checked with a real
// `streamlit run` page.
test("sprintf: Streamlit 1.67's printf dialect", () => {
  const cases = [
    ["%d", 42, "42"],
    ["%d", 42.9, "42"], // truncated, not rounded
    ["%d", -3.7, "-3"],
    ["%d", -0.4, "-0"],
    ["%i", 7, "7"],
    ["%i", 1e21, "1"], // parseInt of "1e+21"
    ["%d", 9007199254740991, "9007199254740991"],
    ["%u", 5, "5"],
    ["%u", -5, "4294967291"],
    ["%.2f", 3.14159, "3.14"],
    ["%.2f", -0.001, "-0.00"],
    ["%.2f", -0, "0.00"],
    ["%0.2f", 1234.5, "1234.50"],
    ["%.0f", 2.5, "3"],
    ["%f", 1.5, "1.5"], // no precision: the shortest form
    ["%f", 2, "2"],
    ["%e", 12345.678, "1.2345678e+4"],
    ["%.3e", 12345.678, "1.235e+4"],
    ["%.3e", -0.00012, "-1.200e-4"],
    ["%g", 0.0001, "0.0001"],
    ["%g", 0.25, "0.25"],
    ["%.3g", 1234567, "1230000"],
    ["%.3g", 0.000123456, "0.000123"],
    ["%+d", 5, "+5"],
    ["%+d", -5, "-5"],
    ["%05d", 42, "00042"],
    ["%05d", -42, "-0042"],
    ["%08.3f", -1.5, "-001.500"],
    ["%-8d|", 42, "42      |"],
    ["%'*8d", 42, "******42"],
    ["%x", 255, "ff"],
    ["%X", 255, "FF"],
    ["%x", -1, "ffffffff"],
    ["%o", 8, "10"],
    ["%b", 5, "101"],
    ["%c", 65, "A"],
    ["%,d", 1234567, "1,234,567"],
    ["%,.2f", 1234567.891, "1,234,567.89"],
    ["%_d", 1234567, "1_234_567"],
    ["%'x,d", 1234567, "1x234x567"],
    ["%,e", 12345, "1.2345e+4"],
    ["%.1f%%", 50, "50.0%"],
    ["$%.2f", 2, "$2.00"],
    ["%1$d/%1$d", 4, "4/4"],
    ["%s", 3.5, "3.5"],
    ["%j", 2.5, "2.5"],
    ["%t", 0, "false"],
    ["%T", 1, "number"],
  ];
  for (const [format, value, expected] of cases) assert.equal(sprintf(format, value), expected, `${format} of ${value}`);
});

test("sprintf: the formats Streamlit rejects throw its errors", () => {
  // A slider with these formats shows the error instead of the widget in 1.67.
  for (const format of ["% d", "%E", "%5.f", "%"]) {
    assert.throws(() => sprintf(format, 5), { name: "SyntaxError", message: "[sprintf] unexpected placeholder" }, format);
  }
  for (const format of ["%d - %d", "%(x)d"]) {
    assert.throws(() => sprintf(format, 3), { name: "TypeError", message: "[sprintf] expecting number but found [object Undefined]" }, format);
  }
  assert.equal(sprintf("%s %s", 3), "3 undefined");
});

test("formatNumber: named formats as Streamlit 1.67's slider and metric show them", () => {
  const cases = [
    ["percent", 0.5, "50%"],
    ["percent", 0.256, "25.6%"],
    ["percent", 0.12345, "12.35%"],
    ["percent", 5, "500%"],
    ["dollar", 1234.567, "$1,234.57"],
    ["dollar", -1234.5, "-$1,234.50"],
    ["euro", 1234.567, "€1,234.57"],
    ["yen", 1234.567, "¥1,235"],
    ["compact", 12345, "12K"],
    ["compact", 1234567, "1.2M"],
    ["compact", 999, "999"],
    ["scientific", 1234.567, "1.235E3"],
    ["scientific", 1000, "1E3"],
    ["engineering", 1234.567, "1.235E3"],
    ["accounting", -1234.567, "(1,234.57)"],
    ["accounting", -1234.5, "(1,234.50)"],
    ["bytes", 1234567, "1.2MB"],
    ["bytes", 2048, "2KB"],
    ["bytes", 1e9, "1GB"],
    ["plain", 1234.567, "1234.567"],
    ["plain", 0.1, "0.1"],
    ["plain", 1e21, "1000000000000000000000"],
    ["plain", 1e-7, "0.0000001"],
    ["plain", 123456789.123, "123456789.12300001"],
    ["localized", 1234.567, "1,234.567"],
    ["localized", 0.5, "0.5"],
    ["%d", 42.9, "42"],
    ["%,d", 1234567, "1,234,567"],
    ["%e", 12345.678, "1.2345678e+4"],
    ["%x", 255, "ff"],
  ];
  for (const [format, value, expected] of cases) assert.equal(formatNumber(value, format), expected, `${format} of ${value}`);
  assert.equal(formatNumber(Number.NaN, "%d"), "");
  assert.equal(formatNumber(Number.POSITIVE_INFINITY, "percent"), "");
  assert.throws(() => formatNumber(5, "% d"), SyntaxError);
});

test("formatNumber without a format: up to 4 decimals, or the given precision", () => {
  assert.equal(formatNumber(3, null), "3");
  assert.equal(formatNumber(1.23456789, null), "1.2346");
  assert.equal(formatNumber(0.00001234, null), "0.00001");
  assert.equal(formatNumber(2.5, null, 2), "2.50");
  assert.equal(formatNumber(2.5, "", 0), "3");
  assert.equal(formatNumber(0.256, "percent", 3), "25.6%");
});

test("formatNumberInputValue: number_input's text, the plain number for a format sprintf rejects", () => {
  assert.equal(formatNumberInputValue(null, { format: "%d" }), "");
  assert.equal(formatNumberInputValue(Number.NaN, { format: null }), "");
  assert.equal(formatNumberInputValue(3.14159, { format: "%.2f" }), "3.14");
  assert.equal(formatNumberInputValue(12345, { format: "%E" }), "12345");
  assert.equal(formatNumberInputValue(5, { format: "% d" }), "5");
  // No format: a float shows the step's decimals, an int the plain number.
  assert.equal(formatNumberInputValue(1.5, { format: null, step: 0.25, dataType: "float" }), "1.50");
  assert.equal(formatNumberInputValue(3, { format: null, step: 1, dataType: "int" }), "3");
});

test("decimalsOf and roundTo", () => {
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

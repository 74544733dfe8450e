// web/app/widgets/number-value.js: st.number_input's parsing and stepping.
// The stepped values were read from Streamlit 1.67's page (clicking "+").
import assert from "node:assert/strict";
import { test } from "node:test";
import { outOfRange, parseNumber, shownNumber, stepNumber } from "../../web/app/widgets/number-value.js";

test("steps from the number the field shows", () => {
  const exp = { format: "%.3e", step: 0.01, dataType: "float" };
  assert.equal(shownNumber(12345.678, exp), 12350);
  assert.equal(stepNumber(shownNumber(12345.678, exp), 1, exp), 12350.01);
  const shortest = { format: "%f", step: 0.25, dataType: "float" };
  assert.equal(stepNumber(shownNumber(1.5, shortest), 1, shortest), 1.75);
  const int = { format: "%d", step: 1, dataType: "int" };
  assert.equal(stepNumber(shownNumber(41, int), 1, int), 42);
  // A text parseFloat cannot read ("ff") leaves the value itself.
  assert.equal(shownNumber(255, { format: "%x", dataType: "int" }), 255);
  assert.equal(shownNumber(null, int), null);
});

test("value and step are rounded to the step's decimals before adding", () => {
  assert.equal(stepNumber(0.1, 1, { step: 0.2, dataType: "float" }), 0.3);
  assert.equal(stepNumber(1.234, 1, { step: 0.01, dataType: "float" }), 1.24);
  assert.equal(stepNumber(1, -1, { step: 0.25, dataType: "float" }), 0.75);
  assert.equal(stepNumber(5, 1, { step: null, dataType: "int" }), 6);
});

test("no step past min/max or without a value", () => {
  assert.equal(stepNumber(41, 1, { step: 1, dataType: "int", max: 41 }), null);
  assert.equal(stepNumber(0, -1, { step: 1, dataType: "int", min: 0 }), null);
  assert.equal(stepNumber(null, 1, { step: 1, dataType: "int" }), null);
});

test("parseNumber and outOfRange", () => {
  assert.equal(parseNumber(" 4.5 ", { dataType: "float" }), 4.5);
  assert.equal(parseNumber("4.9", { dataType: "int" }), 4);
  assert.equal(parseNumber("", { default: 3 }), 3);
  assert.equal(parseNumber("", {}), null);
  assert.equal(parseNumber("1e309", {}), undefined);
  assert.equal(outOfRange(5, { min: 0, max: 4 }), true);
  assert.equal(outOfRange(null, { min: 0 }), false);
});

// web/app/elements/frame.js: the text of a dataframe's number cells. The
// expected texts are what Streamlit 1.67 draws for the same column_config.
import assert from "node:assert/strict";
import { test } from "node:test";
import { columnPrecision, gridCellText, tableCellText } from "../../web/app/elements/frame.js";

const INTEGER = { type: "integer" };
const FLOAT = { type: "float" };

test("number cells: format and step decimals as Streamlit 1.67 draws them", () => {
  assert.equal(gridCellText(1234, INTEGER, "dollar"), "$1,234"); // an integer column steps by 1
  assert.equal(gridCellText(-5, INTEGER, "dollar"), "-$5");
  assert.equal(gridCellText(1.5, FLOAT, null, 0.01), "1.50");
  assert.equal(gridCellText(0.00001234, FLOAT, null, 0.01), "0.00");
  assert.equal(gridCellText(2.789, FLOAT, "%.2f", 1), "2.00"); // cut to the step's decimals first
  assert.equal(gridCellText(-2.789, FLOAT, "%.2f", 1), "-2.00");
  assert.equal(gridCellText(1234.5678, FLOAT, "percent", 0.001), "123,456.7%");
  assert.equal(gridCellText(0.5, FLOAT, "percent", 0.001), "50.0%");
  assert.equal(gridCellText(1234, INTEGER, "localized"), "1,234");
  assert.equal(gridCellText(0.00001234, FLOAT, null), "0.00001");
  assert.equal(gridCellText(1.5, FLOAT, null), "1.5");
  assert.equal(gridCellText(0.8, FLOAT, "percent"), "80%");
  assert.equal(gridCellText(1234.5678, FLOAT, "%e"), "1.2345678e+3");
  assert.equal(gridCellText(-0.4, FLOAT, "%e"), "-4e-1");
});

test("number cells: a format sprintf rejects shows the value; other cells", () => {
  assert.equal(gridCellText(5.5, FLOAT, "% d"), "5.5");
  assert.equal(gridCellText(Number.NaN, FLOAT, null), "NaN");
  assert.equal(gridCellText(null, FLOAT, null), null);
  assert.equal(gridCellText(true, { type: "bool" }, null), "true");
  assert.equal(tableCellText(1234.5, FLOAT), "1,234.5000");
});

test("columnPrecision: the step's decimals; integers step by 1", () => {
  assert.equal(columnPrecision(INTEGER, undefined), 0);
  assert.equal(columnPrecision(FLOAT, undefined), undefined);
  assert.equal(columnPrecision(FLOAT, 0.25), 2);
  assert.equal(columnPrecision(FLOAT, 2), 0);
  assert.equal(columnPrecision(FLOAT, 1e-7), 7);
});

// st.number_input's value arithmetic (pure, unit-tested in tests/js/number-value.test.js):
// parsing the field's text, the range check and stepping from the shown number.
import { decimalsOf, formatNumberInputValue } from "../format.js";

/**
 * Parses the input's text into a value for this widget; undefined = invalid.
 * As in Streamlit 1.67, an empty field (also what the browser leaves of
 * "abc" or "1e309" in an input[type=number]) means the widget's default.
 */
export function parseNumber(text, props) {
  const trimmed = String(text).trim();
  if (trimmed === "") return props.default ?? null;
  const parsed = Number(trimmed);
  if (!Number.isFinite(parsed)) return undefined;
  return props.dataType === "int" ? Math.trunc(parsed) : parsed;
}

/** True when a typed value is outside min/max: Streamlit then reports it and keeps the value. */
export function outOfRange(value, props) {
  return value != null && ((props.min != null && value < props.min) || (props.max != null && value > props.max));
}

/**
 * The number the field shows for `value`: Streamlit steps from the shown text,
 * so with format="%.3e" 12345.678 ("1.235e+4") plus 0.01 is 12350.01.
 */
export function shownNumber(value, props) {
  if (value == null) return value;
  const text = formatNumberInputValue(value, props);
  const shown = props.dataType === "int" ? Number.parseInt(text, 10) : Number.parseFloat(text);
  return Number.isNaN(shown) ? value : shown;
}

/**
 * value +/- step, as Streamlit 1.67 adds them: both rounded to the step's
 * decimals first (so 0.1 + 0.2 is 0.3 and 1.234 + 0.01 is 1.24); null when
 * the result is outside min/max or there is no value.
 */
export function stepNumber(value, direction, props) {
  if (value == null) return null;
  const step = Number(props.step) || (props.dataType === "int" ? 1 : 0.01);
  const decimals = decimalsOf(step);
  const scale = 10 ** decimals;
  const next = decimals === 0 ? value + direction * step : (Math.round(value * scale) + direction * Math.round(step * scale)) / scale;
  if (props.max != null && next > props.max) return null;
  if (props.min != null && next < props.min) return null;
  return next;
}

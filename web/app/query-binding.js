// Widgets bound to a query parameter (bind="query-params", Streamlit 1.67):
// when the user changes one, the page writes its value into the address bar
// at once (also with on_change="ignore", which sends no rerun), and removes
// the parameter when the value is the widget's default. Python seeds the
// widget from the URL and writes the values it sets itself (pageInfo).
//
// A widget's props.bind (py/wasmlit/widgets/common.py bind_props):
//   { param, valueType, default, clearable, dateType }
//   default: the default value as URL text (a string, a list of strings, or null)

/** Microseconds since the epoch as Streamlit writes a date/time slider value. */
export function isoFromMicros(micros, dateType) {
  const text = new Date(micros / 1000).toISOString();
  if (dateType === "date") return text.slice(0, 10);
  if (dateType === "time") {
    const clock = text.slice(11, 19);
    return clock.endsWith(":00") ? clock.slice(0, 5) : clock;
  }
  return text.slice(17, 19) === "00" ? text.slice(0, 16) : text.slice(0, 19);
}

/** The widget's wire value as URL text (null: no parameter). */
export function urlValue(value, bind) {
  if (value === null || value === undefined) return bind.clearable ? "" : null;
  switch (bind.valueType) {
    case "bool_value":
    case "double_value":
    case "int_value":
      return String(value);
    case "string_value":
      return String(value);
    case "string_array_value":
      return value.map(String).filter((v) => v !== "");
    case "int_array_value":
      return value.map(String);
    case "double_array_value":
      return bind.dateType ? value.map((v) => isoFromMicros(v, bind.dateType)) : value.map(String);
    default:
      return String(value);
  }
}

function sameText(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  if (Array.isArray(a) && !Array.isArray(b)) return b !== null && a.length === 1 && a[0] === b;
  if (b === null || b === undefined) return a === null || a === "" || (Array.isArray(a) && a.length === 0);
  return a === b;
}

/** True when the parameter must leave the URL (empty and not clearable, or the default). */
export function shouldClear(text, bind) {
  const empty = text === null || text === "" || (Array.isArray(text) && text.length === 0);
  if (empty && !bind.clearable) return true;
  return sameText(text, bind.default);
}

/** `queryString` with the widget's parameter set to its value (or removed); as
 * Streamlit 1.67 writes it, with the parameters sorted by name. */
export function withBoundValue(queryString, bind, value) {
  const params = new URLSearchParams(queryString);
  const text = urlValue(value, bind);
  params.delete(bind.param);
  if (!shouldClear(text, bind)) {
    if (Array.isArray(text)) {
      if (text.length === 0) params.append(bind.param, "");
      for (const item of text) params.append(bind.param, item);
    } else {
      params.append(bind.param, text);
    }
  }
  const next = new URLSearchParams(params);
  next.sort();
  return next.toString() === new URLSearchParams(queryString).toString() ? queryString : next.toString();
}

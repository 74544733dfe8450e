// Formatting values for display the way Streamlit 1.67's frontend does: the one
// printf dialect (sprintf), the named number formats (formatNumber), the
// number_input text (formatNumberInputValue), moment-style dates and slider text.
//
// Streamlit's printf is sprintf.js extended with thousands separators:
//   %[N$|(name)][+][0|'c][-][,|_][width][.precision]type, types b c d e f g i j o s t T u v x X.
// Anything else after a % (including "% d", "%E", "%5.f") is a SyntaxError, "%%" is "%".
// Facts that differ from C's printf: %d/%i truncate (parseInt, so 1e21 -> "1" and
// -0.4 -> "-0"); %e/%f/%g without a precision print JavaScript's shortest form
// ("1.2345e+4", "1.5", "0.25"); the exponent has no leading zero ("1.235e+4");
// %u/%o/%x work on the value as an unsigned 32-bit integer (-1 -> "ffffffff");
// only d i e f g take a sign (+ flag or a negative value; -0 counts as positive);
// "-" pads on the right with the pad character, even "0".

const PLACEHOLDER = /^%(?:([1-9]\d*)\$|\(([^)]+)\))?(\+)?(0|'[^$])?(-)?([,_])?(\d+)?(?:\.(\d+))?([b-gijostTuvxX])/;
const NUMERIC_ARG = /[bcdiefguxX]/;
const SIGNED = /[diefg]/;
const GROUPED = /[diefgu]/;
const parsedFormats = new Map();

/** Groups the integer digits of `text` ("-1234.5" -> "-1,234.5"). */
export function groupThousands(text, separator = ",") {
  const sign = /^[+-]/.test(text) ? text[0] : "";
  const unsigned = text.slice(sign.length);
  const dot = unsigned.indexOf(".");
  const int = dot === -1 ? unsigned : unsigned.slice(0, dot);
  const rest = dot === -1 ? "" : unsigned.slice(dot);
  return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, separator) + rest;
}

function namedKeys(name) {
  const keys = [];
  let rest = name;
  let match = /^([a-z_][a-z_\d]*)/i.exec(rest);
  if (!match) throw new SyntaxError("[sprintf] failed to parse named argument key");
  keys.push(match[1]);
  rest = rest.slice(match[0].length);
  while (rest) {
    match = /^\.([a-z_][a-z_\d]*)/i.exec(rest) ?? /^\[(\d+)\]/.exec(rest);
    if (!match) throw new SyntaxError("[sprintf] failed to parse named argument key");
    keys.push(match[1]);
    rest = rest.slice(match[0].length);
  }
  return keys;
}

/** The format as literal strings and placeholder objects (cached). */
function parseFormat(format) {
  const cached = parsedFormats.get(format);
  if (cached) return cached;
  const parts = [];
  let rest = format;
  let kinds = 0; // 1: named placeholders seen, 2: positional ones
  while (rest) {
    let length;
    const text = /^[^%]+/.exec(rest);
    const match = text ? null : rest.startsWith("%%") ? null : PLACEHOLDER.exec(rest);
    if (text) {
      parts.push(text[0]);
      length = text[0].length;
    } else if (rest.startsWith("%%")) {
      parts.push("%");
      length = 2;
    } else if (match) {
      const [whole, index, name, plus, pad, left, separator, width, precision, type] = match;
      kinds |= name ? 1 : 2;
      if (kinds === 3) throw new Error("[sprintf] mixing positional and named placeholders is not (yet) supported");
      parts.push({ index, keys: name ? namedKeys(name) : undefined, plus, pad, left, separator, width, precision, type });
      length = whole.length;
    } else {
      throw new SyntaxError("[sprintf] unexpected placeholder");
    }
    rest = rest.slice(length);
  }
  parsedFormats.set(format, parts);
  return parts;
}

function argumentFor(spec, args, next) {
  if (!spec.keys) return spec.index ? args[Number(spec.index) - 1] : args[next];
  let value = args[0];
  spec.keys.forEach((key, i) => {
    if (value === null || value === undefined) {
      throw new Error(`[sprintf] Cannot access property "${key}" of undefined value "${spec.keys[i - 1]}"`);
    }
    value = value[key];
  });
  return value;
}

function withPrecision(text, precision) {
  return precision === undefined ? text : text.slice(0, Number(precision));
}

/** The text of one conversion, before sign, grouping and padding. */
function convert(spec, arg) {
  const int = () => Number.parseInt(String(arg), 10);
  const float = () => Number.parseFloat(String(arg));
  const digits = spec.precision === undefined ? undefined : Number(spec.precision);
  switch (spec.type) {
    case "b": return int().toString(2);
    case "c": return String.fromCharCode(int());
    case "d":
    case "i": return String(int());
    case "j": return JSON.stringify(arg, null, spec.width ? Number(spec.width) : 0);
    case "e": return digits === undefined ? float().toExponential() : float().toExponential(digits);
    case "f": return digits === undefined ? String(float()) : float().toFixed(digits);
    case "g": return digits === undefined ? String(float()) : String(Number(Number(arg).toPrecision(digits)));
    case "o": return (int() >>> 0).toString(8);
    case "u": return String(int() >>> 0);
    case "x": return (int() >>> 0).toString(16);
    case "X": return (int() >>> 0).toString(16).toUpperCase();
    case "t": return withPrecision(String(Boolean(arg)), spec.precision);
    case "T": return withPrecision(Object.prototype.toString.call(arg).slice(8, -1).toLowerCase(), spec.precision);
    case "v": return withPrecision(String(arg.valueOf()), spec.precision);
    default: return withPrecision(String(arg), spec.precision);
  }
}

/**
 * Streamlit's printf (see the top of this file) with one value: every
 * placeholder after the first reads an undefined argument, as in Streamlit.
 * Throws SyntaxError / TypeError with Streamlit's messages for a bad format.
 * @param {string} format
 * @param {unknown} value
 */
export function sprintf(format, value) {
  const args = [value];
  let next = 0;
  let out = "";
  for (const part of parseFormat(String(format))) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    let arg = argumentFor(part, args, next);
    if (!part.keys && !part.index) next += 1;
    if (part.type !== "T" && part.type !== "v" && typeof arg === "function") arg = arg();
    if (NUMERIC_ARG.test(part.type) && typeof arg !== "number" && Number.isNaN(Number(arg))) {
      throw new TypeError(`[sprintf] expecting number but found ${Object.prototype.toString.call(arg)}`);
    }
    let body = convert(part, arg);
    if (part.type === "j") {
      out += body;
      continue;
    }
    let sign = "";
    if (SIGNED.test(part.type)) {
      const positive = /** @type {number} */ (arg) >= 0;
      if (!positive || part.plus) {
        sign = positive ? "+" : "-";
        body = body.replace(/^[+-]/, "");
      }
    }
    if (part.separator && GROUPED.test(part.type)) {
      const quoted = part.pad?.startsWith("'") ? part.pad.charAt(1) : ",";
      body = groupThousands(body, part.separator === "_" ? "_" : quoted);
    }
    const padChar = part.pad ? (part.pad === "0" ? "0" : part.pad.charAt(1)) : " ";
    const missing = (part.width ? Number(part.width) : 0) - (sign + body).length;
    const fill = missing > 0 ? padChar.repeat(missing) : "";
    if (part.left) out += sign + body + fill;
    else out += padChar === "0" ? sign + fill + body : fill + sign + body;
  }
  return out;
}

/** Intl formatting in the browser's languages (falls back to the default locale). */
function intlNumber(value, options) {
  const languages = globalThis.navigator?.languages;
  try {
    return new Intl.NumberFormat(languages, options).format(value);
  } catch (error) {
    if (error instanceof RangeError) return new Intl.NumberFormat(undefined, options).format(value);
    throw error;
  }
}

/** A number's shortest decimal text without an exponent ("1e-7" -> "0.0000001"). */
function plainDecimal(value) {
  const text = String(value);
  const [mantissa, exponentText] = text.split("e");
  if (exponentText === undefined) return text;
  const sign = mantissa.startsWith("-") ? "-" : "";
  const [int, frac = ""] = mantissa.replace("-", "").split(".");
  const digits = int + frac;
  const point = int.length + Number(exponentText);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * `value` with `digits` decimals the way Streamlit's default and "plain",
 * "accounting" formats round (numbro): round at 10^digits in floating point, then
 * print the result's shortest decimal form, so 0.1 stays "0.1" even with 20
 * digits; a value written with an exponent is cut, not rounded. `trim` drops
 * trailing zeros (and the point).
 */
function fixedDecimals(value, digits, trim) {
  const rounded = String(value).includes("e") ? value : Math.round(Number(`${value}e+${digits}`)) / 10 ** digits;
  const [int, frac = ""] = plainDecimal(rounded).split(".");
  const fraction = frac.slice(0, digits).padEnd(digits, "0");
  const kept = trim ? fraction.replace(/0+$/, "") : fraction;
  return kept ? `${int}.${kept}` : int;
}

/** Decimals shown without a format: 4, or enough to show a tiny number's first digit. */
function defaultDecimals(value) {
  if (value === 0 || Math.abs(value) >= 1e-4) return 4;
  return Math.abs(Number.parseInt(value.toExponential().split("e")[1], 10));
}

function currency(value, code, decimals) {
  return intlNumber(value, {
    style: "currency", currency: code, currencyDisplay: "narrowSymbol",
    minimumFractionDigits: decimals, maximumFractionDigits: decimals,
  });
}

/**
 * A number as st.column_config, st.metric and st.slider show it with `format`:
 * a named format ("percent", "dollar", ...), a printf format, or none (up to 4
 * decimals, or `maxPrecision` decimals when given). NaN and infinities -> "".
 * Throws like sprintf for a bad printf format.
 * @param {number} value
 * @param {string | null | undefined} format
 * @param {number} [maxPrecision]
 */
export function formatNumber(value, format, maxPrecision) {
  if (!Number.isFinite(value)) return "";
  const p = maxPrecision;
  switch (format) {
    case undefined:
    case null:
    case "":
      if (p === undefined) return fixedDecimals(value, defaultDecimals(value), true);
      return fixedDecimals(p === 0 ? Math.round(value) : value, p, false);
    case "plain": return fixedDecimals(value, 20, true);
    case "localized": return intlNumber(value, { minimumFractionDigits: p, maximumFractionDigits: p });
    case "percent": return intlNumber(value, {
      style: "percent",
      minimumFractionDigits: p === undefined ? 0 : Math.max(p - 2, 0),
      maximumFractionDigits: p === undefined ? 2 : Math.max(p - 2, 0),
    });
    case "dollar": return currency(value, "USD", p ?? 2);
    case "euro": return currency(value, "EUR", p ?? 2);
    case "yen": return currency(value, "JPY", p ?? 0);
    case "compact":
    case "scientific":
    case "engineering": return intlNumber(value, { notation: format });
    case "accounting": {
      const text = groupThousands(fixedDecimals(Math.abs(value), p ?? 2, false));
      return value < 0 ? `(${text})` : text;
    }
    case "bytes": return intlNumber(value, {
      notation: "compact", style: "unit", unit: "byte", unitDisplay: "narrow", maximumFractionDigits: 1,
    }).replace("BB", "GB");
    default: return sprintf(format, value);
  }
}

/**
 * The text st.number_input shows: its printf format (or, without one, the
 * step's decimals for floats), and the plain number when the format is invalid.
 * @param {number | null | undefined} value
 * @param {{format?: string | null, step?: number | null, dataType?: string}} props
 */
export function formatNumberInputValue(value, props) {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  let format = props.format || null;
  if (!format && props.dataType === "float" && props.step) {
    const decimals = decimalsOf(Number(props.step));
    if (decimals > 0) format = `%0.${decimals}f`;
  }
  if (!format) return String(value);
  try {
    return sprintf(format, value);
  } catch {
    return String(value);
  }
}

/** Number of decimals in a number's shortest decimal representation. */
export function decimalsOf(value) {
  if (!Number.isFinite(value)) return 0;
  const text = String(value);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Number(exp[1]) + ((text.split("e")[0].split(".")[1] || "").length);
  return (text.split(".")[1] || "").length;
}

/** Rounds away binary noise from stepping (0.1 + 0.2 -> 0.3). */
export function roundTo(value, decimals) {
  if (!Number.isFinite(value)) return value;
  const d = Math.min(15, Math.max(0, decimals));
  return Number(value.toFixed(d));
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Formats epoch microseconds (UTC wall time) with a moment.js-style pattern. */
export function formatMoment(micros, pattern) {
  const d = new Date(Math.round(Number(micros) / 1000));
  const two = (n) => String(n).padStart(2, "0");
  const tokens = {
    YYYY: () => String(d.getUTCFullYear()),
    YY: () => String(d.getUTCFullYear()).slice(-2),
    MMMM: () => MONTHS[d.getUTCMonth()],
    MMM: () => MONTHS[d.getUTCMonth()].slice(0, 3),
    MM: () => two(d.getUTCMonth() + 1),
    M: () => String(d.getUTCMonth() + 1),
    DD: () => two(d.getUTCDate()),
    D: () => String(d.getUTCDate()),
    HH: () => two(d.getUTCHours()),
    H: () => String(d.getUTCHours()),
    hh: () => two(d.getUTCHours() % 12 || 12),
    h: () => String(d.getUTCHours() % 12 || 12),
    mm: () => two(d.getUTCMinutes()),
    m: () => String(d.getUTCMinutes()),
    ss: () => two(d.getUTCSeconds()),
    s: () => String(d.getUTCSeconds()),
    A: () => (d.getUTCHours() < 12 ? "AM" : "PM"),
    a: () => (d.getUTCHours() < 12 ? "am" : "pm"),
  };
  return String(pattern).replace(/\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|DD|D|HH|H|hh|h|mm|m|ss|s|A|a/g, (match, literal) =>
    literal !== undefined ? literal : tokens[match](),
  );
}

const DEFAULT_DATE_FORMATS = { date: "YYYY-MM-DD", datetime: "YYYY-MM-DD HH:mm", time: "HH:mm" };

/** A slider value as text: option label, date/time, or a number in its format (throws for a bad printf format, as Streamlit). */
export function formatSliderValue(value, props) {
  if (Array.isArray(props.options) && props.options.length) return String(props.options[value] ?? "");
  if (DEFAULT_DATE_FORMATS[props.dataType]) return formatMoment(value, props.format || DEFAULT_DATE_FORMATS[props.dataType]);
  return formatNumber(value, props.format);
}

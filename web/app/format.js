// printf-style number formatting (the subset Streamlit's number_input and
// slider accept: %d %i %u %f %F %e %E %g %G %x %X %o %s %%, with flags
// "-+0 #,", width and precision), plus helpers for number parsing.

const SPEC = /%([-+0 #,']*)(\d+)?(?:\.(\d*))?([diufFeEgGxXos%])/g;

function groupThousands(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatOne(value, flags, width, precision, conv) {
  if (conv === "%") return "%";
  const num = Number(value);
  let body;
  let negative = false;
  switch (conv) {
    case "d":
    case "i":
    case "u": {
      const n = Math.trunc(num);
      negative = n < 0;
      body = String(Math.abs(n));
      if (flags.includes(",") || flags.includes("'")) body = groupThousands(body);
      break;
    }
    case "f":
    case "F": {
      negative = num < 0 || Object.is(num, -0);
      body = Math.abs(num).toFixed(precision === undefined ? 6 : precision);
      if (flags.includes(",") || flags.includes("'")) {
        const [int, frac] = body.split(".");
        body = groupThousands(int) + (frac !== undefined ? `.${frac}` : "");
      }
      if (negative && Number(body) === 0) negative = false;
      break;
    }
    case "e":
    case "E": {
      negative = num < 0;
      body = Math.abs(num).toExponential(precision === undefined ? 6 : precision);
      body = body.replace(/e([+-])(\d)$/, "e$10$2");
      if (conv === "E") body = body.toUpperCase();
      break;
    }
    case "g":
    case "G": {
      negative = num < 0;
      const p = precision === undefined ? 6 : Math.max(1, precision);
      body = String(Number(Math.abs(num).toPrecision(p)));
      if (conv === "G") body = body.toUpperCase();
      break;
    }
    case "x":
    case "X":
    case "o": {
      const n = Math.trunc(num);
      negative = n < 0;
      body = Math.abs(n).toString(conv === "o" ? 8 : 16);
      if (flags.includes("#")) body = (conv === "o" ? "0" : "0x") + body;
      if (conv === "X") body = body.toUpperCase();
      break;
    }
    case "s":
    default:
      body = String(value);
      if (precision !== undefined) body = body.slice(0, precision);
      return pad(body, width, flags.includes("-"));
  }
  const sign = negative ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
  if (width && flags.includes("0") && !flags.includes("-")) {
    while (sign.length + body.length < width) body = `0${body}`;
  }
  return pad(sign + body, width, flags.includes("-"));
}

function pad(text, width, left) {
  if (!width || text.length >= width) return text;
  const fill = " ".repeat(width - text.length);
  return left ? text + fill : fill + text;
}

/** sprintf(format, value) for a single value (every conversion uses `value`). */
export function sprintf(format, value) {
  return String(format).replace(SPEC, (_match, flags, width, precision, conv) =>
    formatOne(value, flags, width ? Number(width) : 0, precision === undefined ? undefined : Number(precision || 0), conv),
  );
}

/** The default number_input / slider format for a data type. */
export function defaultNumberFormat(dataType) {
  return dataType === "int" ? "%d" : "%0.2f";
}

/** Formats a number with `format` (printf) or the default for `dataType`; null -> "". */
export function formatNumber(value, format, dataType) {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  return sprintf(format || defaultNumberFormat(dataType), value);
}

/** Number of decimals a printf format shows (%0.2f -> 2), or null when it does not say. */
export function formatPrecision(format) {
  if (!format) return null;
  SPEC.lastIndex = 0;
  const match = SPEC.exec(format);
  SPEC.lastIndex = 0;
  if (!match) return null;
  if ("diuxXo".includes(match[4])) return 0;
  if (match[3] !== undefined && "fFeE".includes(match[4])) return Number(match[3] || 0);
  return null;
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

/** A slider value as text: option label, date/time, or printf number. */
export function formatSliderValue(value, props) {
  if (Array.isArray(props.options) && props.options.length) return String(props.options[value] ?? "");
  if (DEFAULT_DATE_FORMATS[props.dataType]) return formatMoment(value, props.format || DEFAULT_DATE_FORMATS[props.dataType]);
  return formatNumber(value, props.format, props.dataType === "int" ? "int" : "float");
}

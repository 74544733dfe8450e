// Streamlit's number formats (column_config.NumberColumn(format=…), st.metric(format=…)):
// the named presets and printf-style strings.

const PRESETS = {
  bytes: (v) => bytesText(v),
  plain: (v) => String(v),
  localized: (v) => v.toLocaleString(),
  percent: (v) => `${(v * 100).toFixed(2)}%`,
  dollar: (v) => v.toLocaleString("en-US", { style: "currency", currency: "USD" }),
  euro: (v) => v.toLocaleString("en-US", { style: "currency", currency: "EUR" }),
  yen: (v) => v.toLocaleString("en-US", { style: "currency", currency: "JPY" }),
  accounting: (v) => (v < 0 ? `(${Math.abs(v).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })})`
    : v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })),
  compact: (v) => v.toLocaleString("en-US", { notation: "compact", maximumFractionDigits: 1 }),
  scientific: (v) => v.toExponential(3).replace("e+", "E").replace("e-", "E-"),
  engineering: (v) => v.toLocaleString("en-US", { notation: "engineering", maximumFractionDigits: 3 }),
};

export function withCommas(text) {
  const [int, frac] = text.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** printf-style number formats ("%d", "%.2f", "%,.1f", "%e", "%.1f%%", "$%d"). */
function printfNumber(value, format) {
  return format.replace(/%([,+ 0]*)(\d*)(?:\.(\d+))?([dfieEsu%])/g, (_, flags, width, precision, kind) => {
    if (kind === "%") return "%";
    let text;
    if (kind === "d" || kind === "i" || kind === "u") text = String(Math.round(value));
    else if (kind === "f") text = value.toFixed(precision === undefined ? 6 : Number(precision));
    else if (kind === "e" || kind === "E") {
      text = value.toExponential(precision === undefined ? 6 : Number(precision));
      if (kind === "E") text = text.toUpperCase();
    } else text = String(value);
    if (flags.includes(",")) text = withCommas(text);
    if (flags.includes("+") && value >= 0) text = `+${text}`;
    if (width) text = text.padStart(Number(width), flags.includes("0") ? "0" : " ");
    return text;
  });
}

function bytesText(value) {
  const units = ["B", "KB", "MB", "GB", "TB", "PB"];
  let v = Math.abs(value);
  let unit = 0;
  while (v >= 1000 && unit < units.length - 1) {
    v /= 1000;
    unit += 1;
  }
  const text = unit === 0 ? String(Math.round(v)) : v.toFixed(1).replace(/\.0$/, "");
  return `${value < 0 ? "-" : ""}${text}${units[unit]}`;
}

/** `value` shown with a preset name ("compact", "dollar", …) or a printf format ("%.2f"). */
export function formatNumberAs(value, format) {
  return PRESETS[format] ? PRESETS[format](value) : printfNumber(value, format);
}

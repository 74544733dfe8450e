// How st.column_config's typed columns draw a cell in the dataframe grid
// (ColumnSettings.typeConfig, protocol/messages.js): links, checkboxes, progress
// bars, images, lists, dates, sparklines, JSON. Per-column work (regexes, date
// patterns) happens once in columnTypeOf; cellContent stays cheap per cell.
import { h } from "preact";
import { formatMoment, formatNumber } from "../format.js";
import { columnPrecision } from "./frame.js";
import { safeHref, safeSrc } from "../safe-url.js";

const DATE_DEFAULTS = { datetime: "YYYY-MM-DD HH:mm:ss", date: "YYYY-MM-DD", time: "HH:mm:ss" };
const SPARK_W = 100;
const SPARK_H = 22;
const CHART_COLORS = {
  red: "#ff4b4b", blue: "#1c83e1", green: "#21c354", yellow: "#faca2b", orange: "#ff8700",
  violet: "#803df5", gray: "#a3a8b8", grey: "#a3a8b8", primary: "#ff4b4b",
};
const LIST_TYPES = new Set(["list", "multiselect", "line_chart", "bar_chart", "area_chart"]);

/** The per-column view of a typed column, or null for plain columns. */
export function columnTypeOf(settings) {
  const config = settings?.typeConfig;
  if (!config || typeof config.type !== "string") return null;
  const view = { ...config };
  if (config.type === "link" && config.display_text) {
    try {
      view.linkPattern = new RegExp(config.display_text);
    } catch {
      view.linkPattern = null;
    }
  }
  if (config.type === "selectbox" || config.type === "multiselect") {
    view.labels = new Map((config.options ?? []).map((o) => (o && typeof o === "object" ? [o.value, o.label ?? String(o.value)] : [o, String(o)])));
  }
  return view;
}

/** Items of a list cell (JSON list, JSON text, or comma-separated text). */
export function listItems(value) {
  if (Array.isArray(value)) return value;
  if (typeof value === "string") {
    const text = value.trim();
    if (text.startsWith("[")) {
      try {
        const parsed = JSON.parse(text);
        if (Array.isArray(parsed)) return parsed;
      } catch { /* not JSON: fall through */ }
    }
    return text ? text.split(",").map((s) => s.trim()) : [];
  }
  return [value];
}

function linkText(url, type) {
  if (!type.display_text) return url;
  const match = type.linkPattern ? url.match(type.linkPattern) : null;
  return match && match.length > 1 && match[1] !== undefined ? match[1] : type.display_text;
}

/** Epoch microseconds of an ISO date/datetime/time text, read as wall time. */
function wallMicros(value, kind) {
  const text = String(value);
  let iso;
  if (kind === "time" || /^\d{1,2}:\d{2}/.test(text)) iso = `1970-01-01T${text.slice(0, 12)}`;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) iso = `${text}T00:00:00`;
  else iso = text.replace(" ", "T").replace(/(Z|[+-]\d{2}:?\d{2})$/, "");
  const ms = Date.parse(`${iso.slice(0, 23)}Z`);
  return Number.isNaN(ms) ? null : ms * 1000;
}

function dateText(value, type) {
  const format = type.format;
  if (format === "iso8601") return String(value);
  const micros = wallMicros(value, type.type);
  if (micros === null) return String(value);
  if (format === "localized") {
    const d = new Date(micros / 1000);
    const options = { timeZone: "UTC" };
    if (type.type === "date") return d.toLocaleDateString(undefined, options);
    if (type.type === "time") return d.toLocaleTimeString(undefined, options);
    return d.toLocaleString(undefined, options);
  }
  if (format === "distance" || format === "calendar") return formatMoment(micros, DATE_DEFAULTS[type.type]);
  return formatMoment(micros, format || DATE_DEFAULTS[type.type]);
}

function chartColor(color, rising) {
  if (!color || color === "auto") return rising ? "#21c354" : "#ff4b4b";
  if (color === "auto-inverse") return rising ? "#ff4b4b" : "#21c354";
  return CHART_COLORS[color] ?? color;
}

function sparkline(values, type) {
  const numbers = values.map((v) => (typeof v === "number" && Number.isFinite(v) ? v : null));
  const present = numbers.filter((v) => v !== null);
  if (!present.length) return null;
  const lo = type.y_min ?? Math.min(...present, type.type === "bar_chart" ? 0 : Infinity);
  const hi = type.y_max ?? Math.max(...present);
  const span = hi - lo || 1;
  const y = (v) => SPARK_H - 1 - ((Math.min(Math.max(v, lo), hi) - lo) / span) * (SPARK_H - 2);
  const n = numbers.length;
  const color = chartColor(type.color, present[present.length - 1] >= present[0]);
  let shapes;
  if (type.type === "bar_chart") {
    const w = SPARK_W / n;
    shapes = numbers.map((v, i) => (v === null ? null : h("rect", {
      x: i * w + w * 0.1, width: w * 0.8, y: y(v), height: Math.max(1, SPARK_H - 1 - y(v)), fill: color,
    })));
  } else {
    const step = n > 1 ? SPARK_W / (n - 1) : 0;
    const points = numbers.map((v, i) => (v === null ? null : `${(i * step).toFixed(1)},${y(v).toFixed(1)}`)).filter(Boolean);
    shapes = [h("polyline", { points: points.join(" "), fill: "none", stroke: color, "stroke-width": 1.5 })];
    if (type.type === "area_chart" && points.length > 1) {
      const first = points[0].split(",")[0];
      const last = points[points.length - 1].split(",")[0];
      shapes.unshift(h("polygon", { points: `${first},${SPARK_H} ${points.join(" ")} ${last},${SPARK_H}`, fill: color, "fill-opacity": 0.25 }));
    }
  }
  return h("svg", {
    class: "wl-gdg-spark", "data-testid": "stDataFrameSparkline", viewBox: `0 0 ${SPARK_W} ${SPARK_H}`,
    preserveAspectRatio: "none", width: "100%", height: SPARK_H, role: "img", "aria-label": present.join(", "),
  }, shapes);
}

/**
 * A progress cell's label (Streamlit's defaults: "%3d%%" for integer columns,
 * "percent" otherwise), with the step's decimals (integer columns step by 1).
 */
function progressText(number, format, precision) {
  try {
    return formatNumber(number, format, precision);
  } catch {
    return String(number); // Streamlit shows the raw value in an error cell
  }
}

function progressBar(value, type, column) {
  const number = Number(value);
  if (!Number.isFinite(number)) return String(value);
  const integers = column?.type === "integer";
  const lo = type.min_value ?? 0;
  const hi = type.max_value ?? (integers ? 100 : 1);
  const fraction = hi > lo ? Math.min(1, Math.max(0, (number - lo) / (hi - lo))) : 0;
  const text = progressText(number, type.format ?? (integers ? "%3d%%" : "percent"), columnPrecision(column, type.step));
  const color = type.color && type.color !== "auto" && type.color !== "auto-inverse" ? CHART_COLORS[type.color] ?? type.color : undefined;
  return h("div", {
    class: "wl-gdg-progress", role: "progressbar", "data-testid": "stDataFrameProgress",
    "aria-valuemin": lo, "aria-valuemax": hi, "aria-valuenow": number,
  },
  h("div", { class: "wl-gdg-progress-track" },
    h("div", { class: "wl-gdg-progress-fill", style: { width: `${(fraction * 100).toFixed(1)}%`, background: color } })),
  h("span", { class: "wl-gdg-progress-text" }, text));
}

function jsonText(value) {
  if (typeof value !== "string") return JSON.stringify(value);
  try {
    return JSON.stringify(JSON.parse(value));
  } catch {
    return value;
  }
}

/** The cell's content (text or vnode) for a typed column; undefined = draw it as plain text. */
export function cellContent(value, type, column) {
  if (!type || value === null || value === undefined) return undefined;
  switch (type.type) {
    case "link": {
      const url = String(value);
      return h("a", { class: "wl-gdg-link", href: safeHref(url), target: "_blank", rel: "noreferrer", onClick: (e) => e.stopPropagation() }, linkText(url, type));
    }
    case "checkbox":
      return h("input", { type: "checkbox", class: "wl-gdg-check", tabindex: -1, checked: Boolean(value), "aria-readonly": "true", onClick: (e) => e.preventDefault() });
    case "progress":
      return progressBar(value, type, column);
    case "image":
      return h("img", { class: "wl-gdg-image", src: safeSrc(String(value)), alt: "", loading: "lazy" });
    case "selectbox":
      return type.labels.get(value) ?? String(value);
    case "list":
    case "multiselect": {
      const items = listItems(value);
      return items.map((item) => type.labels?.get(item) ?? String(item)).join(", ");
    }
    case "line_chart":
    case "bar_chart":
    case "area_chart":
      return sparkline(listItems(value), type) ?? undefined;
    case "datetime":
    case "date":
    case "time":
      return dateText(value, type);
    case "json":
      return jsonText(value);
    default:
      return undefined;
  }
}

/** Text for sizing a typed column's cells (cheap; undefined = the plain text). */
export function sizingText(value, type) {
  if (!type || value === null || value === undefined) return undefined;
  if (type.type === "link") return linkText(String(value), type);
  if (type.type === "checkbox") return "";
  if (type.type === "progress" || type.type === "image" || type.type.endsWith("_chart")) return "x".repeat(12);
  if (LIST_TYPES.has(type.type)) return listItems(value).join(", ");
  if (type.type === "datetime" || type.type === "date" || type.type === "time") return dateText(value, type);
  return undefined;
}

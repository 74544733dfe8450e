// The app's theme as custom components receive it, in Streamlit 1.67's forms:
//   renderTheme(element)   -> the `theme` of a v1 component's "streamlit:render"
//                             message: { primaryColor, backgroundColor,
//                             secondaryBackgroundColor, textColor, bodyFont, base,
//                             fadedText05..70, bgMix, darkenedBgMix100/40/25/15,
//                             lightenedBg05, font } (colours as Streamlit sends them:
//                             "#RRGGBB", rgba() and hsla() texts)
//   themeProperties(element) -> the `--st-*` CSS custom properties Streamlit sets
//                             around a v2 component (lists joined by ",")
// Both read the theme where `element` is (web/app/theme.js), so a custom
// [theme], the dark palette and the sidebar's own theme are followed.
import { themeColors } from "../theme.js";

/** "rgb(a)(...)" / "#rgb[a]" -> [r, g, b, a] (0-255, alpha 0-1), or null. */
export function parseColor(text) {
  const value = String(text ?? "").trim();
  let match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(value);
  if (match) {
    const alpha = match[4] === undefined ? 1 : match[4].endsWith("%") ? Number.parseFloat(match[4]) / 100 : Number(match[4]);
    return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
  }
  match = /^#([0-9a-f]{3,8})$/i.exec(value);
  if (match) {
    let hex = match[1];
    if (hex.length <= 4) hex = [...hex].map((c) => c + c).join("");
    const n = (i) => Number.parseInt(hex.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), hex.length === 8 ? n(6) / 255 : 1];
  }
  return null;
}

const hex2 = (n) => Math.round(n).toString(16).padStart(2, "0").toUpperCase();

/** An opaque colour as "#RRGGBB", a translucent one as "rgba(r, g, b, a)"; other text unchanged. */
export function streamlitColor(text) {
  const rgba = parseColor(text);
  if (!rgba) return String(text ?? "");
  const [r, g, b, a] = rgba;
  if (a >= 1) return `#${hex2(r)}${hex2(g)}${hex2(b)}`;
  return `rgba(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)}, ${Number(a.toFixed(3))})`;
}

/**
 * @param {number[]} rgb  [r, g, b] (an alpha after them is ignored)
 * @param {number} alpha
 */
function rgbaText([r, g, b], alpha) {
  return `rgba(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)}, ${alpha})`;
}

/** @param {number[]} rgb  [r, g, b] (an alpha after them is ignored) */
function toHsl([r, g, b]) {
  const [rr, gg, bb] = [r / 255, g / 255, b / 255];
  const max = Math.max(rr, gg, bb);
  const min = Math.min(rr, gg, bb);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h;
  if (max === rr) h = (gg - bb) / d + (gg < bb ? 6 : 0);
  else if (max === gg) h = (bb - rr) / d + 2;
  else h = (rr - gg) / d + 4;
  return [h * 60, s, l];
}

function fromHsl(h, s, l) {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return [(r + m) * 255, (g + m) * 255, (b + m) * 255];
}

/** The colour with its lightness moved by `amount` (-1..1), as Streamlit's hsla() text and as rgb. */
/**
 * @param {number[]} rgb  [r, g, b] (an alpha after them is ignored)
 * @param {number} amount
 */
function shiftLightness(rgb, amount) {
  const [h, s, l] = toHsl(rgb);
  const hue = Math.round(h);
  const sat = Math.round(s * 100);
  const light = Math.round(Math.min(1, Math.max(0, l + amount)) * 100);
  return { text: `hsla(${hue}, ${sat}%, ${light}%, 1)`, rgb: fromHsl(hue, sat / 100, light / 100) };
}

/** @type {Array<[string, number]>} */
const FADES = [["fadedText05", 0.1], ["fadedText10", 0.2], ["fadedText20", 0.3], ["fadedText40", 0.4], ["fadedText60", 0.6], ["fadedText70", 0.7]];

/** The `theme` of a v1 component's render message. */
export function renderTheme(element) {
  const theme = themeColors(element);
  const text = parseColor(theme.textColor) ?? [0, 0, 0, 1];
  const bg = parseColor(theme.backgroundColor) ?? [255, 255, 255, 1];
  const bg2 = parseColor(theme.secondaryBackgroundColor) ?? bg;
  const mix = bg.slice(0, 3).map((v, i) => Math.round((v + bg2[i]) / 2));
  const darkened = shiftLightness(mix, -0.3);
  const out = {
    primaryColor: streamlitColor(theme.primaryColor),
    backgroundColor: streamlitColor(theme.backgroundColor),
    secondaryBackgroundColor: streamlitColor(theme.secondaryBackgroundColor),
    textColor: streamlitColor(theme.textColor),
    bodyFont: theme.font,
    base: theme.type === "dark" ? "dark" : "light",
  };
  for (const [name, alpha] of FADES) out[name] = rgbaText(text, alpha);
  out.bgMix = rgbaText(mix, 1);
  out.darkenedBgMix100 = darkened.text;
  out.darkenedBgMix40 = rgbaText(darkened.rgb, 0.4);
  out.darkenedBgMix25 = rgbaText(darkened.rgb, 0.25);
  out.darkenedBgMix15 = rgbaText(darkened.rgb, 0.15);
  out.lightenedBg05 = shiftLightness(bg, 0.05).text;
  out.font = theme.font;
  return out;
}

// Streamlit 1.67's sizes and weights, which wasmlit's theme does not vary.
const HEADING_SIZES = ["2.75rem", "2.25rem", "1.75rem", "1.5rem", "1.25rem", "1rem"];
const HEADING_WEIGHTS = [700, 600, 600, 600, 600, 600];
const STATUS_COLORS = ["red", "orange", "yellow", "blue", "green", "violet", "gray"];
// Streamlit's chart colours, when the [theme] sets none.
const CHART_COLORS = {
  chartCategoricalColors: ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"],
  chartSequentialColors: ["#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff", "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280"],
  chartDivergingColors: ["#7d353b", "#bd4043", "#ff4b4b", "#ff8c8c", "#ffc7c7", "#a6dcff", "#60b4ff", "#1c83e1", "#0054a3", "#004280"],
};

/** The resolved colour of CSS variables where `element` is (color-mix() and var() included). */
function resolvedColors(element, variables) {
  const host = element ?? document.body;
  const probe = host.ownerDocument.createElement("span");
  probe.style.cssText = "position:absolute;visibility:hidden;pointer-events:none";
  host.appendChild(probe);
  try {
    return variables.map((name) => {
      probe.style.color = "";
      probe.style.color = `var(${name})`;
      return getComputedStyle(probe).color;
    });
  } finally {
    probe.remove();
  }
}

function kebab(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/([a-zA-Z])([0-9])/g, "$1-$2").toLowerCase();
}

function cssValue(value) {
  if (typeof value === "boolean") return value ? "1" : "0";
  if (value === null || value === undefined || value === "") return "unset";
  if (Array.isArray(value)) return value.join(",");
  return String(value);
}

/** The `--st-*` properties of a v2 component's wrapper, in Streamlit's order. */
export function themeProperties(element) {
  const theme = themeColors(element);
  const style = getComputedStyle(element ?? document.body);
  const variable = (name) => style.getPropertyValue(name).trim();
  const color = (value) => streamlitColor(value);
  const list = (name) => {
    const text = theme[name];
    const given = text ? text.split(",").map((c) => c.trim()).filter(Boolean) : [];
    return given.length ? given : CHART_COLORS[name];
  };
  const statusVariables = STATUS_COLORS.flatMap((name) => [`--st-${name}-background-color`, `--st-${name}-text-color`]);
  const statusValues = resolvedColors(element, statusVariables);
  const status = Object.fromEntries(statusVariables.map((name, i) => [name, statusValues[i]]));
  const values = {
    primaryColor: color(theme.primaryColor),
    backgroundColor: color(theme.backgroundColor),
    secondaryBackgroundColor: color(theme.secondaryBackgroundColor),
    textColor: color(theme.textColor),
    linkColor: color(theme.linkColor),
    linkUnderline: true,
    headingFont: theme.headingFont || theme.font,
    codeFont: theme.codeFont,
    baseRadius: theme.baseRadius,
    buttonRadius: variable("--st-button-radius") || theme.baseRadius,
    baseFontSize: "16px",
    baseFontWeight: 400,
    codeFontWeight: 400,
    codeFontSize: "0.875rem",
    headingFontSizes: HEADING_SIZES,
  };
  HEADING_SIZES.forEach((size, i) => { values[`headingFontSize${i + 1}`] = size; });
  values.headingFontWeights = HEADING_WEIGHTS;
  HEADING_WEIGHTS.forEach((weight, i) => { values[`headingFontWeight${i + 1}`] = weight; });
  Object.assign(values, {
    borderColor: color(theme.borderColor),
    dataframeBorderColor: color(theme.dataframeBorderColor),
    dataframeHeaderBackgroundColor: color(theme.dataframeHeaderBackgroundColor),
    dataframeHeaderTextColor: color(theme.dataframeHeaderTextColor),
    codeBackgroundColor: color(theme.codeBackgroundColor),
    font: theme.font,
    chartCategoricalColors: list("chartCategoricalColors"),
    chartSequentialColors: list("chartSequentialColors"),
    chartDivergingColors: list("chartDivergingColors"),
    headingColor: color(theme.textColor),
    borderColorLight: color(theme.borderColorLight),
    codeTextColor: color(theme.codeTextColor),
    widgetBorderColor: color(theme.widgetBorderColor) || "transparent",
  });
  for (const name of STATUS_COLORS) values[`${name}Color`] = color(theme[`${name}Color`]);
  for (const name of STATUS_COLORS) values[`${name}BackgroundColor`] = color(status[`--st-${name}-background-color`]);
  for (const name of STATUS_COLORS) values[`${name}TextColor`] = color(status[`--st-${name}-text-color`]);
  values.metricValueFontSize = "2.25rem";
  values.metricValueFontWeight = 400;
  const properties = {};
  for (const [name, value] of Object.entries(values)) properties[`--st-${kebab(name)}`] = cssValue(value);
  return properties;
}

// Streamlit 1.67's chart colours (Plotly's "streamlit" theme, maps, Mermaid)
// for the theme an element is shown in: theme.js reads the active theme's
// values (light/dark, primary, text, background, font, and a custom theme's
// chart colour lists) where the element is; Streamlit's default chart lists
// fill in what a theme does not set.
import { useEffect, useState } from "preact/hooks";
import { subscribe, themeColors } from "../theme.js";

const BLUE = ["#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff", "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280"];
const RED = { 30: "#ffc7c7", 40: "#ffabab", 50: "#ff8c8c", 70: "#ff4b4b", 80: "#ff2b2b", 90: "#bd4043", 100: "#7d353b" };

const LIGHT = {
  categorical: ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"],
  sequential: BLUE,
  gray30: "#e6eaf1",
  gray70: "#808495",
  gray90: "#262730",
  increasing: "#29b09d",
  decreasing: RED[80],
  total: "#0068c9",
};
const DARK = {
  categorical: ["#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"],
  sequential: [...BLUE].reverse(),
  gray30: "#31333F",
  gray70: "#e6eaf1",
  gray90: "#fafafa",
  increasing: "#7defa1",
  decreasing: RED[40],
  total: "#83c9ff",
};
const DIVERGING = [RED[100], RED[90], RED[70], RED[50], RED[30], BLUE[2], BLUE[4], BLUE[6], BLUE[8], BLUE[9]];

/** [r, g, b, a] (0-255, alpha 0-1) of a CSS colour, or null. */
export function parseColor(text) {
  const value = String(text ?? "").trim();
  let match = /^#([0-9a-f]{3,8})$/i.exec(value);
  if (match) {
    let hex = match[1];
    if (hex.length <= 4) hex = [...hex].map((c) => c + c).join("");
    const n = (i) => parseInt(hex.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), hex.length === 8 ? n(6) / 255 : 1];
  }
  match = /^rgba?\(([^)]+)\)$/i.exec(value);
  if (match) {
    const parts = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
  }
  return null;
}

function isLight(color) {
  const rgb = parseColor(color);
  if (!rgb) return true;
  const [r, g, b] = rgb.map((c) => c / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5;
}

/** A theme's "a, b, c" colour list, or `fallback` when it sets none. */
function colorList(text, fallback) {
  const list = String(text ?? "").split(",").map((c) => c.trim()).filter(Boolean);
  return list.length ? list : fallback;
}

/** The active theme's values where `element` is ({} when it cannot be read). */
function readTheme(element) {
  try {
    return element?.isConnected ? themeColors(element) : {};
  } catch {
    return {};
  }
}

/**
 * The chart colours for `element` (any node in the app's DOM).
 * @returns {{light: boolean, primary: string, text: string, background: string, secondaryBackground: string,
 *   border: string, font: string, categorical: string[], sequential: string[], diverging: string[],
 *   gray30: string, gray70: string, gray90: string, increasing: string, decreasing: string, total: string}}
 */
export function chartPalette(element) {
  const theme = readTheme(element);
  const background = theme.backgroundColor || "#ffffff";
  const light = theme.type ? theme.type !== "dark" : isLight(background);
  const base = light ? LIGHT : DARK;
  return {
    ...base,
    light,
    categorical: colorList(theme.chartCategoricalColors, base.categorical),
    sequential: colorList(theme.chartSequentialColors, base.sequential),
    diverging: colorList(theme.chartDivergingColors, DIVERGING),
    primary: theme.primaryColor || "#ff4b4b",
    text: theme.textColor || (light ? "#31333F" : "#fafafa"),
    background,
    secondaryBackground: theme.secondaryBackgroundColor || (light ? "#f0f2f6" : "#262730"),
    border: theme.borderColor || (light ? "rgba(49, 51, 63, 0.2)" : "rgba(250, 250, 250, 0.2)"),
    font: theme.font || '"Source Sans", sans-serif',
  };
}

/** A number that changes whenever an app on the page changes theme (redraw then). */
export function useThemeVersion() {
  const [version, setVersion] = useState(0);
  useEffect(() => subscribe(() => setVersion((v) => v + 1)), []);
  return version;
}

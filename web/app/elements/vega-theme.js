// Vega-Lite configs as Streamlit 1.67 draws charts: theme="streamlit" (its own
// chart theme) and theme=None (Vega's defaults, with the app's colours and font).
// Both depend on the active app theme: light or dark, background, text colour
// and font (chart-theme.js reads them from the page).

/** Streamlit's base palette (the colours its chart theme is made of). */
const PALETTE = {
  gray30: "#e6eaf1", gray40: "#d5dae5", gray70: "#808495", gray85: "#31333F",
  red30: "#ffc7c7", red40: "#ffabab", red50: "#ff8c8c", red70: "#ff4b4b", red80: "#ff2b2b", red90: "#bd4043", red100: "#7d353b",
  orange50: "#ffd16a", orange80: "#ff8700",
  green40: "#7defa1", blueGreen80: "#29b09d",
  blue10: "#e4f5ff", blue20: "#c7ebff", blue30: "#a6dcff", blue40: "#83c9ff", blue50: "#60b4ff",
  blue60: "#3d9df3", blue70: "#1c83e1", blue80: "#0068c9", blue90: "#0054a3", blue100: "#004280",
  purple80: "#6d3fc0",
};
const P = PALETTE;

/** Categorical colours: light themes start with dark blue, dark themes with light blue. */
export function categoricalColors(isLight) {
  return isLight
    ? [P.blue80, P.blue40, P.red80, P.red40, P.blueGreen80, P.green40, P.orange80, P.orange50, P.purple80, P.gray40]
    : [P.blue40, P.blue80, P.red40, P.red80, P.green40, P.blueGreen80, P.orange50, P.orange80, P.purple80, P.gray40];
}

function sequentialColors(isLight) {
  const ramp = [P.blue10, P.blue20, P.blue30, P.blue40, P.blue50, P.blue60, P.blue70, P.blue80, P.blue90, P.blue100];
  return isLight ? ramp : [...ramp].reverse();
}

const DIVERGING = [P.red100, P.red90, P.red70, P.red50, P.red30, P.blue30, P.blue50, P.blue70, P.blue90, P.blue100];

/** Axis and legend labels: a fixed grey, lighter on dark backgrounds. */
const labelColor = (isLight) => (isLight ? P.gray70 : P.gray30);
const gridColor = (isLight) => (isLight ? P.gray30 : P.gray85);

// Streamlit's sizes in px: font sizes twoSm 12, sm 14, md 16; spacing twoXS 4, sm 8, lg 16.
const DEFAULT_WIDTH = 400;
const DEFAULT_HEIGHT = 350;
const SANS = '"Source Sans", "Source Sans 3", sans-serif';

/**
 * The config for theme="streamlit".
 * @param {{type?: string, backgroundColor?: string, textColor?: string, font?: string}} theme
 */
export function streamlitChartConfig(theme = {}) {
  const isLight = theme.type !== "dark";
  const font = theme.font || SANS;
  const labels = labelColor(isLight);
  const grid = gridColor(isLight);
  const colors = categoricalColors(isLight);
  const sequential = sequentialColors(isLight);
  return {
    font,
    background: theme.backgroundColor || (isLight ? "#ffffff" : "#171614"),
    fieldTitle: "verbal",
    autosize: { type: "fit", contains: "padding" },
    title: {
      align: "left", anchor: "start", color: theme.textColor || (isLight ? "#2f2d2b" : "#edebe8"),
      titleFontStyle: "normal", fontWeight: 600, fontSize: 16, orient: "top", offset: 26,
    },
    header: {
      titleFontWeight: 400, titleFontSize: 16, titleColor: labels, titleFontStyle: "normal",
      labelFontSize: 12, labelFontWeight: 400, labelColor: labels, labelFontStyle: "normal",
    },
    axis: {
      labelFontSize: 12, labelFontWeight: 400, labelColor: labels, labelFontStyle: "normal",
      titleFontWeight: 400, titleFontSize: 14, titleColor: labels, titleFontStyle: "normal",
      ticks: false, gridColor: grid, domain: false, domainWidth: 1, domainColor: grid,
      labelFlush: true, labelFlushOffset: 1, labelBound: false, labelLimit: 100,
      titlePadding: 16, labelPadding: 16, labelSeparation: 4, labelOverlap: true,
    },
    legend: {
      labelFontSize: 14, labelFontWeight: 400, labelColor: labels,
      titleFontSize: 14, titleFontWeight: 400, titleFontStyle: "normal", titleColor: labels,
      titlePadding: 8, labelPadding: 16, columnPadding: 8, rowPadding: 4, padding: 8, symbolStrokeWidth: 4,
    },
    range: { category: colors, diverging: DIVERGING, ramp: sequential, heatmap: sequential },
    view: { columns: 1, strokeWidth: 0, stroke: "transparent", continuousHeight: DEFAULT_HEIGHT, continuousWidth: DEFAULT_WIDTH },
    concat: { columns: 1 },
    facet: { columns: 1 },
    mark: { tooltip: { content: "encoding" }, color: colors[0] },
    bar: { binSpacing: 4, discreteBandSize: { band: 0.85 } },
    axisDiscrete: { grid: false },
    axisXPoint: { grid: false },
    axisTemporal: { grid: false },
    axisXBand: { grid: false },
  };
}

/** The config for theme=None: Vega's own look, in the app's colours and font. */
export function plainChartConfig(theme = {}) {
  const isLight = theme.type !== "dark";
  const text = theme.textColor || (isLight ? "#2f2d2b" : "#edebe8");
  const fonts = { labelFont: theme.font || SANS, titleFont: theme.font || SANS, labelFontSize: 12, titleFontSize: 12 };
  return {
    background: theme.backgroundColor || (isLight ? "#ffffff" : "#171614"),
    axis: { labelColor: text, titleColor: text, gridColor: gridColor(isLight), ...fonts },
    legend: { labelColor: text, titleColor: text, ...fonts },
    title: { color: text, subtitleColor: text, ...fonts },
    header: { labelColor: text, titleColor: text, ...fonts },
    view: { stroke: gridColor(isLight), continuousHeight: DEFAULT_HEIGHT, continuousWidth: DEFAULT_WIDTH },
    mark: { tooltip: true },
  };
}

/** The config vega-embed gets for a chart's `theme` prop ("streamlit" or null). */
export function chartConfig(chartTheme, appTheme) {
  return chartTheme === "streamlit" ? streamlitChartConfig(appTheme) : plainChartConfig(appTheme);
}

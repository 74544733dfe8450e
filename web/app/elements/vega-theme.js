// A Vega-Lite config close to Streamlit's light chart theme (theme="streamlit").
const TEXT = "#31333F";
const GRID = "#e6eaf1";
const FONT = '"Source Sans Pro", sans-serif';
const CATEGORY = ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"];

export const STREAMLIT_VEGA_CONFIG = {
  font: FONT,
  background: "transparent",
  view: { continuousWidth: 400, continuousHeight: 350, stroke: null },
  padding: { top: 8, bottom: 8, left: 8, right: 8 },
  title: { color: TEXT, font: FONT, fontSize: 16, fontWeight: 600, anchor: "start", offset: 8 },
  axis: {
    labelColor: TEXT, labelFont: FONT, labelFontSize: 12, titleColor: TEXT, titleFont: FONT,
    titleFontSize: 12, titleFontWeight: 400, gridColor: GRID, domain: false, tickColor: GRID,
    labelPadding: 8, titlePadding: 16,
  },
  axisBand: { grid: false },
  legend: { labelColor: TEXT, labelFont: FONT, labelFontSize: 12, titleColor: TEXT, titleFont: FONT, titleFontSize: 12, titleFontWeight: 400 },
  range: { category: CATEGORY },
  line: { strokeWidth: 2 },
  bar: { binSpacing: 4 },
  point: { filled: true },
  circle: { size: 80 },
  area: { opacity: 0.5 },
};

// Streamlit's Plotly theme in the page. Figures carry Streamlit's template
// (py/wasmlit/elements/plotly_theme.py) whose colours are placeholders
// (#000001 ...); they become the theme's chart colours (theme="streamlit") or
// Plotly's own (theme=None). With theme="streamlit" the template's layout also
// gets Streamlit's fonts, grid, legend and margins.

const PLOTLY_CATEGORY = ["#636efa", "#EF553B", "#00cc96", "#ab63fa", "#FFA15A", "#19d3f3", "#FF6692", "#B6E880", "#FF97FF", "#FECB52"];
const PLOTLY_SEQUENTIAL = ["#0d0887", "#46039f", "#7201a8", "#9c179e", "#bd3786", "#d8576b", "#ed7953", "#fb9f3a", "#fdca26", "#f0f921"];
const PLOTLY_DIVERGING = ["#8e0152", "#c51b7d", "#de77ae", "#f1b6da", "#fde0ef", "#f7f7f7", "#e6f5d0", "#b8e186", "#7fbc41", "#4d9221", "#276419"];

const placeholder = (n) => `#${String(n).padStart(6, "0")}`;

/** Placeholder -> colour, for one theme choice. */
export function placeholderColors(palette, streamlitTheme) {
  const colors = new Map();
  const put = (first, list) => {
    list.forEach((color, i) => {
      colors.set(placeholder(first + i), color);
    });
  };
  put(1, streamlitTheme ? palette.categorical : PLOTLY_CATEGORY);
  put(11, streamlitTheme ? palette.sequential : PLOTLY_SEQUENTIAL);
  put(21, streamlitTheme ? palette.diverging : PLOTLY_DIVERGING);
  colors.set(placeholder(32), palette.increasing);
  colors.set(placeholder(33), palette.decreasing);
  colors.set(placeholder(34), palette.total);
  colors.set(placeholder(35), palette.gray30);
  colors.set(placeholder(36), palette.gray70);
  colors.set(placeholder(37), palette.gray90);
  colors.set(placeholder(38), palette.background);
  colors.set(placeholder(39), palette.border);
  colors.set(placeholder(40), palette.secondaryBackground);
  return colors;
}

/** The figure's JSON with every placeholder colour replaced. */
export function replacePlaceholders(specText, palette, streamlitTheme) {
  const colors = placeholderColors(palette, streamlitTheme);
  return specText.replace(/"#0000[0-4][0-9]"/g, (quoted) => {
    const color = colors.get(quoted.slice(1, -1));
    return color ? JSON.stringify(color) : quoted;
  });
}

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Deep-merges `extra` into `target` (extra wins), in place. */
export function mergeInto(target, extra) {
  for (const [key, value] of Object.entries(extra)) {
    if (isObject(value) && isObject(target[key])) mergeInto(target[key], value);
    else target[key] = isObject(value) ? mergeInto({}, value) : value;
  }
  return target;
}

/** Streamlit's layout defaults for its Plotly theme. */
export function streamlitLayout(palette) {
  const { gray30, gray70, gray90, background, font, text } = palette;
  const axisTitle = { font: { color: gray70, size: 14 } };
  const ticks = { color: gray70, size: 12 };
  const ternaryAxis = { gridcolor: gray70, linecolor: gray70, tickfont: { family: font, size: 12 } };
  return {
    font: { color: gray70, family: font, size: 12 },
    title: { font: { family: font, size: 16, color: text }, pad: { l: 4 }, xanchor: "left", x: 0 },
    legend: {
      title: { font: { size: 12, color: gray70 }, side: "top" },
      valign: "top",
      bordercolor: "transparent",
      borderwidth: 0,
      font: { size: 12, color: gray90 },
    },
    paper_bgcolor: background,
    plot_bgcolor: background,
    yaxis: {
      ticklabelposition: "outside", zerolinecolor: gray30, title: { ...axisTitle, standoff: 24 }, tickcolor: gray30,
      tickfont: ticks, gridcolor: gray30, minor: { gridcolor: gray30 }, automargin: true,
    },
    xaxis: {
      zerolinecolor: gray30, gridcolor: gray30, showgrid: false, tickfont: ticks, tickcolor: gray30,
      title: { ...axisTitle, standoff: 20 }, minor: { gridcolor: gray30 }, zeroline: false, automargin: true,
      rangeselector: { bgcolor: background, bordercolor: gray30, borderwidth: 1, x: 0 },
    },
    margin: { pad: 8, r: 0, l: 0 },
    hoverlabel: { bgcolor: background, bordercolor: palette.border, font: { color: gray70, family: font, size: 12 } },
    coloraxis: {
      colorbar: {
        thickness: 16, xpad: 24, ticklabelposition: "outside", outlinecolor: "transparent", outlinewidth: 8,
        len: 0.75, y: 0.5745, title: axisTitle, tickfont: ticks,
      },
    },
    ternary: {
      gridcolor: gray70, bgcolor: background, color: gray70, title: { font: { family: font, size: 14 } },
      aaxis: ternaryAxis, baxis: ternaryAxis, caxis: ternaryAxis,
    },
  };
}

/**
 * The figure to draw: colours resolved; with theme="streamlit" the template's
 * layout themed and the title bold (as Streamlit shows it).
 * @param {string} specText Plotly's JSON of the figure
 */
export function themedFigure(specText, theme, palette) {
  const streamlitTheme = theme === "streamlit";
  const figure = specText ? JSON.parse(replacePlaceholders(specText, palette, streamlitTheme)) : {};
  figure.data ??= [];
  figure.layout ??= {};
  if (!streamlitTheme) return figure;
  const template = figure.layout.template;
  if (isObject(template)) {
    template.layout = isObject(template.layout) ? template.layout : {};
    mergeInto(template.layout, streamlitLayout(palette));
  }
  const title = figure.layout.title;
  if (typeof title === "string") figure.layout.title = { text: `<b>${title}</b>` };
  else if (isObject(title) && typeof title.text === "string") title.text = `<b>${title.text}</b>`;
  return figure;
}

// Streamlit 1.67's look for ECharts (theme="streamlit"): an ECharts theme
// object built from the chart palette of the app's theme (light or dark,
// custom chart colours and fonts), and the option changes Streamlit makes
// on top of it (title style, grid insets, legend below a title). Also the
// defaults every chart gets (aria on, a plain cursor on display-only charts,
// alt as the accessible name) and tooltip number formats.
import { formatNumber } from "../format.js";

// Streamlit's spacing and font sizes (px), at the default base font size.
const SPACE = { twoXS: 4, xs: 6, sm: 8, md: 12, lg: 16, twoXL: 24, threeXL: 32 };
const FONT = { twoSm: 12, sm: 14 };

export const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
/** One object or the objects of a list (ECharts accepts both for most components). */
export const objects = (value) => (isObject(value) ? [value] : Array.isArray(value) ? value.filter(isObject) : []);

/** `color` with `alpha` (0-1) as an rgba() colour (hex or rgb[a] input). */
function withAlpha(color, alpha) {
  const hex = /^#([0-9a-f]{6})$/i.exec(color ?? "");
  if (hex) {
    const n = Number.parseInt(hex[1], 16);
    return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
  }
  const rgb = /^rgba?\(([^,]+),([^,]+),([^,)]+)/i.exec(color ?? "");
  return rgb ? `rgba(${rgb[1].trim()}, ${rgb[2].trim()}, ${rgb[3].trim()}, ${alpha})` : color;
}

const SIX = { maximumSignificantDigits: 6 };
/** How the theme's tooltips show a value: numbers grouped, at most 4 decimals (tiny ones in scientific notation). */
export function tooltipValue(value) {
  const one = (v) => {
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return "-";
      if (Object.is(v, -0) || v === 0) return "0";
      const size = Math.abs(v);
      if (size < 1e-4) return v.toLocaleString("en-US", { ...SIX, notation: "scientific" });
      if (size < 1) return v.toLocaleString("en-US", { ...SIX, useGrouping: true });
      const decimals = Number(v.toFixed(4)) === v ? 0 : 4;
      return v.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: 4 });
    }
    if (typeof v === "string") return v.trim() === "" ? "-" : v;
    if (typeof v === "boolean") return String(v);
    return "-";
  };
  return Array.isArray(value) ? value.map(one) : one(value);
}

/** The ECharts theme object for a chart palette (web/app/elements/chart-palette.js). */
export function streamlitEChartsTheme(palette) {
  const { light, text, background, border, font, primary } = palette;
  const label = palette.gray70;
  const line = palette.gray30;
  const faded = withAlpha(text, 0.2);
  const small = FONT.twoSm;
  const plainText = { color: label, fontFamily: font, fontSize: small };
  const axis = {
    axisLine: { lineStyle: { color: line } },
    axisTick: { lineStyle: { color: line } },
    axisLabel: { color: label, fontFamily: font, fontSize: small, margin: SPACE.sm, textBorderColor: background, textBorderWidth: 2 },
    nameTextStyle: { color: label, fontFamily: font, fontSize: small },
    splitLine: { lineStyle: { color: line } },
    splitArea: { areaStyle: { color: [withAlpha(label, 0.03), withAlpha(label, 0.07)] } },
  };
  const numericAxis = { ...axis, axisLabel: { ...axis.axisLabel, hideOverlap: true } };
  const selectable = { select: { itemStyle: { borderColor: text } } };
  return {
    color: [...palette.categorical],
    backgroundColor: "transparent",
    darkMode: !light,
    textStyle: { fontFamily: font, color: label, fontSize: small },
    title: titleStyle(palette),
    legend: {
      textStyle: plainText,
      inactiveColor: faded,
      inactiveBorderColor: faded,
      lineStyle: { inactiveColor: faded },
      pageIconColor: label,
      pageIconInactiveColor: faded,
      pageTextStyle: { color: label },
    },
    tooltip: {
      backgroundColor: background,
      borderColor: border,
      textStyle: { color: text, fontFamily: font, fontSize: small, fontWeight: "normal" },
      valueFormatter: tooltipValue,
    },
    axisPointer: { label: { color: text, backgroundColor: background, borderColor: border, borderWidth: 1 } },
    categoryAxis: axis,
    valueAxis: numericAxis,
    logAxis: numericAxis,
    timeAxis: numericAxis,
    angleAxis: axis,
    radiusAxis: axis,
    parallelAxis: axis,
    singleAxis: axis,
    radar: {
      axisLine: { lineStyle: { color: line } },
      axisTick: { lineStyle: { color: line } },
      splitLine: { lineStyle: { color: line } },
      splitArea: { areaStyle: { color: [withAlpha(label, 0.03), withAlpha(label, 0.07)] } },
      axisName: plainText,
      axisLabel: plainText,
    },
    line: light ? {} : { symbol: "circle" },
    bar: selectable,
    pictorialBar: selectable,
    scatter: selectable,
    heatmap: selectable,
    graph: selectable,
    sankey: { color: [...palette.sequential], lineStyle: { color: label, opacity: light ? 0.2 : 0.35 }, label: plainText, ...selectable },
    funnel: { label: plainText, itemStyle: { borderColor: background }, ...selectable },
    pie: { label: plainText },
    tree: { label: plainText },
    themeRiver: { label: plainText },
    sunburst: { label: { color: "#0e1117", textBorderColor: "#ffffff", textBorderWidth: 2 }, itemStyle: { borderColor: background } },
    candlestick: { itemStyle: { color: palette.increasing, color0: palette.decreasing, borderColor: palette.increasing, borderColor0: palette.decreasing } },
    boxplot: { itemStyle: { color: background } },
    gauge: {
      axisLine: { lineStyle: { color: [[1, line]] } },
      splitLine: { lineStyle: { color: label } },
      axisTick: { lineStyle: { color: line } },
      axisLabel: { color: label, fontFamily: font },
      title: { color: label, fontFamily: font },
      detail: { color: text, fontFamily: font },
    },
    treemap: { itemStyle: { borderColor: background }, breadcrumb: { itemStyle: { color: palette.secondaryBackground, borderColor: border, textStyle: { color: label, fontFamily: font } } } },
    calendar: { itemStyle: { color: "transparent", borderColor: border }, splitLine: { lineStyle: { color: line } }, dayLabel: plainText, monthLabel: plainText, yearLabel: plainText },
    visualMap: { inRange: { color: [...palette.sequential] }, textStyle: plainText },
    timeline: { lineStyle: { color: line }, label: plainText, itemStyle: { color: label }, checkpointStyle: { color: primary, borderColor: background }, controlStyle: { color: label, borderColor: label } },
    dataZoom: {
      borderColor: border,
      fillerColor: withAlpha(primary, 0.15),
      dataBackground: { lineStyle: { color: label, opacity: 0.5 }, areaStyle: { color: label, opacity: 0.2 } },
      handleStyle: { color: background, borderColor: label },
      textStyle: { color: label },
    },
    brush: { brushStyle: { color: withAlpha(primary, 0.15), borderColor: primary } },
    toolbox: { iconStyle: { borderColor: label }, emphasis: { iconStyle: { borderColor: text } } },
  };
}

function titleStyle(palette) {
  return {
    padding: [0, 0, SPACE.lg, 0],
    textStyle: { fontFamily: palette.headingFont ?? palette.font, color: palette.text, fontSize: FONT.sm, fontWeight: "normal" },
    subtextStyle: { fontFamily: palette.font, color: palette.text, fontSize: FONT.twoSm },
  };
}

// -- the option ----------------------------------------------------------------

/** Every series of the option, its timeline and media variants, through `change`. */
export function mapSeries(option, change) {
  const inVariant = (variant) => {
    const { series } = variant;
    if (Array.isArray(series)) return { ...variant, series: series.map((s) => (isObject(s) ? change(s) : s)) };
    return isObject(series) ? { ...variant, series: change(series) } : variant;
  };
  const withMedia = (variant) => {
    const out = inVariant(variant);
    if (!Array.isArray(out.media)) return out;
    return { ...out, media: out.media.map((m) => (isObject(m) && isObject(m.option) ? { ...m, option: inVariant(m.option) } : m)) };
  };
  let out = withMedia(option);
  if (isObject(out.baseOption)) out = { ...out, baseOption: withMedia(out.baseOption) };
  if (Array.isArray(out.options)) out = { ...out, options: out.options.map((o) => (isObject(o) ? withMedia(o) : o)) };
  return out;
}

const titleAtBottom = (title) => title.bottom !== undefined || title.top === "bottom";
const showsTitleAtTop = (option) => {
  const titles = objects(option.title);
  return titles.length ? titles.some((t) => t.show !== false && !titleAtBottom(t)) : option.title !== undefined;
};
const legendOnTop = (legend) => legend.top !== undefined && legend.top !== "bottom";

/** The height a top title takes (with its gap below). */
function titleBand(option) {
  const subtitle = objects(option.title).some((t) => t.show !== false && !titleAtBottom(t) && typeof t.subtext === "string" && t.subtext !== "");
  return SPACE.lg + FONT.sm + (subtitle ? 10 + FONT.twoSm : 0) + SPACE.lg;
}

const horizontalUnplaced = (c) => c.show !== false && c.orient !== "vertical" && c.top === undefined;
const bottomSliders = (option) => [
  ...objects(option.dataZoom).filter((z) => z.type !== "inside"),
  ...objects(option.visualMap).filter((v) => v.orient === "horizontal"),
  ...objects(option.timeline),
];
/** Whether a legend (shown, not placed at the top) sits at the bottom, where ECharts 6 puts it. */
function legendsAtBottom(option) {
  const legends = objects(option.legend);
  if (legends.length === 0) return option.legend !== undefined && option.legend !== false;
  return legends.some((l) => l.show !== false && !legendOnTop(l));
}

/** Streamlit's title style, legend placement and grid insets for one option (not a timeline's ticks). */
function streamlitLayout(option, palette) {
  let out = { ...option };
  const style = titleStyle(palette);
  const titles = objects(out.title);
  if (titles.length) {
    const styled = titles.map((t) => t.show === false ? t : {
      ...t,
      textStyle: { fontSize: style.textStyle.fontSize, fontWeight: style.textStyle.fontWeight, ...(isObject(t.textStyle) ? t.textStyle : {}) },
      ...(t.padding === undefined ? { padding: style.padding } : {}),
    });
    out.title = Array.isArray(out.title) ? styled : styled[0];
  }
  const titleTop = showsTitleAtTop(out);
  const cartesian = ("xAxis" in out || "yAxis" in out) && !Array.isArray(out.grid);
  let gridTop;
  let legendMoved = false;
  // A bottom slider (dataZoom, horizontal visualMap, timeline) takes the bottom:
  // a legend placed nowhere in particular goes to the top (below a title).
  if (bottomSliders(out).some(horizontalUnplaced) && legendsAtBottom(out)) {
    const top = titleTop ? titleBand(out) : 0;
    const unplaced = (l) => l.show !== false && l.top === undefined && l.bottom === undefined;
    const legends = objects(out.legend);
    if (legends.length === 0) {
      out.legend = { top };
      legendMoved = true;
    } else if (legends.some(unplaced)) {
      const placed = legends.map((l) => (unplaced(l) ? { ...l, top } : l));
      out.legend = Array.isArray(out.legend) ? placed : placed[0];
      legendMoved = true;
    }
  }
  if (titleTop && cartesian) {
    // A legend placed at the very top goes below the title.
    const band = titleBand(out);
    const legends = objects(out.legend);
    let moved = false;
    const placed = legends.map((l) => {
      const centred = l.left === "center" || (l.left === undefined && l.right === undefined);
      if (l.show !== false && l.orient !== "vertical" && (l.top === "top" || l.top === 0) && centred) {
        moved = true;
        return { ...l, top: band };
      }
      return l;
    });
    if (moved) out.legend = Array.isArray(out.legend) ? placed : placed[0];
    // Below a legend moved under the title (by either rule).
    if (moved || legendMoved) gridTop = band + SPACE.twoXL + SPACE.twoXS;
  }
  if (cartesian) {
    const legendTop = objects(out.legend).some((l) => l.show !== false && legendOnTop(l));
    const legendBottom = legendsAtBottom(out);
    const sliders = bottomSliders(out).filter(horizontalUnplaced);
    const grid = { left: SPACE.sm, right: SPACE.twoXL, outerBoundsMode: "same" };
    if (!titleTop && !legendTop) grid.top = SPACE.lg;
    else if (gridTop !== undefined) grid.top = gridTop;
    const titleBottom = objects(out.title).some((t) => t.show !== false && titleAtBottom(t));
    if (!titleBottom && !legendBottom && sliders.length === 0) grid.bottom = SPACE.sm;
    out.grid = isObject(out.grid) ? { ...grid, ...out.grid } : out.grid === undefined ? grid : out.grid;
  }
  return out;
}

const NAMED_FORMATS = new Set(["plain", "localized", "dollar", "euro", "yen", "percent", "compact", "scientific", "engineering", "accounting", "bytes"]);

/** A named number format, or a printf format (with a placeholder) that formats a number. */
function usableFormat(format) {
  if (!NAMED_FORMATS.has(format) && !format.replaceAll("%%", "").includes("%")) return false;
  try {
    formatNumber(1, format);
    return true;
  } catch {
    return false;
  }
}

/** A tooltip's valueFormatter given as a number format ("dollar", "%.2f") -> a function; anything else dropped. */
function tooltipFormats(tooltip, helpers) {
  if (Array.isArray(tooltip)) return tooltip.map((t) => tooltipFormats(t, helpers));
  if (!isObject(tooltip)) return tooltip;
  let out = tooltip;
  if (helpers && typeof out.formatter === "string" && out.formatter.includes("{@")) {
    out = { ...out, formatter: templateFormatter(out.formatter, helpers) };
  }
  if (out.valueFormatter == null) return out;
  const format = out.valueFormatter;
  const { valueFormatter: _dropped, ...rest } = out;
  if (typeof format !== "string" || !usableFormat(format)) {
    console.warn(`wasmlit: ignoring the ECharts tooltip valueFormatter ${JSON.stringify(format)}: use a number format such as "dollar", "compact", or "%.2f".`);
    return rest;
  }
  const one = (v) => {
    const n = typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : v;
    return typeof n === "number" && Number.isFinite(n) ? formatNumber(n, format) : tooltipValue(n);
  };
  return { ...out, valueFormatter: (value) => (Array.isArray(value) ? value.map(one) : one(value)) };
}

const DIMENSION_PLACEHOLDER = /\{@(.+?)\}/g;

/** The value a `{@name}` / `{@[index]}` placeholder reads from one tooltip item. */
export function dimensionValue(item, name) {
  const { value } = item;
  const names = Array.isArray(item.dimensionNames) ? item.dimensionNames : [];
  let index;
  if (name.startsWith("[") && name.endsWith("]")) index = Number(name.slice(1, -1));
  else if (!names.includes(name) && !Number.isNaN(Number(name))) index = Number(name);
  if (Array.isArray(value)) return value[index ?? names.indexOf(name)];
  if (isObject(value)) {
    const key = index === undefined ? name : names[index];
    return typeof key === "string" ? value[key] : undefined;
  }
  return value;
}

/**
 * A tooltip template with `{@dimension}` placeholders as a formatter function
 * (ECharts reads them in series labels only): ECharts' own placeholders
 * first, then the dimensions of the (first) item, as escaped text.
 * @param {string} template
 * @param {{formatTpl: Function, encodeHTML: (s: string) => string, formatTime?: Function, useUTC?: boolean}} helpers
 */
export function templateFormatter(template, helpers) {
  return (params) => {
    const items = Array.isArray(params) ? params : [params];
    const [first] = items;
    if (!isObject(first)) return "";
    let text = template;
    if (helpers.formatTime && typeof first.axisType === "string" && first.axisType.includes("time")) {
      text = helpers.formatTime(first.axisValue, text, helpers.useUTC);
    }
    text = helpers.formatTpl(text, items, true);
    return text.replaceAll(DIMENSION_PLACEHOLDER, (_, name) => {
      const value = dimensionValue(first, name);
      return ["string", "number", "boolean"].includes(typeof value) ? helpers.encodeHTML(String(value)) : "";
    });
  };
}

/** `change` applied to the option, its timeline base and ticks, and their media overrides. */
function mapVariants(option, change) {
  const withMedia = (variant) => {
    const out = change(variant);
    if (!Array.isArray(out.media)) return out;
    return { ...out, media: out.media.map((m) => (isObject(m) && isObject(m.option) ? { ...m, option: change(m.option) } : m)) };
  };
  let out = withMedia(option);
  if (isObject(out.baseOption)) out = { ...out, baseOption: withMedia(out.baseOption) };
  if (Array.isArray(out.options)) out = { ...out, options: out.options.map((o) => (isObject(o) ? withMedia(o) : o)) };
  return out;
}

function withTooltipFormats(option, helpers) {
  const base = isObject(option.baseOption) ? option.baseOption : option;
  const scoped = helpers ? { ...helpers, useUTC: base.useUTC === true } : undefined;
  return mapVariants(option, (variant) => {
    let out = variant.tooltip === undefined ? variant : { ...variant, tooltip: tooltipFormats(variant.tooltip, scoped) };
    const convert = (s) => (isObject(s) && s.tooltip !== undefined ? { ...s, tooltip: tooltipFormats(s.tooltip, scoped) } : s);
    if (Array.isArray(out.series)) out = { ...out, series: out.series.map(convert) };
    else if (isObject(out.series)) out = { ...out, series: convert(out.series) };
    return out;
  });
}

// -- big series: Streamlit's performance defaults --------------------------------

const LARGE_AT = { scatter: 20000, bar: 2000 };
const LINE_SYMBOLS_UP_TO = 2000;

/** The data items a series draws: its own data, or its dataset's rows (undefined when unknown). */
function seriesItems(series, option) {
  if (series.data !== undefined) return Array.isArray(series.data) ? series.data : undefined;
  if (series.datasetId !== undefined || series.seriesLayoutBy === "row") return undefined;
  const index = typeof series.datasetIndex === "number" ? series.datasetIndex : 0;
  const source = objects(option.dataset).at(index)?.source;
  return Array.isArray(source) ? source : undefined;
}

const missing = (item) => (Array.isArray(item) ? item : isObject(item) ? Object.values(item) : [item]).some((v) => v === null || v === "-");
const hasItemObjects = (series) => Array.isArray(series.data) && series.data.some(isObject);

/**
 * `large: true` on scatter series over 20,000 points and bar series over 2,000
 * bars, `showSymbol: false` on line series over 2,000 points on a value or time
 * x axis, where the spec does not say, as Streamlit does; never with selections.
 */
export function tuneLargeSeries(option, selecting) {
  const { series } = option;
  if (!Array.isArray(series)) return option;
  const brushes = "brush" in option || objects(option.toolbox).some(({ feature }) => isObject(feature) && "brush" in feature);
  if (selecting || brushes) return option;
  const itemTooltip = (s) => {
    const own = objects(s.tooltip).at(0)?.trigger;
    if (own !== undefined) return own === "item";
    return objects(option.tooltip).some(({ show, trigger }) => show !== false && (trigger === undefined || trigger === "item"));
  };
  const valueX = (s) => {
    const axis = objects(option.xAxis).at(typeof s.xAxisIndex === "number" ? s.xAxisIndex : 0);
    if (axis === undefined) return false;
    return axis.type === undefined ? axis.data === undefined : axis.type !== "category";
  };
  const tuned = series.map((s) => {
    if (!isObject(s) || s.selectedMode) return s;
    const items = seriesItems(s, option);
    if (items === undefined) return s;
    if (s.type === "line") {
      const keep = "showSymbol" in s || items.length <= LINE_SYMBOLS_UP_TO || !valueX(s) || itemTooltip(s) || hasItemObjects(s)
        || (s.connectNulls !== true && items.some(missing));
      return keep ? s : { ...s, showSymbol: false };
    }
    const limit = typeof s.type === "string" ? LARGE_AT[s.type] : undefined;
    const keep = limit === undefined || "large" in s || items.length <= limit || option.visualMap !== undefined
      || (s.colorBy ?? option.colorBy) === "data" || (s.coordinateSystem ?? "cartesian2d") !== "cartesian2d" || hasItemObjects(s);
    return keep ? s : { ...s, large: true };
  });
  return tuned.every((s, i) => s === series[i]) ? option : { ...option, series: tuned };
}

const hasLabelFormatter = (pointer) => isObject(pointer) && isObject(pointer.label) && pointer.label.formatter != null;

/**
 * Time x/y axes: the axis pointer's label shows a midnight as a date and any
 * other time to the second (Streamlit's theme), unless the option formats
 * axis pointer labels anywhere itself.
 */
export function timeAxisPointers(option, formatTime) {
  const root = isObject(option.baseOption) ? option.baseOption : option;
  const variants = [root, ...objects(option.options)];
  for (const m of [...objects(option.media), ...(root !== option ? objects(root.media) : [])]) if (isObject(m.option)) variants.push(m.option);
  const pointers = variants.flatMap((v) => [
    ...objects(v.tooltip).map((t) => t.axisPointer),
    ...objects(v.grid).map((g) => (isObject(g.tooltip) ? g.tooltip.axisPointer : undefined)),
    ...objects(v.axisPointer),
  ]);
  if (pointers.some(hasLabelFormatter)) return option;
  const utc = root.useUTC === true;
  const label = (value) => {
    const day = formatTime(value, "{HH}{mm}{ss}{SSS}", utc) === "000000000";
    return formatTime(value, day ? "{yyyy}-{MM}-{dd}" : "{yyyy}-{MM}-{dd} {HH}:{mm}:{ss}", utc);
  };
  const onAxis = (axis) => {
    if (!isObject(axis) || axis.type !== "time") return axis;
    const pointer = isObject(axis.axisPointer) ? axis.axisPointer : {};
    if (hasLabelFormatter(pointer)) return axis;
    const own = isObject(pointer.label) ? pointer.label : {};
    return { ...axis, axisPointer: { ...pointer, label: { ...own, formatter: (p) => label(p.value) } } };
  };
  let out = root;
  for (const key of ["xAxis", "yAxis"]) {
    if (out[key] === undefined) continue;
    out = { ...out, [key]: Array.isArray(out[key]) ? out[key].map(onAxis) : onAxis(out[key]) };
  }
  return root === option ? out : { ...option, baseOption: out };
}

/**
 * The option ECharts draws: aria on unless set, alt as its accessible name,
 * a plain cursor on display-only charts, tooltip number formats and, with
 * theme="streamlit", Streamlit's layout.
 * @param {Record<string, any>} option
 * @param {{streamlitTheme: boolean, selecting: boolean, alt?: string|null, palette: any, helpers?: any}} how
 *   helpers: ECharts' formatTpl, encodeHTML and time format, for tooltip templates with `{@dimension}`
 */
export function prepareOption(option, { streamlitTheme, selecting, alt, palette, helpers }) {
  let out = { ...option };
  const base = isObject(out.baseOption) ? out.baseOption : out;
  const aria = base.aria;
  const withAria = aria === undefined ? { ...base, aria: { enabled: true } } : isObject(aria) && !("enabled" in aria) ? { ...base, aria: { ...aria, enabled: true } } : base;
  const laidOut = streamlitTheme ? streamlitLayout(withAria, palette) : withAria;
  out = isObject(out.baseOption) ? { ...out, baseOption: laidOut } : laidOut;
  if (streamlitTheme && helpers?.formatTime) out = timeAxisPointers(out, helpers.formatTime);
  out = withTooltipFormats(out, helpers);
  out = mapVariants(out, (variant) => tuneLargeSeries(variant, selecting));
  if (!selecting) out = mapSeries(out, (s) => ("cursor" in s ? s : { ...s, cursor: "default" }));
  if (alt) {
    const named = (variant) => {
      const a = isObject(variant.aria) ? variant.aria : {};
      const label = isObject(a.label) ? a.label : {};
      return { ...variant, aria: { ...a, enabled: true, label: { ...label, enabled: true, description: alt } } };
    };
    out = isObject(out.baseOption) ? { ...out, baseOption: named(out.baseOption) } : named(out);
  }
  return out;
}

// -- dataframe sources -----------------------------------------------------------

/** Replaces each `{"name": N}` dataset source with the rows of the Frame named N. */
export function fillDatasets(option, datasets) {
  if (!datasets?.length) return option;
  const frames = new Map(datasets.map((d) => [d.name, d.data]));
  const fill = (dataset) => {
    const ref = dataset.source;
    if (!isObject(ref) || Object.keys(ref).length !== 1 || typeof ref.name !== "string" || !frames.has(ref.name)) return dataset;
    const frame = frames.get(ref.name);
    const names = frame.columns.map((c) => c.name);
    const dimensions = Array.isArray(dataset.dimensions) ? dataset.dimensions : names;
    const order = dimensions.map((d) => names.indexOf(typeof d === "string" ? d : isObject(d) ? String(d.name) : String(d)));
    const rows = [];
    for (let r = 0; r < frame.numRows; r++) rows.push(order.map((c) => (c < 0 ? null : (frame.columns[c].values?.[r] ?? null))));
    return { ...dataset, dimensions, source: rows, sourceHeader: dataset.sourceHeader ?? false };
  };
  const inVariant = (variant) => {
    if (!isObject(variant) || variant.dataset === undefined) return variant;
    return { ...variant, dataset: Array.isArray(variant.dataset) ? variant.dataset.map((d) => (isObject(d) ? fill(d) : d)) : isObject(variant.dataset) ? fill(variant.dataset) : variant.dataset };
  };
  const withMedia = (variant) => {
    const out = inVariant(variant);
    return Array.isArray(out?.media) ? { ...out, media: out.media.map((m) => (isObject(m) && isObject(m.option) ? { ...m, option: inVariant(m.option) } : m)) } : out;
  };
  let out = withMedia(option);
  if (isObject(out.baseOption)) out = { ...out, baseOption: withMedia(out.baseOption) };
  if (Array.isArray(out.options)) out = { ...out, options: out.options.map(withMedia) };
  return out;
}

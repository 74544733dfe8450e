// st.metric -> stMetric: label (stMetricLabel, with help), value (stMetricValue),
// delta (stMetricDelta) with an up/down arrow and Streamlit's colour, an
// optional sparkline (stMetricChart) and delta description.
import { h } from "preact";
import { cx } from "../classes.js";
import { HelpTooltip } from "../help.js";
import { Markdown } from "../markdown-view.js";
import { markdownToText } from "../markdown.js";
import { formatNumber } from "../format.js";

/** A number shown with st.metric's `format`; other values (and a format that fails) as sent. */
function shown(text, number, format) {
  if (!format || typeof number !== "number" || !Number.isFinite(number)) return text;
  try {
    return formatNumber(number, format);
  } catch {
    return text;
  }
}

const VISIBILITY = { visible: "0", hidden: "1", collapsed: "2" };

function DeltaArrow({ direction }) {
  const path = direction === "up" ? "M12 19V5M5 12l7-7 7 7" : "M12 5v14M19 12l-7 7-7-7";
  return h("svg", {
    "data-testid": direction === "up" ? "stMetricDeltaIcon-Up" : "stMetricDeltaIcon-Down",
    class: "st-metric-arrow", xmlns: "http://www.w3.org/2000/svg", viewBox: "0 0 24 24", width: "1rem", height: "1rem",
    fill: "none", stroke: "currentColor", "stroke-width": "2.5", "stroke-linecap": "round", "stroke-linejoin": "round",
    "aria-hidden": "true", focusable: "false",
  }, h("path", { d: path }));
}

function Sparkline({ values, type, color }) {
  if (!values || values.length === 0) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const width = 100;
  const height = 32;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (v) => (height - ((v - min) / span) * (height - 2) - 1).toFixed(2);
  let shape;
  if (type === "bar") {
    const barWidth = width / values.length;
    shape = values.map((v, i) => h("rect", { x: (i * barWidth + barWidth * 0.1).toFixed(2), y: y(v), width: (barWidth * 0.8).toFixed(2), height: (height - Number(y(v))).toFixed(2) }));
  } else {
    const points = values.map((v, i) => `${(i * step).toFixed(2)},${y(v)}`).join(" ");
    shape = [h("polyline", { points, fill: "none", stroke: "currentColor", "stroke-width": "1.5" })];
    if (type === "area") shape.unshift(h("polygon", { points: `0,${height} ${points} ${width},${height}`, class: "st-metric-area" }));
  }
  return h("div", { "data-testid": "stMetricChart", class: cx("st-metric-chart", `st-metric-${color}`) },
    h("svg", { viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: "none", width: "100%", height: "2rem", "aria-hidden": "true" }, shape));
}

export function MetricElement({ props }) {
  const visibility = props.labelVisibility ?? "visible";
  const label = props.label ?? "";
  const hasDelta = Boolean(props.delta);
  const arrow = props.direction === "up" || props.direction === "down" ? props.direction : null;
  const icon = props.icon && !String(props.icon).startsWith(":material/") ? props.icon : null;
  return h("div", { class: cx("stMetric", props.border && "st-bordered"), "data-testid": "stMetric" },
    h("div", null,
      h("label", {
        "data-testid": "stMetricLabel",
        visibility: VISIBILITY[visibility] ?? "0",
        class: cx("st-metric-label", visibility === "hidden" && "st-label-hidden", visibility === "collapsed" && "st-label-collapsed"),
      },
        h("div", null,
          icon ? h("span", { "data-testid": "stMetricIcon", class: "st-metric-icon" }, icon) : null,
          h(Markdown, { body: label, isLabel: true, class: "stMarkdownEllipsis" })),
        props.help ? h("span", null, h(HelpTooltip, { help: props.help, label: markdownToText(label) })) : null),
      h("div", { "data-testid": "stMetricValue", class: "st-metric-value" },
        h(Markdown, { body: shown(props.body ?? "", props.valueNumber, props.format), isLabel: true, class: "stMarkdownEllipsis" })),
      hasDelta || props.deltaDescription
        ? h("div", { class: "st-metric-delta-row" },
          hasDelta
            ? h("div", { "data-testid": "stMetricDelta", class: cx("st-metric-delta", `st-metric-${props.color ?? "gray"}`) },
              arrow ? h(DeltaArrow, { direction: arrow }) : null,
              h(Markdown, { body: shown(props.delta, props.deltaNumber, props.format), isLabel: true, class: "stMarkdownEllipsis" }))
            : null,
          props.deltaDescription
            ? h("div", { "data-testid": "stMetricDeltaDescription", class: "st-metric-delta-description", title: props.deltaDescription },
              h(Markdown, { body: props.deltaDescription, isLabel: true, testid: "stCaptionContainer" }))
            : null)
        : null,
      h(Sparkline, { values: props.chartData, type: props.chartType, color: props.color ?? "gray" })));
}

// web/app/elements/echarts-selection.js and echarts-theme.js: Streamlit 1.67's
// selection state from ECharts' events, the option changes of its theme, and
// dataframe sources filled in from their Frames.
import assert from "node:assert/strict";
import { test } from "node:test";
import { brushesEmpty, selectionState } from "../../web/app/elements/echarts-selection.js";
import { fillDatasets, prepareOption, streamlitEChartsTheme, tooltipValue } from "../../web/app/elements/echarts-theme.js";

const PALETTE = {
  light: true, categorical: ["#0068c9", "#83c9ff"], sequential: ["#e4f5ff", "#0068c9"], primary: "#ff4b4b",
  text: "#31333F", background: "#ffffff", secondaryBackground: "#f0f2f6", border: "rgba(49, 51, 63, 0.2)",
  font: '"Source Sans", sans-serif', gray30: "#e6eaf1", gray70: "#808495", gray90: "#262730",
  increasing: "#29b09d", decreasing: "#ff2b2b",
};

test("points and brushes merge per series and data type, sorted, with ids and names from the option", () => {
  const option = { series: [{ id: "a", name: "A" }, { name: "" }, { id: 7 }] };
  const points = [{ seriesIndex: 2, dataIndex: [3] }, { seriesIndex: 0, dataIndex: [4, 1] }, { seriesIndex: 0, dataType: "edge", dataIndex: [0] }];
  const brushes = [
    { brushIndex: 1, areas: [{ brushType: "rect", coordRange: [[0, 2], [10, 20]] }], selected: [{ seriesIndex: 0, dataIndex: [1, 2] }, { seriesIndex: 1, dataIndex: [] }] },
    { brushIndex: 0, areas: [{ brushType: "lineX", coordRange: [0.5, 3.5] }, { brushType: "rect", range: [[1, 2], [3, 4]] }], selected: [] },
  ];
  assert.deepEqual(selectionState(option, points, brushes), {
    selection: {
      selected: [
        { series_index: 0, series_id: "a", series_name: "A", data_type: "main", data_indices: [1, 2, 4] },
        { series_index: 0, series_id: "a", series_name: "A", data_type: "edge", data_indices: [0] },
        { series_index: 2, series_id: 7, series_name: null, data_type: "main", data_indices: [3] },
      ],
      // Pixel-only regions (no coordRange) are left out; brushes in brush order.
      areas: [
        { brush_index: 0, brush_type: "lineX", coord_range: [0.5, 3.5] },
        { brush_index: 1, brush_type: "rect", coord_range: [[0, 2], [10, 20]] },
      ],
    },
  });
  assert.deepEqual(selectionState({}, [], []), { selection: { selected: [], areas: [] } });
  assert.equal(brushesEmpty([{ areas: [] }]), true);
  assert.equal(brushesEmpty([{ areas: [{}] }]), false);
});

test("the theme takes the palette's colours and fonts", () => {
  const theme = streamlitEChartsTheme(PALETTE);
  assert.deepEqual(theme.color, ["#0068c9", "#83c9ff"]);
  assert.equal(theme.backgroundColor, "transparent");
  assert.equal(theme.darkMode, false);
  assert.equal(theme.textStyle.fontFamily, '"Source Sans", sans-serif');
  assert.equal(theme.valueAxis.axisLabel.hideOverlap, true);
  assert.equal(theme.categoryAxis.axisLabel.hideOverlap, undefined);
  assert.deepEqual(theme.visualMap.inRange.color, ["#e4f5ff", "#0068c9"]);
  assert.equal(streamlitEChartsTheme({ ...PALETTE, light: false }).darkMode, true);
});

test("tooltip values: grouped, at most four decimals, tiny ones scientific", () => {
  assert.deepEqual([1234567, 3.14159265, 0.5, 0.00001234, 0, Number.NaN, "", "x", true].map(tooltipValue),
    ["1,234,567", "3.1416", "0.5", "1.234E-5", "0", "-", "-", "x", "true"]);
  assert.deepEqual(tooltipValue([1, 2.5]), ["1", "2.5"]);
});

test("prepareOption: aria on, alt as its description, plain cursor unless selecting, Streamlit's grid", () => {
  const option = { title: { text: "T" }, xAxis: {}, yAxis: {}, series: [{ type: "bar" }, { type: "line", cursor: "pointer" }] };
  const drawn = prepareOption(option, { streamlitTheme: true, selecting: false, alt: "Sales", palette: PALETTE });
  assert.deepEqual(drawn.aria, { enabled: true, label: { enabled: true, description: "Sales" } });
  assert.deepEqual(drawn.series.map((s) => s.cursor), ["default", "pointer"]);
  assert.deepEqual(drawn.grid, { left: 8, right: 24, outerBoundsMode: "same", bottom: 8 });
  assert.equal(drawn.title.textStyle.fontSize, 14);
  assert.deepEqual(drawn.title.padding, [0, 0, 16, 0]);
  assert.equal(option.aria, undefined);  // the spec is not changed
  const plain = prepareOption({ aria: { enabled: false }, series: { type: "pie" } }, { streamlitTheme: false, selecting: true, palette: PALETTE });
  assert.deepEqual(plain, { aria: { enabled: false }, series: { type: "pie" } });
  // A centred legend at the top goes below a title.
  const legend = prepareOption({ title: { text: "T" }, legend: { top: 0 }, xAxis: {}, yAxis: {}, series: [] }, { streamlitTheme: true, selecting: true, palette: PALETTE });
  assert.equal(legend.legend.top, 46);
  assert.equal(legend.grid.top, 46 + 24 + 4);
});

test("tooltip valueFormatter strings become number formats", () => {
  const drawn = prepareOption({ tooltip: { valueFormatter: "%.1f units" }, series: [{ tooltip: { valueFormatter: 3 } }] },
    { streamlitTheme: true, selecting: true, palette: PALETTE });
  assert.equal(drawn.tooltip.valueFormatter(2), "2.0 units");
  assert.equal(drawn.series[0].tooltip.valueFormatter, undefined);
  const named = prepareOption({ tooltip: [{ valueFormatter: "dollar" }, { valueFormatter: "{value} €" }] }, { streamlitTheme: false, selecting: true, palette: PALETTE });
  assert.equal(named.tooltip[0].valueFormatter(1234.5), "$1,234.50");
  assert.equal(named.tooltip[1].valueFormatter, undefined);
});

test("dataframe sources become rows in the dataset's dimensions", () => {
  const frame = { numRows: 2, index: [], columns: [{ name: "day", type: "string", values: ["Mon", "Tue"] }, { name: "sales", type: "integer", values: [1, 2] }] };
  const option = { dataset: [{ source: { name: "h" } }, { source: { name: "h" }, dimensions: ["sales", "day"] }, { source: [[1]] }] };
  const filled = fillDatasets(option, [{ name: "h", data: frame }]);
  assert.deepEqual(filled.dataset[0], { dimensions: ["day", "sales"], source: [["Mon", 1], ["Tue", 2]], sourceHeader: false });
  assert.deepEqual(filled.dataset[1].source, [[1, "Mon"], [2, "Tue"]]);
  assert.deepEqual(filled.dataset[2], { source: [[1]] });
});

test("tooltip templates read {@dimension} and {@[index]} from the first item, escaped", async () => {
  const { dimensionValue, templateFormatter } = await import("../../web/app/elements/echarts-theme.js");
  const item = { name: "Mon", value: ["Mon", 120, "<b>"], dimensionNames: ["day", "sales", "note"] };
  assert.equal(dimensionValue(item, "sales"), 120);
  assert.equal(dimensionValue(item, "[2]"), "<b>");
  assert.equal(dimensionValue({ value: { day: "Tue" }, dimensionNames: ["day"] }, "[0]"), "Tue");
  const helpers = { formatTpl: (text, items) => text.replace("{b}", items[0].name), encodeHTML: (s) => s.replace(/</g, "&lt;").replace(/>/g, "&gt;") };
  const format = templateFormatter("{b}: {@sales} sessions {@[2]} {@missing}", helpers);
  assert.equal(format([item, { name: "other" }]), "Mon: 120 sessions &lt;b&gt; ");
  assert.equal(format("x"), "");
});

test("big series get large / showSymbol: false unless the spec or a selection says otherwise", async () => {
  const { tuneLargeSeries } = await import("../../web/app/elements/echarts-theme.js");
  const points = Array.from({ length: 2001 }, (_, i) => [i, i]);
  const option = { xAxis: { type: "value" }, series: [{ type: "bar", data: points }, { type: "line", data: points }, { type: "scatter", data: points }, { type: "bar", large: false, data: points }] };
  const tuned = tuneLargeSeries(option, false);
  assert.deepEqual(tuned.series.map((s) => [s.large, s.showSymbol]), [[true, undefined], [undefined, false], [undefined, undefined], [false, undefined]]);
  assert.equal(tuneLargeSeries(option, true), option);
  const withBrush = { ...option, brush: {} };
  assert.equal(tuneLargeSeries(withBrush, false), withBrush);
  // An item tooltip keeps a line's symbols; a dataset's rows count too.
  assert.equal(tuneLargeSeries({ ...option, tooltip: {} }, false).series[1].showSymbol, undefined);
  const fromDataset = tuneLargeSeries({ dataset: { source: points }, xAxis: {}, series: [{ type: "bar" }] }, false);
  assert.equal(fromDataset.series[0].large, true);
});

test("a bottom slider sends an unplaced legend to the top, below the title, and the grid below it", () => {
  const option = { title: { text: "T", subtext: "s" }, legend: {}, dataZoom: [{ type: "slider" }], xAxis: {}, yAxis: {}, series: [] };
  const drawn = prepareOption(option, { streamlitTheme: true, selecting: true, palette: PALETTE });
  const band = 16 + 14 + 10 + 12 + 16;
  assert.equal(drawn.legend.top, band);
  assert.equal(drawn.grid.top, band + 24 + 4);
  assert.equal(drawn.grid.bottom, undefined);
  const untitled = prepareOption({ ...option, title: undefined }, { streamlitTheme: true, selecting: true, palette: PALETTE });
  assert.equal(untitled.legend.top, 0);
});

test("time axes get Streamlit's axis pointer labels unless the option formats them", async () => {
  const { timeAxisPointers } = await import("../../web/app/elements/echarts-theme.js");
  const calls = [];
  const formatTime = (value, template, utc) => {
    calls.push(utc);
    if (template === "{HH}{mm}{ss}{SSS}") return value === "midnight" ? "000000000" : "123000000";
    return `${value}|${template}`;
  };
  const drawn = timeAxisPointers({ useUTC: true, xAxis: { type: "time" }, yAxis: [{ type: "value" }] }, formatTime);
  const format = drawn.xAxis.axisPointer.label.formatter;
  assert.equal(format({ value: "midnight" }), "midnight|{yyyy}-{MM}-{dd}");
  assert.equal(format({ value: "noon" }), "noon|{yyyy}-{MM}-{dd} {HH}:{mm}:{ss}");
  assert.ok(calls.every((utc) => utc === true));
  assert.equal(drawn.yAxis[0].axisPointer, undefined);
  const own = { tooltip: { axisPointer: { label: { formatter: "{value}" } } }, xAxis: { type: "time" } };
  assert.equal(timeAxisPointers(own, formatTime), own);
});

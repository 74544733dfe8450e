// echartsChart -> stEChartsChart, drawn by Apache ECharts (its own chunk,
// loaded the first time a page shows an ECharts chart).
//   div[stFullScreenFrame] > div.wl-echarts-box
//     > div[stElementToolbar] ("Show data" with a dataframe source, "Download as PNG"/"SVG", "Fullscreen")
//     + div.stEChartsChart[data-testid=stEChartsChart][aria-busy] (ECharts' own div > canvas | svg)
//     + div[stEChartsChartError][role=alert] "ECharts chart error: ..." when it cannot draw
// With on_select (props.id set) the chart is a widget: point selections
// (series selectedMode) and brush regions become Streamlit's selection state
// (echarts-selection.js), sent like any widget value; a double click clears both.
import { h } from "preact";
import { useContext, useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { cx } from "../classes.js";
import { AppContext } from "../context.js";
import { chartPalette, useThemeVersion } from "./chart-palette.js";
import { brushesEmpty, EMPTY_SELECTION, selectionState } from "./echarts-selection.js";
import { fillDatasets, isObject, prepareOption, streamlitEChartsTheme } from "./echarts-theme.js";
import { ElementToolbar, saveFile, useFullscreen } from "./element-toolbar.js";

const SEND_DELAY_MS = 150;
// Streamlit's floor for height="stretch" (its default chart height).
const STRETCH_MIN_HEIGHT = 350;

let echartsModule = null;
function loadECharts() {
  echartsModule ??= import("./echarts-lazy.js");
  return echartsModule;
}

/** What identifies the datasets (their names are hashes of their contents): each rerun sends new objects. */
function datasetsKey(datasets) {
  return (datasets ?? []).map((d) => d.name).join(",");
}

function parseSpec(text) {
  const option = JSON.parse(text || "{}");
  if (!isObject(option)) throw new Error("The ECharts spec is not an object.");
  return option;
}

export function EChartsChartElement({ props }) {
  const app = useContext(AppContext);
  const box = useRef(null);
  const target = useRef(null);
  const chart = useRef(null);
  /** The chart's selection, kept across reruns and redraws: points (selectchanged) and brushes (brushSelected). */
  const picked = useRef({ points: [], brushes: [] });
  const [error, setError] = useState(null);
  const [ready, setReady] = useState(false);
  const themeVersion = useThemeVersion();
  const [fullscreen, , fullscreenButton] = useFullscreen();
  // "Show data": the first dataframe source as a table, in place of the chart.
  const [table, setTable] = useState(/** @type {null | {DataFrame: any, height: number}} */ (null));
  const data = props.datasets?.[0]?.data ?? null;
  const selecting = props.id != null && props.selectionActivated;
  const latest = useRef(null);
  latest.current = { props, app, selecting };

  // A new chart instance for a new theme or renderer (ECharts takes both at init).
  useEffect(() => {
    const node = target.current;
    if (!node) return undefined;
    let disposed = false;
    let instance = null;
    loadECharts()
      .then(({ echarts }) => {
        if (disposed) return;
        const theme = props.theme === "streamlit" ? streamlitEChartsTheme(chartPalette(node)) : undefined;
        instance = echarts.init(node, theme, { renderer: props.renderer === "svg" ? "svg" : "canvas" });
        instance.wlHelpers = {
          formatTpl: echarts.format.formatTpl,
          encodeHTML: echarts.format.encodeHTML,
          formatTime: (value, template, useUTC) => echarts.time.format(value, template, useUTC),
        };
        chart.current = instance;
        bindSelection(instance, latest, picked);
        setReady(true);
        setError(null);
      })
      .catch((err) => {
        console.error("wasmlit: ECharts could not start", err);
        if (!disposed) setError(String(err?.message ?? err));
      });
    return () => {
      disposed = true;
      if (instance && !instance.isDisposed()) instance.dispose();
      if (chart.current === instance) chart.current = null;
      setReady(false);
    };
  }, [props.theme, props.renderer, themeVersion]);

  // The option, drawn anew when it changes; the selection is put back after it.
  useEffect(() => {
    const instance = chart.current;
    if (!ready || !instance) return;
    try {
      const palette = chartPalette(target.current);
      const option = prepareOption(fillDatasets(parseSpec(props.spec), props.datasets), {
        streamlitTheme: props.theme === "streamlit", selecting, alt: props.alt, palette, helpers: instance.wlHelpers,
      });
      instance.setOption(option, { notMerge: true });
      instance.wlOption = option;
      restoreSelection(instance, picked.current);
      setError(null);
    } catch (err) {
      console.error("wasmlit: ECharts could not draw the option", err);
      setError(String(err?.message ?? err));
    }
  }, [ready, props.spec, datasetsKey(props.datasets), props.alt, selecting]);

  // A selection Python reset (a new widget id, or a form cleared) clears the chart's too.
  useLayoutEffect(() => {
    if (!selecting || !props.setValue) return;
    const empty = JSON.stringify(EMPTY_SELECTION);
    if (props.value === empty && chart.current && (picked.current.points.length || picked.current.brushes.length)) {
      clearSelection(chart.current, picked.current);
    }
  }, [props.value, props.setValue, selecting]);

  // ECharts draws at its div's size: follow it.
  useEffect(() => {
    const node = target.current;
    if (!node || !ready) return undefined;
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(node);
    return () => observer.disconnect();
  }, [ready]);
  useEffect(() => { chart.current?.resize(); }, [fullscreen]);

  const extension = props.renderer === "svg" ? "svg" : "png";
  const download = {
    label: `Download as ${extension.toUpperCase()}`,
    icon: /** @type {"download"} */ ("download"),
    onClick: () => {
      const instance = chart.current;
      if (!instance) return;
      const background = props.theme === "streamlit" ? chartPalette(target.current).background : undefined;
      const url = instance.getDataURL(extension === "png" ? { type: "png", pixelRatio: 2, backgroundColor: background } : { type: "svg" });
      saveFile(url, downloadName(new Date(), extension));
    },
  };
  const alt = props.alt?.trim();
  const labelled = (button) => (alt ? { ...button, label: `${button.label}: ${alt}` } : button);
  const showData = {
    label: "Show data",
    icon: /** @type {"table"} */ ("table"),
    onClick: () => {
      const height = target.current?.getBoundingClientRect().height || STRETCH_MIN_HEIGHT;
      import("./dataframe.js").then((m) => setTable({ DataFrame: m.DataFrameElement, height }));
    },
  };
  const showChart = { label: "Show chart", icon: /** @type {"chart"} */ ("chart"), onClick: () => setTable(null) };
  const showingData = table !== null && data !== null;

  const height = fullscreen ? "100%" : typeof props.height === "number" ? `${props.height}px` : "100%";
  const stretch = props.height === "stretch";
  return h("div", { "data-testid": "stFullScreenFrame", ref: box, class: cx("wl-chart-frame st-fullscreen-frame", stretch && "wl-echarts-stretch", fullscreen && "st-fullscreen") },
    showingData
      ? h(table.DataFrame, {
        props: {
          data, width: "stretch", height: Math.round(table.height), hideIndex: null, columnOrder: null, columnConfig: {},
          rowHeight: null, placeholder: null, alt: alt || null, toolbarActions: [labelled(showChart)],
        },
      })
      : null,
    h("div", { class: cx("wl-echarts-box", stretch && "wl-echarts-stretch"), style: showingData ? { display: "none" } : undefined },
      h(ElementToolbar, { buttons: [...(data !== null ? [labelled(showData)] : []), labelled(download), labelled(fullscreenButton)] }),
      h("div", {
        ref: target,
        class: "stEChartsChart",
        "data-testid": "stEChartsChart",
        "aria-busy": String(!ready && error === null),
        style: { height, minHeight: props.height === "stretch" ? `${STRETCH_MIN_HEIGHT}px` : undefined },
      }),
      error !== null ? h("div", { class: "wl-chart-error", role: "alert", "data-testid": "stEChartsChartError" }, `ECharts chart error: ${error}`) : null));
}

/** Streamlit's name for a downloaded chart: local date and time to the minute, "_chart", the type. */
export function downloadName(now, extension) {
  const two = (n) => String(n).padStart(2, "0");
  const stamp = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}T${two(now.getHours())}-${two(now.getMinutes())}`;
  return `${stamp}_chart.${extension}`;
}

/** The series ids/names come from the option drawn (ECharts' own when it uses timelines or media). */
function optionForNames(instance) {
  const option = instance.wlOption;
  const plain = option && (Array.isArray(option.series) ? option.series.length > 0 : isObject(option.series));
  const variants = option && (Array.isArray(option.media) || Array.isArray(option.options) || isObject(option.baseOption));
  if (plain && !variants) return option;
  try {
    return instance.getOption();
  } catch {
    return option;
  }
}

function restoreSelection(instance, state) {
  instance.wlRestoring = true;
  try {
    for (const group of state.points) {
      instance.dispatchAction({ type: "select", seriesIndex: group.seriesIndex, dataIndex: group.dataIndex, ...(group.dataType ? { dataType: group.dataType } : {}) });
    }
    for (const brush of state.brushes) {
      if ((brush.areas ?? []).length) instance.dispatchAction({ type: "brush", brushIndex: brush.brushIndex, areas: brush.areas });
    }
  } catch (err) {
    console.warn("wasmlit: could not restore the ECharts selection", err);
  } finally {
    instance.wlRestoring = false;
  }
}

function clearSelection(instance, state) {
  instance.wlRestoring = true;
  try {
    instance.dispatchAction({ type: "brush", areas: [] });
    for (const group of state.points) {
      instance.dispatchAction({ type: "unselect", seriesIndex: group.seriesIndex, dataIndex: group.dataIndex, ...(group.dataType ? { dataType: group.dataType } : {}) });
    }
  } catch (err) {
    console.warn("wasmlit: could not clear the ECharts selection", err);
  } finally {
    instance.wlRestoring = false;
  }
  state.points = [];
  state.brushes = [];
}

function bindSelection(instance, latest, picked) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  let brushing = false;
  const sendNow = () => {
    clearTimeout(timer);
    const { props, app, selecting } = latest.current;
    if (!selecting || !app || instance.isDisposed()) return;
    const state = selectionState(optionForNames(instance), picked.current.points, picked.current.brushes);
    const text = JSON.stringify(state);
    if (app.widgets.value(props.id) === text) return;
    app.actions.change(props, text);
  };
  // Debounced, except in a form: a submit right after a click must carry it.
  const send = () => {
    clearTimeout(timer);
    if (latest.current.props.formId) sendNow();
    else timer = setTimeout(sendNow, SEND_DELAY_MS);
  };
  instance.on("selectchanged", (event) => {
    if (instance.wlRestoring) return;
    picked.current.points = (event.selected ?? []).map((s) => ({ seriesIndex: s.seriesIndex, dataType: s.dataType, dataIndex: [...(s.dataIndex ?? [])] }));
    send();
  });
  instance.on("brushSelected", (event) => {
    if (instance.wlRestoring) return;
    const batch = (event.batch ?? []).map((b) => ({ ...b, areas: (b.areas ?? []).filter((a) => Array.isArray(a.coordRange)) }));
    picked.current.brushes = batch;
    // Sent when the drag ends (brushEnd), or at once when the regions were cleared.
    if (!brushing && brushesEmpty(batch)) send();
  });
  instance.on("brush", () => { if (!instance.wlRestoring) brushing = true; });
  instance.on("brushEnd", () => {
    brushing = false;
    if (!instance.wlRestoring) setTimeout(send, 0);
  });
  instance.getZr().on("dblclick", () => {
    const { selecting } = latest.current;
    if (!selecting) return;
    clearSelection(instance, picked.current);
    send();
  });
}

// vegaLiteChart -> stVegaLiteChart, drawn (as SVG, like Streamlit) by vega-embed,
// which is loaded on first use from its own chunk.
import { h } from "preact";
import { ElementToolbar, saveFile, useFullscreen } from "./element-toolbar.js";
import { cx } from "../classes.js";
import { useEffect, useRef, useState } from "preact/hooks";
import { frameRecords } from "./frame.js";
import { useChartTheme } from "./chart-theme.js";
import { chartConfig } from "./vega-theme.js";

const DEFAULT_HEIGHT = 350;
let vegaModule = null;

function loadVega() {
  vegaModule ??= import("./vega-embed-lazy.js");
  return vegaModule;
}

/** The spec vega-embed gets: data put back in, sizes resolved. */
export function embeddableSpec(props, containerWidth) {
  const spec = JSON.parse(props.spec);
  if (props.datasets?.length) {
    spec.datasets = { ...(spec.datasets ?? {}) };
    for (const { name, data } of props.datasets) spec.datasets[name] = frameRecords(data);
  }
  if (props.data) spec.data = { values: frameRecords(props.data) };
  const stretch = props.width === "stretch" || props.useContainerWidth;
  const composite = ["hconcat", "vconcat", "concat", "facet", "repeat"].some((k) => k in spec);
  if (!composite) {
    if (typeof props.width === "number") spec.width = props.width;
    else if (stretch && containerWidth > 0) spec.width = containerWidth;
    else if (!spec.width) delete spec.width;
    if (typeof props.height === "number") spec.height = props.height;
    else if (!spec.height) spec.height = DEFAULT_HEIGHT;
  }
  return spec;
}

function useContainerWidth(ref) {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setWidth(Math.floor(el.clientWidth)));
    };
    setWidth(Math.floor(el.clientWidth));
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => { observer.disconnect(); cancelAnimationFrame(frame); };
  }, []);
  return width;
}

export function VegaLiteChartElement({ props }) {
  const outer = useRef(null);
  const target = useRef(null);
  const width = useContainerWidth(outer);
  const theme = useChartTheme(outer);
  const [error, setError] = useState(null);
  const viewRef = useRef(null);
  const [fullscreen, , fullscreenButton] = useFullscreen();

  useEffect(() => {
    if (!target.current || width === 0 || !theme) return undefined;
    let cancelled = false;
    let view = null;
    loadVega()
      .then(({ embed }) => {
        if (cancelled) return null;
        const spec = embeddableSpec(props, width);
        return embed(target.current, spec, {
          actions: false,
          renderer: "svg",
          config: chartConfig(props.theme, theme),
          tooltip: { theme: theme.type === "dark" ? "dark" : "light" },
        });
      })
      .then((result) => {
        if (!result) return;
        if (cancelled) result.finalize();
        else { view = result; viewRef.current = result.view; setError(null); }
      })
      .catch((err) => { if (!cancelled) setError(String(err?.message ?? err)); });
    return () => { cancelled = true; view?.finalize(); };
  }, [props.spec, props.data, props.datasets, props.width, props.height, props.theme, width, theme]);

  const downloadPng = () => viewRef.current?.toImageURL("png").then((url) => saveFile(url, "chart.png"), () => {});
  const copySpec = () => navigator.clipboard?.writeText(JSON.stringify(embeddableSpec(props, width), null, 2)).catch(() => {});
  return h("div", { "data-testid": "stFullScreenFrame", ref: outer, class: cx("wl-vega-frame", "st-fullscreen-frame", fullscreen && "st-fullscreen") },
    h("div", null,
      h(ElementToolbar, { buttons: [
        { label: "Download as PNG", icon: "download", onClick: downloadPng },
        { label: "Copy Vega-Lite spec", icon: "copy", onClick: copySpec },
        fullscreenButton,
      ] }),
      error ? h("div", { class: "wl-vega-error", role: "alert" }, error) : null,
      h("div", {
        ref: target,
        class: "stVegaLiteChart",
        "data-testid": "stVegaLiteChart",
        role: "graphics-document",
        "aria-roledescription": "visualization",
        "aria-label": props.alt ?? "Vega visualization",
      })));
}

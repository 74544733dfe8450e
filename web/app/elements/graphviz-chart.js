// graphvizChart -> stGraphVizChart: DOT laid out to SVG by Graphviz compiled
// to WebAssembly (@hpcc-js/wasm-graphviz, its own chunk, loaded the first
// time a graph is shown), sanitised, then shown at its natural size
// (width "content") or scaled to the container ("stretch").
import { h } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import DOMPurify from "dompurify";
import { cx } from "../classes.js";
import { ElementToolbar, useFullscreen } from "./element-toolbar.js";

let graphvizModule = null;
function loadGraphviz() {
  graphvizModule ??= import("./graphviz-lazy.js").then(({ Graphviz }) => Graphviz.load());
  return graphvizModule;
}

/** Graphviz's SVG document -> a sanitised <svg> element sized for the props. */
export function svgElement(svgText, props, fullscreen = false) {
  const clean = DOMPurify.sanitize(svgText, { USE_PROFILES: { svg: true, svgFilters: true }, RETURN_DOM_FRAGMENT: true });
  const svg = clean.querySelector("svg");
  if (!svg) return null;
  if (fullscreen) {
    svg.setAttribute("width", "100%");
    svg.setAttribute("height", "100%");
  } else if (props.width === "stretch") {
    svg.setAttribute("width", "100%");
    if (typeof props.height === "number" || props.height === "stretch") svg.setAttribute("height", "100%");
    else svg.removeAttribute("height");
  } else if (typeof props.width === "number") {
    svg.setAttribute("width", `${props.width}px`);
    svg.removeAttribute("height");
  }
  if (!fullscreen && typeof props.height === "number" && props.width !== "stretch") svg.setAttribute("height", `${props.height}px`);
  return svg;
}

export function GraphvizChartElement({ props }) {
  const target = useRef(null);
  const [error, setError] = useState(null);
  const [fullscreen, , fullscreenButton] = useFullscreen();

  useEffect(() => {
    let cancelled = false;
    loadGraphviz()
      .then((graphviz) => {
        if (cancelled || !target.current) return;
        const svg = svgElement(graphviz.layout(props.spec ?? "", "svg", props.engine || "dot"), props, fullscreen);
        target.current.replaceChildren(...(svg ? [svg] : []));
        setError(null);
      })
      .catch((err) => {
        if (cancelled) return;
        target.current?.replaceChildren();
        setError(String(err?.message ?? err));
      });
    return () => { cancelled = true; };
  }, [props.spec, props.engine, props.width, props.height, fullscreen]);

  const style = fullscreen ? { width: "100%", height: "100%" } : {
    width: props.width === "stretch" ? "100%" : typeof props.width === "number" ? `${props.width}px` : undefined,
    height: typeof props.height === "number" ? `${props.height}px` : undefined,
  };
  return h("div", { "data-testid": "stFullScreenFrame", class: cx("wl-chart-frame st-fullscreen-frame", fullscreen && "st-fullscreen") },
    h("div", { class: "wl-graphviz-box", style },
      h(ElementToolbar, { buttons: [fullscreenButton] }),
      error ? h("div", { class: "wl-chart-error", role: "alert" }, `Graphviz could not draw this graph: ${error}`) : null,
      h("div", {
        ref: target,
        class: "stGraphVizChart",
        "data-testid": "stGraphVizChart",
        id: `st-graphviz-chart-${props.elementId}`,
        role: props.alt ? "img" : undefined,
        "aria-label": props.alt ?? undefined,
      })));
}

// plotlyChart -> stPlotlyChart, drawn by plotly.js (its own chunk, loaded the
// first time a Plotly chart is shown). With on_select (props.id set) the
// chart is a widget: box, lasso and point selections become Streamlit's
// selection state (JSON text with snake_case keys), sent like any widget value.
import { h } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import { cx } from "../classes.js";
import { AppContext } from "../context.js";
import { useFullscreen } from "./element-toolbar.js";
import { adoptStyles } from "../stylesheets.js";
import { chartPalette, useThemeVersion } from "./chart-palette.js";
import { useContainerWidth } from "./chart-size.js";
import { themedFigure } from "./plotly-theme.js";

const MIN_WIDTH = 150;
// The modebar's Fullscreen button (Streamlit adds one to Plotly's toolbar): four corner arrows.
const FULLSCREEN_ICON = { width: 24, height: 24, path: "M4 4h6v2H6v4H4zm10 0h6v6h-2V6h-4zM4 14h2v4h4v2H4zm14 0h2v6h-6v-2h4z" };
const CLOSE_FULLSCREEN_ICON = { width: 24, height: 24, path: "M8 4h2v6H4V8h4zm6 0h2v4h4v2h-6zM4 14h6v6H8v-4H4zm10 0h6v2h-4v4h-2z" };
const DEFAULT_HEIGHT = 450;
// Point fields that are plotly.js internals (large, circular), not data.
const INTERNAL_POINT_FIELDS = new Set(["data", "fullData", "xaxis", "yaxis", "bbox"]);

let plotlyModule = null;
function loadPlotly() {
  plotlyModule ??= import("./plotly-lazy.js");
  return plotlyModule;
}

export function emptySelection() {
  return { selection: { points: [], point_indices: [], box: [], lasso: [] } };
}

function snakeCase(key) {
  return key.replace(/\./g, "_").replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/** A selected point as Streamlit reports it: its data fields, snake_case keys. */
export function pointState(point) {
  const out = {};
  for (const [key, value] of Object.entries(point)) {
    if (INTERNAL_POINT_FIELDS.has(key) || value === undefined || typeof value === "function") continue;
    out[snakeCase(key)] = value;
  }
  const group = point.data?.legendgroup;
  if (group) out.legendgroup = group;
  return out;
}

/** "M x,y L x,y ... Z" -> {x: [...], y: [...]} */
export function lassoPoints(path) {
  const x = [];
  const y = [];
  if (!path) return { x, y };
  for (const pair of path.replace(/[MZ]/g, "").split("L")) {
    const [px, py] = pair.split(",").map(Number);
    x.push(px);
    y.push(py);
  }
  return { x, y };
}

/** Streamlit's selection state for a plotly_selected event, or null when a
 * mode the chart does not allow made it. */
export function selectionState(event, modes) {
  const state = emptySelection();
  const indices = new Set();
  for (const point of event?.points ?? []) {
    state.selection.points.push(pointState(point));
    if (point.pointIndex != null) indices.add(point.pointIndex);
    for (const index of point.pointIndices ?? []) indices.add(index);
  }
  state.selection.point_indices = [...indices];
  for (const selection of event?.selections ?? []) {
    if (selection.type === "rect") {
      const has = ["x0", "x1", "y0", "y1"].every((k) => k in selection);
      state.selection.box.push({
        xref: selection.xref, yref: selection.yref,
        x: has ? [selection.x0, selection.x1] : [], y: has ? [selection.y0, selection.y1] : [],
      });
    } else if (selection.type === "path") {
      state.selection.lasso.push({ xref: selection.xref, yref: selection.yref, ...lassoPoints(selection.path) });
    }
  }
  if (state.selection.box.length && !modes.includes("box")) return null;
  if (state.selection.lasso.length && !modes.includes("lasso")) return null;
  return state;
}

/** plotly.js's config: the app's, with Streamlit's toolbar choices. */
export function plotlyConfig(configText, modes, fullscreenButton = null) {
  const config = configText ? JSON.parse(configText) : {};
  if (fullscreenButton) config.modeBarButtonsToAdd = [fullscreenButton, ...(config.modeBarButtonsToAdd ?? [])];
  if (!config.modeBarButtonsToRemove) {
    config.displaylogo = false;
    const remove = ["sendChartToCloud"];
    if (!modes.includes("lasso")) remove.push("lasso2d");
    if (!modes.includes("box")) remove.push("select2d");
    config.modeBarButtonsToRemove = remove;
  }
  return config;
}

/** Click/hover/drag modes that make the allowed selections easy (unless the figure sets its own). */
function applySelectionModes(layout, modes) {
  if (!layout.clickmode) layout.clickmode = modes.includes("points") ? "event+select" : "none";
  if (!layout.hovermode) layout.hovermode = "closest";
  if (!layout.dragmode) {
    if (modes.includes("points")) layout.dragmode = "pan";
    else if (modes.includes("box")) layout.dragmode = "select";
    else if (modes.includes("lasso")) layout.dragmode = "lasso";
    else layout.dragmode = "pan";
  }
}

/** Plotly's global stylesheet (modebar, hover labels), copied into an embedded app's shadow root. */
function shareStyles(node) {
  const root = node.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  const style = /** @type {HTMLStyleElement|null} */ (document.getElementById("plotly.js-style-global"));
  const rules = style?.sheet ? [...style.sheet.cssRules].map((rule) => rule.cssText).join("\n") : "";
  if (rules) adoptStyles(root, "plotly", rules);
}

export function PlotlyChartElement({ props }) {
  const app = useContext(AppContext);
  const frame = useRef(null);
  const plot = useRef(null);
  const available = useContainerWidth(frame);
  const [error, setError] = useState(null);
  const themeVersion = useThemeVersion();
  const [fullscreen, toggleFullscreen] = useFullscreen();
  const modes = props.id != null ? props.selectionMode ?? [] : [];
  const selecting = modes.length > 0 && !props.disabled;
  // Event handlers read the latest props and app (they are bound once).
  const latest = useRef(null);
  latest.current = { props, app, modes, toggleFullscreen };

  const width = (() => {
    if (available <= 0) return 0;
    const wanted = typeof props.width === "number" && !fullscreen ? Math.min(props.width, available) : available;
    return Math.max(wanted, MIN_WIDTH);
  })();

  useEffect(() => {
    const node = plot.current;
    if (!node || width === 0) return undefined;
    let cancelled = false;
    loadPlotly()
      .then(({ Plotly }) => {
        if (cancelled) return null;
        const figure = themedFigure(props.spec, props.theme, chartPalette(frame.current));
        const layout = figure.layout;
        layout.width = width;
        layout.height = typeof props.height === "number" ? props.height : layout.height ?? DEFAULT_HEIGHT;
        if (fullscreen) layout.height = Math.max(MIN_WIDTH, window.innerHeight - 80);
        if (selecting) applySelectionModes(layout, modes);
        const title = fullscreen ? "Close fullscreen" : "Fullscreen";
        const config = plotlyConfig(props.config, selecting ? modes : [], {
          name: title, title, icon: fullscreen ? CLOSE_FULLSCREEN_ICON : FULLSCREEN_ICON,
          click: () => latest.current.toggleFullscreen(),
        });
        return Plotly.react(node, { data: figure.data, layout, frames: figure.frames, config }).then(() => {
          shareStyles(node);
          if (!node.wlEventsBound) bindSelectionEvents(node, latest, Plotly);
          if (!cancelled) setError(null);
        });
      })
      .catch((err) => {
        console.error("wasmlit: plotly.js could not draw the figure", err);
        if (!cancelled) setError(String(err?.message ?? err));
      });
    return () => { cancelled = true; };
  }, [props.spec, props.config, props.theme, props.width, props.height, width, selecting, modes.join(), themeVersion, fullscreen]);

  useEffect(() => () => {
    if (plot.current && plotlyModule) plotlyModule.then(({ Plotly }) => Plotly.purge(plot.current)).catch(() => {});
  }, []);

  return h("div", { "data-testid": "stFullScreenFrame", ref: frame, class: cx("wl-chart-frame st-fullscreen-frame", fullscreen && "st-fullscreen") },
    h("div", {
      class: "stPlotlyChart",
      "data-testid": "stPlotlyChart",
      role: props.alt ? "img" : undefined,
      "aria-label": props.alt ?? undefined,
    },
    error ? h("div", { class: "wl-chart-error", role: "alert" }, error) : null,
    h("div", { ref: plot })));
}

function bindSelectionEvents(node, latest, Plotly) {
  node.wlEventsBound = true;
  const send = (state) => {
    const { props, app, modes } = latest.current;
    if (props.id == null || !modes.length || !app) return;
    const text = JSON.stringify(state);
    if (app.widgets.value(props.id) === text) return;
    app.actions.change(props, text);
  };
  node.on("plotly_selected", (event) => {
    if (!event) return;
    const state = selectionState(event, latest.current.modes);
    if (state) send(state);
  });
  node.on("plotly_deselect", () => send(emptySelection()));
  node.on("plotly_doubleclick", () => {
    send(emptySelection());
    // Clears the drawn selection too (plotly.js keeps it otherwise).
    Plotly.update(node, { selectedpoints: [null] }, { selections: [] }).catch(() => {});
  });
}

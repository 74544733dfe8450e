// deckGlJsonChart -> stDeckGlJsonChart (st.pydeck_chart, st.map): the deck's
// JSON turned into deck.gl layers by deck.gl's JSON converter and drawn with
// WebGL (deck.gl is its own chunk, loaded the first time a map is shown; its
// aggregation/geo/mesh layer packs only when a deck uses one). Base maps:
// deck-basemap.js. With on_select (props.id set) clicks pick objects, sent as
// Streamlit's selection state; picked objects are highlighted.
import { h } from "preact";
import { useContext, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { cx } from "../classes.js";
import { AppContext } from "../context.js";
import { ElementToolbar, useFullscreen } from "./element-toolbar.js";
import { chartPalette, parseColor, useThemeVersion } from "./chart-palette.js";
import { createBaseMap, resolveMapStyle } from "./deck-basemap.js";

const DEFAULT_HEIGHT = 500;
const ZOOM_TRANSITION_MS = 250;
const SELECTED_ALPHA = 255;
const UNSELECTED_ALPHA = Math.floor(255 * 0.4);
const EMPTY = { selection: { indices: {}, objects: {} } };

// Layers of the optional packs, by @@type (deck.gl 9's names).
const PACK_LAYERS = {
  aggregation: ["ContourLayer", "GridLayer", "HeatmapLayer", "HexagonLayer", "ScreenGridLayer", "CPUGridLayer", "GPUGridLayer"],
  geo: ["A5Layer", "GeohashLayer", "GreatCircleLayer", "H3ClusterLayer", "H3HexagonLayer", "MVTLayer", "QuadkeyLayer",
    "S2Layer", "TerrainLayer", "Tile3DLayer", "TileLayer", "TripsLayer", "_WMSLayer"],
  mesh: ["ScenegraphLayer", "SimpleMeshLayer"],
};
// The colour accessors selection highlighting changes, by layer type.
const COLOR_ACCESSORS = {
  ScatterplotLayer: ["getFillColor", "getLineColor"],
  ArcLayer: ["getSourceColor", "getTargetColor"],
  ColumnLayer: ["getFillColor"], GeoJsonLayer: ["getFillColor"], PolygonLayer: ["getFillColor"],
  SolidPolygonLayer: ["getFillColor"], GeohashLayer: ["getFillColor"], H3ClusterLayer: ["getFillColor"],
  H3HexagonLayer: ["getFillColor"], MVTLayer: ["getFillColor"], QuadkeyLayer: ["getFillColor"], S2Layer: ["getFillColor"],
  IconLayer: ["getColor"], LineLayer: ["getColor"], PathLayer: ["getColor"], PointCloudLayer: ["getColor"],
  TextLayer: ["getColor"], TripsLayer: ["getColor"], SimpleMeshLayer: ["getColor"], ScenegraphLayer: ["getColor"],
};

let deckModule = null;
function loadDeck() {
  deckModule ??= import("./deck-lazy.js");
  return deckModule;
}

/** Every "@@type" named anywhere in the spec. */
export function typeNames(value, out = new Set()) {
  if (Array.isArray(value)) for (const item of value) typeNames(item, out);
  else if (value && typeof value === "object") {
    if (typeof value["@@type"] === "string") out.add(value["@@type"]);
    for (const item of Object.values(value)) typeNames(item, out);
  }
  return out;
}

/** The deck.gl classes the spec needs (loading the optional packs it uses). */
async function layerClasses(spec) {
  const { coreLayers, LAYER_PACKS } = await loadDeck();
  const names = typeNames(spec.layers ?? []);
  const packs = Object.keys(PACK_LAYERS).filter((pack) => PACK_LAYERS[pack].some((name) => names.has(name)));
  const loaded = await Promise.all(packs.map((pack) => LAYER_PACKS[pack]()));
  const classes = { ...coreLayers };
  for (const module of loaded) Object.assign(classes, module);
  // deck.gl 9 merged the CPU/GPU grid layers that older pydeck examples name.
  if (classes.GridLayer) Object.assign(classes, { CPUGridLayer: classes.GridLayer, GPUGridLayer: classes.GridLayer });
  return classes;
}

/** `{field}` placeholders of a tooltip filled from the picked object (or its properties). */
export function interpolate(template, object) {
  return template.replace(/{(.*?)}/g, (match, name) => {
    if (Object.prototype.hasOwnProperty.call(object, name)) return String(object[name]);
    if (object.properties && Object.prototype.hasOwnProperty.call(object.properties, name)) return String(object.properties[name]);
    return match;
  });
}

export function tooltipFor(info, tooltipText) {
  if (!info?.object || !tooltipText) return null;
  const tooltip = JSON.parse(tooltipText);
  if (tooltip.html) tooltip.html = interpolate(String(tooltip.html), info.object);
  else if (tooltip.text != null) tooltip.text = interpolate(String(tooltip.text), info.object);
  return tooltip;
}

/** The next selection after a click (Streamlit's rules), or null when it does not change. */
export function nextSelection(current, info, mode) {
  const { index, object } = info;
  const layerId = `${info.layer?.id || null}`;
  const now = current?.selection ?? EMPTY.selection;
  let selection;
  if (index === -1) selection = EMPTY.selection;
  else if (mode === "single-object") {
    selection = now.indices?.[layerId]?.[0] === index
      ? EMPTY.selection
      : { indices: { [layerId]: [index] }, objects: { [layerId]: [object] } };
  } else {
    const picked = new Map((now.indices?.[layerId] ?? []).map((i, n) => [i, now.objects?.[layerId]?.[n]]));
    if (picked.has(index)) picked.delete(index);
    else picked.set(index, object);
    const indices = { ...now.indices };
    const objects = { ...now.objects };
    if (picked.size === 0) {
      delete indices[layerId];
      delete objects[layerId];
    } else {
      indices[layerId] = [...picked.keys()];
      objects[layerId] = [...picked.values()];
    }
    selection = { indices, objects };
  }
  return JSON.stringify(selection) === JSON.stringify(now) ? null : { selection };
}

function readState(text) {
  try {
    const state = text ? JSON.parse(text) : null;
    return state?.selection ? state : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** The spec as the converter takes it: views and base map fields out, st.map's "primary" colour resolved. */
function preparedSpec(spec, palette) {
  const copy = { ...spec };
  delete copy.views;
  delete copy.mapStyle;
  delete copy.mapProvider;
  const [r, g, b] = parseColor(palette.primary) ?? [255, 75, 75];
  copy.layers = (spec.layers ?? []).map((layer) => {
    if (!layer || typeof layer !== "object" || Array.isArray(layer)) return layer;
    const out = { ...layer };
    for (const [key, value] of Object.entries(out)) {
      if (value === "primary" && /^get.*Color$/.test(key)) out[key] = [r, g, b, 160];
    }
    return out;
  });
  return copy;
}

/** Layers with picking on (when no layer says otherwise) and the picked objects highlighted. */
function selectableLayers(layers, selection, palette, anyPickable) {
  const anySelected = Object.values(selection.indices ?? {}).some((list) => list?.length);
  const [pr, pg, pb] = parseColor(palette.primary) ?? [255, 75, 75];
  const [gr, gg, gb] = parseColor(palette.secondaryBackground) ?? [240, 242, 246];
  return layers.map((layer) => {
    const changes = {};
    if (!anyPickable) changes.pickable = true;
    const accessors = COLOR_ACCESSORS[layer.constructor.layerName] ?? [];
    if (anySelected && accessors.length) {
      const picked = selection.indices?.[`${layer.id || null}`] ?? [];
      const triggers = { ...(layer.props.updateTriggers ?? {}) };
      for (const name of accessors) {
        const original = layer.props[name];
        changes[name] = (object, info) => {
          const isPicked = picked.includes(info.index);
          const base = typeof original === "function" ? original(object, info) : original;
          if (Array.isArray(base)) {
            const alpha = typeof base[3] === "number" ? base[3] : 255;
            return [base[0] || 0, base[1] || 0, base[2] || 0,
              isPicked ? Math.max(alpha, SELECTED_ALPHA) : Math.min(alpha, UNSELECTED_ALPHA)];
          }
          return isPicked ? [pr, pg, pb, SELECTED_ALPHA] : [gr, gg, gb, UNSELECTED_ALPHA];
        };
        triggers[name] = [...(triggers[name] ?? []), picked.join(), anySelected];
      }
      changes.updateTriggers = triggers;
    }
    return Object.keys(changes).length ? layer.clone(changes) : layer;
  });
}

export function DeckGlJsonChartElement({ props }) {
  const app = useContext(AppContext);
  const chart = useRef(null);
  const canvasHolder = useRef(null);
  const mapHolder = useRef(null);
  const deckRef = useRef(null);
  const baseMap = useRef(null);
  const viewKey = useRef(null);
  const view = useRef(null); // the view the user is looking at
  const zoomTarget = useRef(/** @type {{zoom: number, until: number} | null} */ (null)); // where a zoom click is going
  const [error, setError] = useState(null);
  const themeVersion = useThemeVersion();
  const [fullscreen, , fullscreenButton] = useFullscreen();
  const mode = props.id != null ? props.selectionMode?.[0] : undefined;
  const selecting = mode !== undefined && !props.disabled;
  const stateText = props.id != null ? app?.widgets.value(props.id) : null;
  const selection = readState(stateText);
  const hasSelection = selecting && Object.keys(selection.selection.indices ?? {}).length > 0;
  const latest = useRef(null);
  latest.current = { props, app, mode, selecting };

  const spec = useMemo(() => {
    try {
      return JSON.parse(props.json || "{}");
    } catch {
      return null;
    }
  }, [props.json]);
  const style = spec ? resolveMapStyle(spec, props) : null;
  const styleKey = style == null ? "" : typeof style === "string" ? style : JSON.stringify(style);

  useEffect(() => {
    let cancelled = false;
    if (!spec) {
      setError("The deck's JSON could not be read.");
      return undefined;
    }
    const palette = chartPalette(chart.current);
    Promise.all([loadDeck(), layerClasses(spec)])
      .then(([{ Deck, JSONConverter }, classes]) => {
        if (cancelled || !canvasHolder.current) return;
        const converter = new JSONConverter({ configuration: { classes } });
        const converted = converter.convert(preparedSpec(spec, palette));
        let layers = (converted.layers ?? []).filter(Boolean);
        if (selecting) {
          const anyPickable = (spec.layers ?? []).some((layer) => layer && Object.prototype.hasOwnProperty.call(layer, "pickable"));
          layers = selectableLayers(layers, selection.selection, palette, anyPickable);
        }
        const initialViewState = { bearing: 0, pitch: 0, zoom: 11, ...(converted.initialViewState ?? {}) };
        const nextViewKey = JSON.stringify(initialViewState);
        const deckProps = {
          layers,
          getTooltip: (info) => tooltipFor(info, latest.current.props.tooltip),
          onClick: selecting ? (info) => onPick(info, latest) : null,
        };
        if (!deckRef.current) {
          deckRef.current = new Deck({
            parent: canvasHolder.current,
            width: "100%",
            height: "100%",
            controller: true,
            initialViewState,
            onViewStateChange: ({ viewState }) => {
              view.current = viewState;
              baseMap.current?.update(viewState);
            },
            onError: (err) => setError(String(err?.message ?? err)),
            ...deckProps,
          });
          canvasHolder.current.wlDeck = deckRef.current;  // for tests and debugging
        } else {
          deckRef.current.setProps(nextViewKey !== viewKey.current ? { ...deckProps, initialViewState } : deckProps);
        }
        if (nextViewKey !== viewKey.current) {
          view.current = initialViewState;
          baseMap.current?.update(initialViewState);
        }
        viewKey.current = nextViewKey;
        setError(null);
      })
      .catch((err) => {
        console.error("wasmlit: deck.gl could not draw the chart", err);
        if (!cancelled) setError(String(err?.message ?? err));
      });
    return () => { cancelled = true; };
  }, [props.json, props.tooltip, selecting, stateText, themeVersion]);

  // The base map: created for a style, replaced when the style changes.
  useEffect(() => {
    if (!style || !mapHolder.current) return undefined;
    let cancelled = false;
    let view = { latitude: 0, longitude: 0, zoom: 1 };
    try {
      view = deckRef.current?.viewState ?? JSON.parse(viewKey.current ?? "null") ?? { ...(spec?.initialViewState ?? view) };
    } catch { /* keep the default */ }
    createBaseMap(mapHolder.current, style, props.mapboxToken, view)
      .then((map) => {
        if (cancelled) map.remove();
        else baseMap.current = map;
      })
      .catch((err) => console.error("wasmlit: the base map could not be drawn", err));
    return () => {
      cancelled = true;
      baseMap.current?.remove();
      baseMap.current = null;
    };
  }, [styleKey, props.mapboxToken]);

  useEffect(() => () => {
    deckRef.current?.finalize();
    deckRef.current = null;
  }, []);

  const size = fullscreen ? { width: "100%", height: "100%" } : {
    width: typeof props.width === "number" ? `${props.width}px` : "100%",
    height: `${typeof props.height === "number" ? props.height : DEFAULT_HEIGHT}px`,
  };
  const clear = () => latest.current.app?.actions.change(latest.current.props, JSON.stringify(EMPTY));
  const zoomBy = (step) => {
    const deck = deckRef.current;
    if (!deck || !view.current) return;
    // A click during the previous click's transition steps from where that
    // one is going (the view in flight is between the two zoom levels).
    const now = performance.now();
    const pending = zoomTarget.current && now < zoomTarget.current.until ? zoomTarget.current.zoom : null;
    const zoom = (pending ?? view.current.zoom ?? 0) + step;
    zoomTarget.current = { zoom, until: now + ZOOM_TRANSITION_MS + 50 };
    const next = { ...view.current, zoom, transitionDuration: ZOOM_TRANSITION_MS };
    view.current = next;
    deck.setProps({ initialViewState: next });
    baseMap.current?.update(next);
  };
  const buttons = hasSelection ? [{ label: "Clear selection", icon: "close", onClick: clear }, fullscreenButton] : [fullscreenButton];
  return h("div", { "data-testid": "stFullScreenFrame", class: cx("wl-chart-frame st-fullscreen-frame", fullscreen && "st-fullscreen") },
    h("div", {
      ref: chart,
      class: "stDeckGlJsonChart",
      "data-testid": "stDeckGlJsonChart",
      style: size,
      role: props.alt ? "img" : undefined,
      "aria-label": props.alt ?? undefined,
    },
    h(ElementToolbar, { buttons }),
    h("div", { class: `wl-deck-stage${style ? "" : " wl-deck-plain"}` },
      h("div", { ref: mapHolder, class: "wl-deck-basemap" }),
      h("div", { ref: canvasHolder, class: "wl-deck-canvas" }),
      h(ZoomButtons, { zoomBy })),
    error ? h("div", { class: "wl-chart-error", role: "alert" }, error) : null));
}

function onPick(info, latest) {
  const { props, app, mode } = latest.current;
  if (!app || props.id == null) return;
  const next = nextSelection(readState(app.widgets.value(props.id)), info, mode);
  if (next) app.actions.change(props, JSON.stringify(next));
}

// Zoom buttons where Streamlit has its map control's (same classes and titles).
const PLUS = "M7 2h2v5h5v2H9v5H7V9H2V7h5z";
const MINUS = "M2 7h12v2H2z";

function ZoomButtons({ zoomBy }) {
  const button = (title, step, path, which) => h("button", {
    type: "button",
    class: `mapboxgl-ctrl-icon mapboxgl-ctrl-zoom-${which}`,
    title,
    "aria-label": title,
    onClick: () => zoomBy(step),
  }, h("svg", { viewBox: "0 0 16 16", width: 16, height: 16, "aria-hidden": "true" }, h("path", { d: path })));
  return h("div", { "data-testid": "stDeckGlJsonChartZoomButton", class: "wl-deck-zoom" },
    h("div", { class: "mapboxgl-ctrl mapboxgl-ctrl-group" },
      button("Zoom In", 1, PLUS, "in"), button("Zoom Out", -1, MINUS, "out")));
}

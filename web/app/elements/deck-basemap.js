// The base map under a deck. No tile server can be assumed reachable (a site
// may be used offline), so a deck is drawn on a plain background unless a map
// style is given: the deck's own `mapStyle` (pydeck's map_style), except
// pydeck's built-in Carto styles, which every Deck carries by default; or,
// for those and for st.map, the `wasmlit.mapStyle` config option. A
// mapbox:// style needs a Mapbox token (pydeck's api_keys, MAPBOX_API_KEY or
// the `mapbox.token` option). The map is drawn by MapLibre GL (loaded only
// then) and follows the deck's view.
import { adoptStyles } from "../stylesheets.js";

// Where pydeck's named styles (light, dark, road, ...) point.
const PYDECK_DEFAULT_STYLES = /^https:\/\/basemaps\.cartocdn\.com\/gl\//;

/** The style to draw under the deck (a URL or a style object), or null for a plain background. */
export function resolveMapStyle(spec, props) {
  let style = Array.isArray(spec?.mapStyle) ? spec.mapStyle[0] : spec?.mapStyle;
  if (!style || (typeof style === "string" && PYDECK_DEFAULT_STYLES.test(style))) style = props.defaultMapStyle || null;
  if (typeof style === "string" && style.startsWith("mapbox://") && !props.mapboxToken) return null;
  return style ?? null;
}

/** mapbox:// URLs -> Mapbox's HTTPS API, with the token. */
export function mapboxUrl(url, token) {
  if (!url.startsWith("mapbox://")) return url;
  const path = url.slice("mapbox://".length);
  const withToken = (base) => `${base}${base.includes("?") ? "&" : "?"}access_token=${encodeURIComponent(token ?? "")}`;
  let match = /^styles\/([^/]+)\/([^/?]+)/.exec(path);
  if (match) return withToken(`https://api.mapbox.com/styles/v1/${match[1]}/${match[2]}`);
  match = /^sprites\/([^/]+)\/([^/@.?]+)(.*)$/.exec(path);
  if (match) return withToken(`https://api.mapbox.com/styles/v1/${match[1]}/${match[2]}/sprite${match[3].split("?")[0]}`);
  match = /^fonts\/([^/]+)\/(.+)$/.exec(path);
  if (match) return withToken(`https://api.mapbox.com/fonts/v1/${match[1]}/${match[2]}`);
  if (path.startsWith("tiles/")) return withToken(`https://api.mapbox.com/v4/${path.slice("tiles/".length)}`);
  return withToken(`https://api.mapbox.com/v4/${path.split("?")[0]}.json?secure`);
}

let maplibreModule = null;

/**
 * A MapLibre map in `container` showing `style`, following the deck's view.
 * @returns {Promise<{update(viewState): void, remove(): void}>}
 */
export async function createBaseMap(container, style, token, viewState) {
  maplibreModule ??= import("./maplibre-lazy.js");
  const { MapLibreMap, maplibreCss } = await maplibreModule;
  adoptStyles(container.getRootNode(), "maplibre", maplibreCss);
  const camera = (view) => ({
    center: [view.longitude ?? 0, view.latitude ?? 0],
    zoom: view.zoom ?? 0,
    bearing: view.bearing ?? 0,
    pitch: view.pitch ?? 0,
  });
  // MapLibre makes its container position: relative; a child keeps the holder's placement.
  const holder = document.createElement("div");
  holder.style.cssText = "width: 100%; height: 100%;";
  container.replaceChildren(holder);
  const map = new MapLibreMap({
    container: holder,
    style: typeof style === "string" ? mapboxUrl(style, token) : style,
    interactive: false,
    attributionControl: { compact: true },
    transformRequest: (url) => ({ url: mapboxUrl(url, token) }),
    ...camera(viewState),
  });
  return {
    update: (view) => map.jumpTo(camera(view)),
    remove: () => {
      map.remove();
      holder.remove();
    },
  };
}

// MapLibre GL and its worker, in their own lazily loaded chunk and asset:
// used only to draw a base map under a deck when the app or config gives a
// map style (web/app/elements/deck-basemap.js).
import { Map as MapLibreMap, setWorkerUrl } from "maplibre-gl";
import maplibreCss from "maplibre-gl/dist/maplibre-gl.css?inline";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

setWorkerUrl(new URL(workerUrl, import.meta.url).href);

export { MapLibreMap, maplibreCss };

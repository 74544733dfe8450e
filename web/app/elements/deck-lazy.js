// deck.gl's core, its standard layers and its JSON converter, in their own
// lazily loaded chunk. The other layer packs (aggregation, geo, mesh) are
// separate chunks, loaded only for a deck that uses one of their layers.
export { Deck } from "@deck.gl/core";
export { JSONConverter } from "@deck.gl/json";
export * as coreLayers from "@deck.gl/layers";

export const LAYER_PACKS = {
  aggregation: () => import("@deck.gl/aggregation-layers"),
  geo: () => import("@deck.gl/geo-layers"),
  mesh: () => import("@deck.gl/mesh-layers"),
};

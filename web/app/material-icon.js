// Material Symbols icons as Streamlit 1.67 draws them: the icon's name as text
// (a ligature of the Material Symbols Rounded font), so an icon's textContent
// is its name ("keyboard_arrow_right", "thumb_up", ...), as in Streamlit.
// The font (@material-symbols/font-400, bundled, 0.57 MB) is only downloaded
// when a page first shows an icon; font-display: block keeps the name from
// flashing as text while it loads.
import { h } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import fontUrl from "@material-symbols/font-400/material-symbols-rounded.woff2?url";
import { adoptStyles } from "./stylesheets.js";

const CSS = `
@font-face {
  font-family: "Material Symbols Rounded";
  font-style: normal;
  font-weight: 400;
  font-display: block;
  src: url("${fontUrl}") format("woff2");
}
.st-material-icon {
  font-family: "Material Symbols Rounded";
  font-weight: 400;
  font-style: normal;
  font-size: 1.25rem;
  line-height: 1;
  letter-spacing: normal;
  text-transform: none;
  display: inline-block;
  white-space: nowrap;
  overflow-wrap: normal;
  direction: ltr;
  user-select: none;
  vertical-align: middle;
  -webkit-font-smoothing: antialiased;
  text-rendering: optimizeLegibility;
  font-feature-settings: "liga";
}
`;

/** The stylesheet (with its @font-face) for the root `node` is in. */
export function adoptMaterialIconStyles(node) {
  if (node) adoptStyles(node.getRootNode(), "material-symbols", CSS);
}

/**
 * @param {{name: string, testid?: string, size?: string, class?: string}} props
 *   name: a Material Symbols name ("check", "thumb_up"); testid: defaults to
 *   stIconMaterial (status icons use their own, e.g. stExpanderIconCheck).
 */
export function MaterialIcon({ name, testid = "stIconMaterial", size, class: className }) {
  const ref = useRef(null);
  useLayoutEffect(() => adoptMaterialIconStyles(ref.current), []);
  return h("span", {
    ref,
    class: className ? `st-material-icon ${className}` : "st-material-icon",
    "data-testid": testid,
    "aria-hidden": "true",
    translate: false, // the DOM property: false gives translate="no"
    style: size ? { fontSize: size } : undefined,
  }, name);
}

/** "material/thumb_up" or ":material/thumb_up:" -> "thumb_up" (null otherwise). */
export function materialIconName(icon) {
  const match = /^:?material\/([a-z0-9_]+):?$/.exec(String(icon ?? "").trim());
  return match ? match[1] : null;
}

// The toolbar Streamlit 1.67 puts over images, charts and dataframes
// (shown on hover), and the fullscreen mode of their stFullScreenFrame:
//   div[stElementToolbar] > div[stElementToolbarButtonContainer]
//     > (div[stElementToolbarButton] > span[stTooltipHoverTarget]
//        > button[kind=elementToolbar][stBaseButton-elementToolbar][aria-label] > svg[stElementToolbarButtonIcon])*
import { h } from "preact";
import { useLayoutEffect, useState } from "preact/hooks";

const ICON = { viewBox: "0 0 24 24", "aria-hidden": "true", focusable: "false", fill: "currentColor",
  xmlns: "http://www.w3.org/2000/svg", "data-testid": "stElementToolbarButtonIcon", width: "1rem", height: "1rem" };

const PATHS = {
  fullscreen: "M7 14H5v5h5v-2H7v-3zm-2-4h2V7h3V5H5v5zm12 7h-3v2h5v-5h-2v3zM14 5v2h3v3h2V5h-5z",
  exitFullscreen: "M5 16h3v3h2v-5H5v2zm3-8H5v2h5V5H8v3zm6 11h2v-3h3v-2h-5v5zm2-11V5h-2v5h5V8h-3z",
  download: "M19 9h-4V3H9v6H5l7 7 7-7zM5 18v2h14v-2H5z",
  close: "M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z",
  copy: "M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11v14z",
  // A grid (a chart's "Show data") and a bar chart ("Show chart").
  table: "M3 4h18v16H3V4zm2 2v3h4V6H5zm6 0v3h8V6h-8zm-6 5v3h4v-3H5zm6 0v3h8v-3h-8zm-6 5v2h4v-2H5zm6 0v2h8v-2h-8z",
  chart: "M4 4h16v16H4V4zm2 2v12h12V6H6zm1 5h2v6H7v-6zm4-3h2v9h-2V8zm4 5h2v4h-2v-4z",
};

/**
 * @param {{buttons: {label: string, icon: keyof typeof PATHS, onClick: () => void}[]}} props
 */
export function ElementToolbar({ buttons }) {
  return h("div", { "data-testid": "stElementToolbar", class: "st-element-toolbar" },
    h("div", { "data-testid": "stElementToolbarButtonContainer", class: "st-element-toolbar-buttons" },
      buttons.map((button) =>
        h("div", { key: button.label, "data-testid": "stElementToolbarButton" },
          h("span", { "data-testid": "stTooltipHoverTarget", class: "stTooltipHoverTarget", title: button.label },
            h("button", {
              type: "button",
              kind: "elementToolbar",
              "data-testid": "stBaseButton-elementToolbar",
              class: "st-element-toolbar-button",
              "aria-label": button.label,
              onClick: button.onClick,
            }, h("svg", ICON, h("path", { d: PATHS[button.icon] }))))))));
}

/** [fullscreen, toggle, button]: the frame's fullscreen state (Escape leaves it)
 *  and its toolbar button ("Fullscreen" / "Close fullscreen", Streamlit's labels).
 * @returns {[boolean, () => void, {label: string, icon: keyof typeof PATHS, onClick: () => void}]} */
export function useFullscreen(label = "Fullscreen") {
  const [full, setFull] = useState(false);
  useLayoutEffect(() => {
    if (!full) return undefined;
    const onKey = (event) => { if (event.key === "Escape") setFull(false); };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [full]);
  const toggle = () => setFull(!full);
  /** @type {{label: string, icon: keyof typeof PATHS, onClick: () => void}} */
  const button = full
    ? { label: "Close fullscreen", icon: "exitFullscreen", onClick: toggle }
    : { label, icon: "fullscreen", onClick: toggle };
  return [full, toggle, button];
}

/** Saves `data` (a Blob or a data: URL) as `name` through a temporary <a download>. */
export function saveFile(data, name) {
  const url = typeof data === "string" ? data : URL.createObjectURL(data);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  if (typeof data !== "string") setTimeout(() => URL.revokeObjectURL(url), 1000);
}

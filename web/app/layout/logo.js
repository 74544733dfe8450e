// st.logo (Streamlit 1.67's DOM), loaded the first time an app sends one:
//   sidebar header:  div > [a[data-testid=stLogoLink][href][target=_blank][rel=noreferrer]]
//                          > img.stLogo[data-testid=stSidebarLogo][alt=Logo]
//   app header (no sidebar, or a collapsed one; icon_image when given):
//                    div > [a[stLogoLink]] > img.stLogo[data-testid=stHeaderLogo][alt=Logo]
// A Material icon or an emoji is a div.stLogo[role=img][aria-label="App Logo"]
// (the link carries the label instead when there is one) holding the icon.
import { h } from "preact";
import { MaterialIcon } from "../material-icon.js";
import { useMediaUrl } from "../media-url.js";

/**
 * @param {{image: import("../../../protocol/messages.js").LogoImage, testid: string,
 *          size: string, labelled: boolean}} props
 */
function LogoImage({ image, testid, size, labelled }) {
  const url = useMediaUrl(image.kind === "image" ? image.src : null);
  const cls = `stLogo st-logo st-logo-${size}`;
  if (image.kind === "icon" || image.kind === "emoji") {
    return h("div", { class: `${cls} st-logo-glyph`, "data-testid": testid, role: labelled ? "img" : undefined, "aria-label": labelled ? "App Logo" : undefined },
      h("span", null, image.kind === "icon"
        ? h(MaterialIcon, { name: image.value })
        : h("span", { "data-testid": "stIconEmoji", "aria-hidden": "true" }, image.value)));
  }
  return h("img", { class: cls, "data-testid": testid, src: url, alt: "Logo" });
}

/**
 * @param {{logo: import("../../../protocol/messages.js").LogoMsg, place: "sidebar"|"header"}} props  logo: the `logo` message
 */
export function AppLogo({ logo, place }) {
  const image = place === "header" && logo.iconImage ? logo.iconImage : logo.image;
  const testid = place === "sidebar" ? "stSidebarLogo" : "stHeaderLogo";
  const glyph = image.kind === "icon" || image.kind === "emoji";
  /** @type {import("preact").ComponentChild} */
  let inner = h(LogoImage, { image, testid, size: logo.size ?? "medium", labelled: glyph && !logo.link });
  if (logo.link) {
    inner = h("a", {
      "data-testid": "stLogoLink",
      class: "st-logo-link",
      href: logo.link,
      target: "_blank",
      rel: "noreferrer",
      "aria-label": glyph ? "App Logo" : undefined,
    }, inner);
  }
  return h("div", { class: `st-logo-slot st-logo-${place}` }, inner);
}

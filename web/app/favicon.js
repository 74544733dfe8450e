// The document's icon from st.set_page_config(page_icon=...): a URL as it is,
// an emoji drawn into an SVG (a Material icon name shows no glyph).

/** @param {string} icon */
export function setFavicon(icon, doc = document) {
  const text = String(icon);
  let href;
  if (/^(https?:|data:|\/|\.)/.test(text)) {
    href = text;
  } else {
    const glyph = text.startsWith(":material/") ? "" : text;
    href = `data:image/svg+xml,${encodeURIComponent(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${glyph.replace(/[<&>]/g, "")}</text></svg>`,
    )}`;
  }
  /** @type {HTMLLinkElement|null} */
  let link = doc.querySelector("link[rel~='icon']");
  if (!link) {
    link = doc.createElement("link");
    link.rel = "icon";
    doc.head.appendChild(link);
  }
  link.href = href;
}

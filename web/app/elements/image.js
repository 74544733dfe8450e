// st.image -> stImage: one stImageContainer per image (an <img>, and a
// stImageCaption holding a stCaptionContainer when it has a caption).
import { h } from "preact";
import { cx } from "../classes.js";
import { ElementToolbar, useFullscreen } from "./element-toolbar.js";
import { Markdown } from "../markdown-view.js";
import { useMediaUrl } from "../media-url.js";
import { safeHref, safeSrc } from "../safe-url.js";

function imageStyle(width) {
  if (typeof width === "number") return { width: `${width}px`, maxWidth: "100%" };
  if (width === "stretch") return { width: "100%", maxWidth: "100%" };
  return { maxWidth: "100%" };
}

function OneImage({ image, width, link }) {
  const url = useMediaUrl(image);
  const style = imageStyle(width);
  const img = h("img", { src: safeSrc(url), style, alt: image.alt ?? undefined });
  return h("div", { "data-testid": "stImageContainer", class: "st-image-container" },
    safeHref(link) ? h("a", { href: link, target: "_blank", rel: "noopener noreferrer" }, img) : img,
    image.caption != null
      ? h("div", { "data-testid": "stImageCaption", class: "st-image-caption", style },
          h(Markdown, { body: image.caption, testid: "stCaptionContainer" }))
      : null);
}

export function ImageElement({ props }) {
  const images = props.images ?? [];
  // Streamlit 1.67 names the fullscreen button after a single image's caption.
  const caption = images.length === 1 && images[0].caption ? images[0].caption : null;
  const [fullscreen, , fullscreenButton] = useFullscreen(caption ? `Fullscreen: ${caption}` : "Fullscreen");
  return h("div", { "data-testid": "stFullScreenFrame", class: cx("st-fullscreen-frame", fullscreen && "st-fullscreen") },
    h("div", null,
      h(ElementToolbar, { buttons: [fullscreenButton] }),
      h("div", { class: "stImage", "data-testid": "stImage" },
        images.map((image, index) =>
          h(OneImage, { key: index, image, width: props.width, link: props.link })))));
}

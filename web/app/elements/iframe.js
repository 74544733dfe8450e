// st.iframe / components.html / components.iframe -> iframe.stIFrame.
//
// In the standalone page the sandbox is Streamlit's (scripts and same origin
// allowed: the app is the site's own). In an app embedded in a host page
// (mount(), <wasmlit-app>) the HTML is someone else's code as far as the host
// is concerned: the frame gets an opaque origin (no allow-same-origin), so it
// cannot reach the host page, the other apps or the host's cookies and
// storage. A URL of another origin keeps allow-same-origin (its own origin is
// no danger to the host). A script URL as src is never loaded.
//
// HTML given as srcdoc with height "content" grows to its document's height:
// measured directly when same-origin, reported by a small script appended to
// the document when opaque (the only message the page accepts from a frame,
// and only from that frame's own window).
import { h } from "preact";
import { useContext, useEffect, useRef } from "preact/hooks";
import { AppContext } from "../context.js";
import { safeSrc } from "../safe-url.js";

const STREAMLIT_SANDBOX = "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts allow-downloads";
export const OPAQUE_SANDBOX = "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-scripts allow-downloads";
const HEIGHT_MESSAGE = "wasmlitFrameHeight";
const HEIGHT_REPORTER =
  `<script>(function(){var last=-1;function send(){var h=document.documentElement.scrollHeight;` +
  `if(h!==last){last=h;parent.postMessage({${HEIGHT_MESSAGE}:h},"*");}}` +
  `addEventListener("load",send);if(window.ResizeObserver)new ResizeObserver(send).observe(document.documentElement);send();})()</script>`;

function size(value) {
  return typeof value === "number" ? `${value}px` : value === "stretch" ? "100%" : undefined;
}

/** Whether a frame of `src` may keep its own origin inside an embedded app. */
function isOtherOrigin(src) {
  try {
    const url = new URL(src, document.baseURI);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin !== location.origin;
  } catch {
    return false;
  }
}

export function frameSandbox(embedded, srcdoc, src) {
  if (!embedded) return STREAMLIT_SANDBOX;
  return srcdoc == null && src && isOtherOrigin(src) ? STREAMLIT_SANDBOX : OPAQUE_SANDBOX;
}

export function IFrameElement({ props }) {
  const ref = useRef(null);
  const app = useContext(AppContext);
  const embedded = Boolean(app?.embedded);
  const autoHeight = props.height === "content" && props.srcdoc != null;
  const src = props.srcdoc == null ? safeSrc(props.src) : undefined;
  const sandbox = frameSandbox(embedded, props.srcdoc, src);
  const opaque = sandbox === OPAQUE_SANDBOX;
  const fit = () => {
    if (!autoHeight || opaque) return;
    const frame = ref.current;
    const doc = frame?.contentDocument;
    if (!doc?.documentElement) return;
    frame.style.height = `${doc.documentElement.scrollHeight}px`;
  };
  useEffect(() => {
    if (!autoHeight || !opaque) return undefined;
    const onMessage = (event) => {
      const frame = ref.current;
      if (!frame || event.source !== frame.contentWindow) return;
      const height = event.data?.[HEIGHT_MESSAGE];
      if (typeof height === "number" && Number.isFinite(height) && height >= 0) frame.style.height = `${Math.ceil(height)}px`;
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [autoHeight, opaque]);
  const srcdoc = props.srcdoc == null ? undefined : autoHeight && opaque ? props.srcdoc + HEIGHT_REPORTER : props.srcdoc;
  return h("iframe", {
    ref,
    class: "stIFrame",
    "data-testid": "stIFrame",
    src,
    srcdoc,
    sandbox,
    title: props.alt ?? "st.iframe",
    tabindex: props.tabIndex ?? undefined,
    scrolling: props.scrolling ? "auto" : "no",
    onLoad: fit,
    style: {
      width: size(props.width) ?? "100%",
      height: autoHeight ? undefined : size(props.height) ?? "150px",
      border: "none",
      colorScheme: "normal",
      display: "block",
    },
  });
}

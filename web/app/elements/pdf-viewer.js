// st.pdf -> the PDF viewer, with the DOM Streamlit 1.67 shows (its
// `streamlit-pdf` component, a components.v2 element with isolated styles):
//   div.stBidiComponent > div > div[data-testid=stBidiComponentIsolated]
//     #shadow-root (open)
//       div[data-testid=pdf-container][role=region][aria-label=<alt>]
//         div.toolbar > button[title="Zoom In"] + button[title="Zoom Out"]
//         div[data-testid=pdf-content] (props.height px, scrolls)
//           div[data-testid=pdf-loading] "Loading PDF..." | div[data-testid=pdf-error]
//           div[data-testid=pdf-document-container] > div.page > canvas   (one per page)
// Pages are drawn by pdf.js (pdfjs-dist, its own lazy chunk plus its worker,
// loaded the first time a PDF is shown), each when it scrolls into view.
import { h, render } from "preact";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { useMediaUrl } from "../media-url.js";
import css from "./pdf-viewer.css?inline";

const ZOOM_STEP = 0.25;
const MIN_ZOOM = 0.5;
const MAX_ZOOM = 3;
const PAGE_GAP = 20;

function ZoomInIcon() {
  return h("svg", { viewBox: "0 0 24 24", "aria-hidden": "true", fill: "currentColor" },
    h("path", { d: "M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6v2z" }));
}

function ZoomOutIcon() {
  return h("svg", { viewBox: "0 0 24 24", "aria-hidden": "true", fill: "currentColor" },
    h("path", { d: "M19 13H5v-2h14v2z" }));
}

/** One page: its box is sized at once (from the page's viewport); drawn when visible. */
function Page({ doc, number, zoom, width, root }) {
  const boxRef = useRef(null);
  const canvasRef = useRef(null);
  const [size, setSize] = useState(null);
  const [visible, setVisible] = useState(number <= 2);
  useEffect(() => {
    let gone = false;
    doc.getPage(number).then((page) => {
      if (gone) return;
      const base = page.getViewport({ scale: 1 });
      const fit = width > 0 ? Math.min(1, (width - 2 * PAGE_GAP) / base.width) : 1;
      setSize({ page, scale: fit * zoom, width: base.width * fit * zoom, height: base.height * fit * zoom });
    });
    return () => {
      gone = true;
    };
  }, [doc, number, zoom, width]);
  useEffect(() => {
    const box = boxRef.current;
    if (!box || typeof IntersectionObserver !== "function") {
      setVisible(true);
      return undefined;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setVisible(true);
    }, { root, rootMargin: "200px" });
    observer.observe(box);
    return () => observer.disconnect();
  }, [root]);
  useEffect(() => {
    if (!size || !visible || !canvasRef.current) return undefined;
    const ratio = globalThis.devicePixelRatio || 1;
    const viewport = size.page.getViewport({ scale: size.scale * ratio });
    const canvas = canvasRef.current;
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    const task = size.page.render({ canvas, canvasContext: canvas.getContext("2d"), viewport });
    task.promise.catch(() => {});
    return () => task.cancel();
  }, [size, visible]);
  return h("div", {
    ref: boxRef,
    class: "page",
    "data-page-number": String(number),
    style: size ? { width: `${size.width}px`, height: `${size.height}px` } : { height: "400px" },
  },
    h("canvas", { ref: canvasRef, style: size ? { width: `${size.width}px`, height: `${size.height}px` } : undefined }));
}

function Viewer({ url, height, alt }) {
  const contentRef = useRef(null);
  const [doc, setDoc] = useState(null);
  const [error, setError] = useState(null);
  const [zoom, setZoom] = useState(1);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    if (!url) return undefined;
    let gone = false;
    let task = null;
    setDoc(null);
    setError(null);
    import("./pdfjs.js")
      .then(({ openPdf }) => {
        if (gone) return null;
        task = openPdf(url);
        return task.promise;
      })
      .then((loaded) => {
        if (!gone && loaded) setDoc(loaded);
      })
      .catch((e) => {
        if (!gone) setError(e?.message ?? String(e));
      });
    return () => {
      gone = true;
      task?.destroy();
    };
  }, [url]);

  useLayoutEffect(() => {
    const node = contentRef.current;
    if (!node) return undefined;
    const measure = () => setWidth(node.clientWidth);
    measure();
    const observer = typeof ResizeObserver === "function" ? new ResizeObserver(measure) : null;
    observer?.observe(node);
    return () => observer?.disconnect();
  }, []);

  const contentHeight = height === "stretch" ? "100%" : `${Number(height) || 500}px`;
  if (!url) {
    return h("div", { class: "no-file", "data-testid": "pdf-no-file-container" },
      h("div", null, h("h3", null, "No PDF file provided"), h("p", null, "Please provide a PDF file to display.")));
  }
  const pages = doc ? Array.from({ length: doc.numPages }, (_, i) => i + 1) : [];
  return h("div", {
    class: "container",
    "data-testid": "pdf-container",
    role: alt ? "region" : undefined,
    "aria-label": alt || undefined,
  },
    h("div", { class: "toolbar" },
      h("button", { type: "button", title: "Zoom In", "aria-label": "Zoom In", disabled: zoom >= MAX_ZOOM,
        onClick: () => setZoom((z) => Math.min(MAX_ZOOM, z + ZOOM_STEP)) }, h(ZoomInIcon, null)),
      h("button", { type: "button", title: "Zoom Out", "aria-label": "Zoom Out", disabled: zoom <= MIN_ZOOM,
        onClick: () => setZoom((z) => Math.max(MIN_ZOOM, z - ZOOM_STEP)) }, h(ZoomOutIcon, null))),
    h("div", { class: "content", ref: contentRef, style: { height: contentHeight }, "data-testid": "pdf-content" },
      !doc && !error
        ? h("div", { class: "loading", "data-testid": "pdf-loading" }, h("div", { class: "spinner" }), h("p", null, "Loading PDF..."))
        : null,
      error
        ? h("div", { class: "error", "data-testid": "pdf-error" },
            h("div", null, h("h3", null, "Failed to load PDF"), h("p", null, error)))
        : null,
      doc
        ? h("div", { class: "document", "data-testid": "pdf-document-container" },
            pages.map((number) => h(Page, { key: number, doc, number, zoom, width, root: contentRef.current })))
        : null));
}

/** Renders the viewer into an open shadow root on `host` (isolated styles, as Streamlit's). */
function Isolated({ children }) {
  const hostRef = useRef(null);
  const shadowRef = useRef(null);
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return undefined;
    if (!shadowRef.current) {
      const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
      const style = document.createElement("style");
      style.textContent = css;
      shadow.appendChild(style);
      const mount = document.createElement("div");
      shadow.appendChild(mount);
      shadowRef.current = mount;
    }
    render(children, shadowRef.current);
    return undefined;
  });
  useEffect(() => () => {
    if (shadowRef.current) render(null, shadowRef.current);
  }, []);
  return h("div", { ref: hostRef, class: "st-bidi-isolated", "data-testid": "stBidiComponentIsolated" });
}

export function PdfElement({ props }) {
  const url = useMediaUrl(props.src);
  return h("div", { class: "stBidiComponent st-pdf" },
    h("div", null,
      h(Isolated, null, h(Viewer, { url, height: props.height, alt: props.alt }))));
}

// pdf.js (pdfjs-dist, pinned in package.json), in its own lazy chunk: loaded
// the first time a page shows st.pdf. Its worker script is a file of the site
// (copied by Vite, no network). Fonts a PDF does not embed are drawn with the
// browser's own fonts; nothing is fetched from anywhere but the PDF's URL.
import { getDocument, GlobalWorkerOptions } from "pdfjs-dist";
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";

GlobalWorkerOptions.workerSrc = workerUrl;

/** A pdf.js loading task for the PDF at `url` (a blob: URL or the app's http(s) URL). */
export function openPdf(url) {
  return getDocument({ url, isEvalSupported: false, useSystemFonts: true, enableXfa: false, useWasm: false });
}

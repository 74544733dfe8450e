import { defineConfig } from "vite";
import { pyodideAssets } from "./scripts/vite-plugin-pyodide.js";

// Cross-origin isolation lets the page stop a CPU-bound script through
// Pyodide's interrupt buffer (a SharedArrayBuffer).
const isolationHeaders = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

// pyodide.mjs imports node:* modules only on its Node.js code path; Vite
// replaces them with empty stubs and warns once per module. Drop that noise.
function quietPyodideNodeImports(level, log, handler) {
  if (/externalized for browser compatibility, imported by .*pyodide\.mjs/.test(log.message ?? "")) return;
  handler(level, log);
}

// (Only the top-level preact/dompurify/marked: a dependency's own copy, e.g. mermaid's marked, stays with it.)
const RENDERER_CORE = /(?<!node_modules[\\/].*)node_modules[\\/](preact|dompurify|marked)[\\/]|web[\\/]app[\\/](context|classes|icons|help|portal|markdown-view|markdown|markdown-math|markdown-mermaid|markdown-code|escape-html|emoji|hooks|format)\.js|web[\\/]app[\\/]widgets[\\/](label|synced-input|input-instructions)\.js/;

export default defineConfig({
  base: "./",
  plugins: [pyodideAssets()],
  optimizeDeps: { exclude: ["pyodide"] },
  worker: {
    format: "es",
    rolldownOptions: { onLog: quietPyodideNodeImports },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // plotly.js (a lazy chunk) is one 4.6 MB file.
    chunkSizeWarningLimit: 5000,
    // The page's entry chunk's own imports are preloaded from the HTML (they
    // are fetched side by side, not one after the other: the entry starts
    // Python's worker sooner); no preload lists for dynamic imports: the lazy
    // renderers import from chunks the page already has.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) => (hostType === "html" ? deps : []),
    },
    rolldownOptions: {
      onLog: quietPyodideNodeImports,
      // The standalone page, and dist/wasmlit.js (unhashed, at the site root)
      // for pages that embed apps (web/embed/, docs/embedding.md).
      input: { index: "index.html", wasmlit: "web/embed/wasmlit.js" },
      preserveEntrySignatures: "exports-only",
      output: {
        entryFileNames: (chunk) => (chunk.name === "wasmlit" ? "wasmlit.js" : "assets/[name]-[hash].js"),
        // The renderer's core (shared by the page, the embed entry and the
        // lazily loaded renderers) in one chunk rather than a dozen small ones:
        // fewer requests, less import/export glue in the first download.
        // Vite's dynamic-import helper in a chunk of its own: in the renderer's
        // chunk it made the page's entry wait for ~190 KB of renderer code
        // before it could start Python's worker.
        advancedChunks: {
          groups: [
            { name: "renderer", test: RENDERER_CORE },
            { name: "import-helper", test: /preload-helper/, priority: 1 },
          ],
        },
      },
    },
  },
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
});

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
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      onLog: quietPyodideNodeImports,
      // The standalone page, and dist/wasmlit.js (unhashed, at the site root)
      // for pages that embed apps (web/embed/, docs/embedding.md).
      input: { index: "index.html", wasmlit: "web/embed/wasmlit.js" },
      preserveEntrySignatures: "exports-only",
      output: {
        entryFileNames: (chunk) => (chunk.name === "wasmlit" ? "wasmlit.js" : "assets/[name]-[hash].js"),
      },
    },
  },
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
});

// Pyodide's wasm as the page compiled it, for a sandboxed (opaque-origin)
// worker: such a worker gets the wasm's bytes from the page and no compiled-code
// cache, so every embedded app compiled the 9.6 MB itself. The page compiles
// it once and posts the WebAssembly.Module (SandboxWasmModuleMsg,
// web/boot/sandboxed-worker.js); worker/pyodide-module.js instantiates it in
// place of the bytes Pyodide downloads.

/** @type {{url: string, module: WebAssembly.Module}|null} */
let offered = null;

/** Keeps the page's module for the wasm at `url` (anything else is ignored). */
export function offerWasmModule(url, module) {
  if (typeof url === "string" && module instanceof WebAssembly.Module) offered = { url: absolute(url), module };
}

/** The page's module for the wasm at `url`, or null. */
export function sharedWasmModule(url) {
  return offered && offered.url === absolute(url) ? offered.module : null;
}

function absolute(url) {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

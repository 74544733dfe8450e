// The files the page and worker need from Pyodide, by fixed name under `indexURL`
// (loadPyodide looks them up by these names, so they are copied unhashed into
// dist/pyodide/), plus the micropip wheel, which the npm package does not ship.
import { fileURLToPath } from "node:url";
import path from "node:path";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const PYODIDE_DIR = path.join(ROOT, "node_modules", "pyodide");
export const VENDOR_CACHE = path.join(ROOT, "vendor-cache");

/** Served under <site>/pyodide/. */
export const PYODIDE_CORE_FILES = Object.freeze([
  "pyodide.asm.mjs",
  "pyodide.asm.wasm",
  "python_stdlib.zip",
  "pyodide-lock.json",
]);

export const MICROPIP_VERSION = "0.11.1";
export const MICROPIP_WHEEL = `micropip-${MICROPIP_VERSION}-py3-none-any.whl`;

/** name under pyodide/ -> absolute source path */
export function pyodideAssetSources() {
  const sources = new Map();
  for (const name of PYODIDE_CORE_FILES) sources.set(name, path.join(PYODIDE_DIR, name));
  sources.set(MICROPIP_WHEEL, path.join(VENDOR_CACHE, MICROPIP_WHEEL));
  return sources;
}

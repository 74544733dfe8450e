// The files the page and worker need from Pyodide, by fixed name under `indexURL`
// (loadPyodide looks them up by these names, so they are copied unhashed), plus
// the micropip wheel, which the npm package does not ship.
//
// Pyodide's files go into a folder named after its version, pyodide/<version>/,
// next to wasmlit's boot files made from them (scripts/boot/: content-hashed
// names): nothing under that folder ever changes, so it is served as immutable
// and browsers keep it in their HTTP cache (where Chromium also keeps the
// compiled wasm code). The site's pyodide/ folder itself holds the micropip
// wheel and any Pyodide packages a build ships (cli/packages.js).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const PYODIDE_DIR = path.join(ROOT, "node_modules", "pyodide");
export const VENDOR_CACHE = path.join(ROOT, "vendor-cache");

/** Served under <site>/pyodide/<version>/. */
export const PYODIDE_CORE_FILES = Object.freeze([
  "pyodide.asm.mjs",
  "pyodide.asm.wasm",
  "python_stdlib.zip",
  "pyodide-lock.json",
]);

export const MICROPIP_VERSION = "0.11.1";
export const MICROPIP_WHEEL = `micropip-${MICROPIP_VERSION}-py3-none-any.whl`;

/** The bundled Pyodide's version, e.g. "314.0.7". */
export function pyodideVersion() {
  return JSON.parse(readFileSync(path.join(PYODIDE_DIR, "package.json"), "utf8")).version;
}

/** The versioned folder's name under pyodide/ (its files are immutable). */
export function pyodideFolder() {
  return pyodideVersion();
}

/** path under pyodide/ -> absolute source path */
export function pyodideAssetSources() {
  const sources = new Map();
  const folder = pyodideFolder();
  for (const name of PYODIDE_CORE_FILES) sources.set(`${folder}/${name}`, path.join(PYODIDE_DIR, name));
  sources.set(MICROPIP_WHEEL, path.join(VENDOR_CACHE, MICROPIP_WHEEL));
  return sources;
}

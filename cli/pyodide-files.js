// Where the CLI finds Pyodide's lock file and version, and where it caches
// downloads. In a checkout they come from node_modules/pyodide; an installed
// package (`npm install wasmlit`) has no dependencies: the lock file is the one
// the built page serves (dist/pyodide/<version>/), and the version is the exact
// pin in wasmlit's own package.json.
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DIST_DIR, PACKAGE_ROOT } from "./dist.js";

const PYODIDE_PACKAGE = path.join(PACKAGE_ROOT, "node_modules", "pyodide");

/** True when this CLI runs from an installed package rather than a checkout. */
export function isInstalledPackage(root = PACKAGE_ROOT) {
  return root.split(path.sep).includes("node_modules");
}

/** Pyodide's version (e.g. "314.0.7"). */
export function pyodideVersion() {
  const installed = path.join(PYODIDE_PACKAGE, "package.json");
  if (existsSync(installed)) return JSON.parse(readFileSync(installed, "utf8")).version;
  const own = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8"));
  const pinned = own.devDependencies?.pyodide ?? own.dependencies?.pyodide;
  if (!pinned) throw new Error(`${PACKAGE_ROOT}/package.json does not pin pyodide`);
  return pinned;
}

/** The pyodide-lock.json the site serves (the page resolves Pyodide's packages with it). */
export function lockFile() {
  const served = path.join(DIST_DIR, "pyodide", pyodideVersion(), "pyodide-lock.json");
  for (const file of [served, path.join(PYODIDE_PACKAGE, "pyodide-lock.json")]) {
    if (existsSync(file)) return file;
  }
  throw new Error(`no ${served}: build the page first (\`npm run build\` in ${PACKAGE_ROOT})`);
}

/**
 * Folder for downloads kept between runs (the wheelhouses `serve` resolves):
 * $WASMLIT_CACHE_DIR, else vendor-cache/ in a checkout, else the user's cache
 * folder ($XDG_CACHE_HOME/wasmlit or ~/.cache/wasmlit) for an installed package.
 */
export function cacheDir() {
  if (process.env.WASMLIT_CACHE_DIR) return path.resolve(process.env.WASMLIT_CACHE_DIR);
  if (!isInstalledPackage()) return path.join(PACKAGE_ROOT, "vendor-cache");
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(base, "wasmlit");
}

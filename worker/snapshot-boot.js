// Booting Python from the memory snapshot the build made (scripts/boot/make.mjs):
// Pyodide's memory after importing wasmlit's runtime and the `streamlit`
// alias, restored instead of started, so the boot skips CPython's start-up and
// ~300 imports. Where it cannot be used (no JSPI, no snapshot in the build,
// an old browser) or fails in any way, the worker boots normally
// (worker/boot.js) and says why on the console.
import { loadPyodide, version as pyodideVersion } from "pyodide";
import { fetchGunzippedOffThread } from "./gunzip-off-thread.js";
import { readSnapshotPages } from "./snapshot-pages.js";
import { refreshTimeZone, snapshotModuleFactory } from "./snapshot-restore.js";

/**
 * Whether this worker can restore the build's snapshot.
 * @returns {{use: boolean, reason: string|null}} reason: why not (null: not worth a message)
 */
export function snapshotSupport(manifest, options = {}) {
  if (options.snapshot === false) return { use: false, reason: null };
  if (!manifest.snapshot) return { use: false, reason: null };
  // The snapshot was made with JSPI: Pyodide chose then how pyodide.ffi.run_sync
  // (and with it time.sleep) works, and that choice is in the snapshot.
  if (!("Suspending" in WebAssembly)) return { use: false, reason: "this browser has no JSPI (WebAssembly stack switching)" };
  if (typeof DecompressionStream === "undefined") return { use: false, reason: "this browser has no DecompressionStream" };
  return { use: true, reason: null };
}

/** @typedef {{saveData?: boolean, effectiveType?: string}} NetworkInformation  navigator.connection (Chromium only; not in lib.dom) */

/** Connection classes on which a first visit starts Python normally (see firstVisitPolicy). */
const SLOW_CONNECTIONS = new Set(["slow-2g", "2g", "3g"]);

/**
 * The first-visit policy (docs/boot.md): the snapshot adds ~4.5 MB to a first
 * visit's download and saves the CPU time of starting Python and importing the
 * runtime. On a link the browser calls slow (3g or worse: round trips of 270 ms
 * or more, or under 0.7 Mbit/s), or with Save-Data on, a first visit starts
 * Python normally from bytecode and downloads the snapshot afterwards for the
 * next visit; once it is in the HTTP cache it is always used.
 * @returns {Promise<{use: boolean, reason: string|null}>}
 */
export async function firstVisitPolicy(url, {
  sandboxed = false,
  connection = /** @type {Navigator & {connection?: NetworkInformation}} */ (globalThis.navigator)?.connection,
} = {}) {
  if (!connection) return { use: true, reason: null };
  const slow = connection.saveData ? "Save-Data is on" : SLOW_CONNECTIONS.has(connection.effectiveType)
    ? `the connection is slow (${connection.effectiveType})`
    : null;
  if (!slow) return { use: true, reason: null };
  // A sandboxed worker's requests go through the page, which would download the
  // file to answer: it cannot ask the HTTP cache alone.
  if (!sandboxed && (await isCached(url))) return { use: true, reason: null };
  return { use: false, reason: `${slow} and the snapshot is not cached yet: it is downloaded for the next visit` };
}

async function isCached(url) {
  try {
    const response = await fetch(url, { cache: "only-if-cached", mode: "same-origin" });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/** Fills the HTTP cache with what a snapshot boot needs, for the next visit (after this one is up). */
export function prefetchForNextVisit(urls) {
  for (const url of [urls.snapshot, urls.stockStdlib]) {
    fetch(url, { priority: "low" })
      .then((response) => response.arrayBuffer())
      .catch(() => {});
  }
}

/**
 * Downloads and checks the snapshot (before Pyodide is started with it).
 * @returns {Promise<ReturnType<typeof readSnapshotPages>>}
 */
export async function fetchSnapshot(url, manifest) {
  const bytes = await fetchGunzippedOffThread(url, "the memory snapshot");
  const parts = readSnapshotPages(bytes);
  const identity = parts.identity ?? {};
  if (manifest.buildId && parts.buildId !== manifest.buildId) {
    throw new Error(`Snapshot build id mismatch: the snapshot is for Pyodide build ${parts.buildId}, this site has ${manifest.buildId}`);
  }
  if (identity.pyodide !== pyodideVersion) {
    throw new Error(`the snapshot was made for Pyodide ${identity.pyodide}, this is Pyodide ${pyodideVersion}`);
  }
  if (identity.runtime !== manifest.runtime) {
    throw new Error(`the snapshot was made with another wasmlit runtime (${identity.runtime}, this site has ${manifest.runtime})`);
  }
  return parts;
}

/**
 * Starts Pyodide from the snapshot.
 * @param {{pyodide: string, stockStdlib: string}} urls worker/boot-files.js
 * @param {Promise<Awaited<ReturnType<typeof fetchSnapshot>>>} snapshot
 * @param {{createPyodideModule: Promise<(settings: object) => Promise<any>>,
 *          onInstantiated?: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
 *          compiled?: () => WebAssembly.Module|null,
 *          packageBaseUrl?: string, lockFileURL?: string}} options
 *   pyodide.asm.mjs's default export (being imported; any: the Emscripten module it makes is
 *   untyped); more loadPyodide options (packageBaseUrl, ...)
 */
export async function loadFromSnapshot(urls, snapshot, { createPyodideModule, onInstantiated, compiled, ...options }) {
  const pyodide = await loadPyodide({
    ...options,
    indexURL: urls.pyodide,
    // The stdlib zip the snapshot was made with: Python keeps the offsets of
    // the zip's members in memory, so it must be the same bytes.
    stdLibURL: urls.stockStdlib,
    // Pyodide awaits this before it even instantiates the wasm; the restore
    // (snapshotModuleFactory's) takes the pages from `snapshot` instead, once
    // the module is ready: the wasm is instantiated while the snapshot downloads.
    _loadSnapshot: new Uint8Array(0),
    createPyodideModule: async (settings) =>
      snapshotModuleFactory(await createPyodideModule, snapshot, { onInstantiated, compiled })(settings),
  });
  // any: _api is Pyodide's internal API (not in its types); its config holds the options.
  const config = /** @type {any} */ (pyodide)._api?.config;
  if (config) {
    config._loadSnapshot = undefined;
    config.createPyodideModule = undefined;
  }
  return pyodide;
}

/**
 * Sets what the snapshot froze on the build machine again for this browser
 * (py/wasmlit/boot/snapshot_fixups.py); call once the runtime's files are written.
 */
export function refreshRestoredProcess(pyodide) {
  refreshTimeZone(pyodide._module);
  const fixups = pyodide.pyimport("wasmlit.boot.snapshot_fixups");
  try {
    fixups.refresh_after_restore.callKwargs({
      lang: `${(globalThis.navigator?.language ?? "C").replace("-", "_")}.UTF-8`,
      runtime: globalThis.navigator?.userAgent ?? null,
    });
  } finally {
    fixups.destroy();
  }
}

// Boot sequence, in two parts:
//   1. startPython: Python itself, app-independent — from the build's memory
//      snapshot where it can be used, else started normally from bytecode —
//      and wasmlit's runtime files. It can begin before the app is known
//      (`preload` message): a spare worker on a docs page, or the page's worker
//      while the page still downloads the app.
//   2. bootPyodide: the app's files and requirements (worker/packages.js).
// Returns the ready Pyodide instance. A restart (a new worker) runs both again.
//
// Everything is downloaded through the browser's HTTP cache: the files under
// pyodide/<version>/ never change (immutable), and Chromium keeps the compiled
// wasm code beside a cached pyodide.asm.wasm when it is compiled from the
// stream (instantiateStreaming), so later visits skip the compile. Private
// windows do not keep the wasm in their HTTP cache: worker/wasm-cache.js.
import { loadPyodide } from "pyodide";
import { BOOT_MANIFEST, bootFileURLs } from "./boot-files.js";
import { BootTimings } from "./boot-timings.js";
import { writeTree } from "./fs.js";
import { failOnSilentPyodideErrors } from "./silent-failures.js";
import { installPackages, startWheelDownloads } from "./packages.js";
import { wrapModuleFactory } from "./pyodide-module.js";
import { fetchRuntimeFiles, writeRuntimeFiles } from "./runtime-files.js";
import {
  fetchSnapshot,
  firstVisitPolicy,
  loadFromSnapshot,
  prefetchForNextVisit,
  refreshRestoredProcess,
  snapshotSupport,
} from "./snapshot-boot.js";
import { sharedWasmModule } from "./shared-wasm.js";
import { cacheWasm } from "./wasm-cache.js";

export const APP_DIR = "/home/pyodide/app";

/** Python being started ahead of the app: {key, python: Promise<any>}. */
let preloaded = null;
/** Boot files to download once the app runs, for the next visit (first-visit policy), or null. */
let nextVisit = null;

/**
 * What Python is started with (from a `preload` or `boot` message): the site's
 * pyodide/ folder, the boot switches, where Pyodide's own packages come from.
 */
function pythonSpec(msg) {
  return {
    indexURL: msg.indexURL,
    switches: { snapshot: true, bytecode: true, codeCache: true, ...(msg.boot ?? {}) },
    // Pyodide's own packages (numpy, ...) and the ones a build ships: the site's pyodide/ folder.
    packageBaseUrl: msg.packages?.pyodideBaseURL ?? msg.indexURL,
    // The site's merged lock file (cli/pyodide-lock.js: --pyodide-packages DIR added packages); null: the npm package's.
    lockFileURL: msg.packages?.pyodideLockURL ?? null,
  };
}

/**
 * Starts Python before the app is known (TO_WORKER.PRELOAD); the boot message
 * then uses it when it asks for the same (else Python is started again).
 * @param {{indexURL: string, boot?: object, packages?: object}} msg
 */
export function preloadPython(msg, timings = new BootTimings()) {
  const spec = pythonSpec(msg);
  const key = JSON.stringify(spec);
  if (preloaded?.key === key) return;
  const python = startPython(spec, timings);
  python.catch(() => {}); // reported by the boot that uses it
  preloaded = { key, python };
}

/**
 * @param {import("../protocol/messages.js").BootMsg} msg
 * @param {(phase: string, detail: string) => void} progress
 * @param {BootTimings} [timings]
 * @returns {Promise<import("pyodide").PyodideAPI & {wasmlitBoot?: {snapshot: boolean}}>} Pyodide, with `wasmlitBoot`
 */
export async function bootPyodide(msg, progress, timings = new BootTimings()) {
  timings.mark("bootMessage");
  progress("runtime", "Loading the Python runtime");
  const wheels = startWheelDownloads(msg);
  const spec = pythonSpec(msg);
  const ahead = preloaded?.key === JSON.stringify(spec) ? preloaded.python : null;
  preloaded = null;
  const pyodide = await (ahead ?? startPython(spec, timings));
  if (msg.interruptBuffer) pyodide.setInterruptBuffer(msg.interruptBuffer);

  progress("python", "Starting Python");
  writeTree(pyodide.FS, APP_DIR, msg.files ?? {});
  pyodide.globals.set("_wasmlit_app_dir", APP_DIR);
  pyodide.runPython(`
import importlib, os, sys
os.chdir(_wasmlit_app_dir)
if _wasmlit_app_dir not in sys.path:
    sys.path.insert(0, _wasmlit_app_dir)
importlib.invalidate_caches()
del _wasmlit_app_dir
import wasmlit.bridge
`);
  timings.mark("imported");

  await installPackages(pyodide, msg, progress, wheels);
  timings.mark("packages");
  pyodide.wasmlitBoot = { snapshot: timings.path === "snapshot" };
  return pyodide;
}

/**
 * Python with wasmlit's runtime imported: restored from the snapshot, or
 * started normally when that cannot be used or fails (saying why).
 */
async function startPython({ indexURL, switches, packageBaseUrl, lockFileURL }, timings) {
  const lockOption = lockFileURL ? { lockFileURL } : {};
  timings.mark("pythonStart");
  const urls = bootFileURLs(indexURL);
  // An embedded app's worker has an opaque origin (web/boot/sandboxed-worker.js):
  // the page fetches the site's files for it, and it has no Cache Storage.
  const sandboxed = self.origin === "null";
  if (!sandboxed) cacheWasm(self, `${urls.pyodide}pyodide.asm.wasm`, BOOT_MANIFEST.pyodideFolder, switches);
  // Everything the boot downloads starts now, side by side.
  const asmURL = `${urls.pyodide}pyodide.asm.mjs`;
  const createPyodideModule = sandboxed ? importFetched(asmURL) : import(/* @vite-ignore */ asmURL).then((m) => m.default);
  const runtimeFiles = fetchRuntimeFiles(urls.runtime);
  for (const pending of [createPyodideModule, runtimeFiles]) pending.catch(() => {});
  // A sandboxed worker's page may have compiled the wasm for it (worker/shared-wasm.js).
  const wasmURL = `${urls.pyodide}pyodide.asm.wasm`;
  const compiled = () => (sandboxed ? sharedWasmModule(wasmURL) : null);
  const instantiated = (_instance, module) => {
    timings.mark("instantiated");
    if (module && module === compiled()) timings.wasm = "page";
  };

  let support = snapshotSupport(BOOT_MANIFEST, switches);
  if (support.use) {
    support = await firstVisitPolicy(urls.snapshot, { sandboxed });
    if (!support.use) nextVisit = urls;
  }
  if (support.reason) console.info(`wasmlit: starting Python without the memory snapshot: ${support.reason}`);
  if (support.use) {
    try {
      const snapshot = fetchSnapshot(urls.snapshot, BOOT_MANIFEST).then((parts) => {
        timings.mark("snapshotReady");
        return parts;
      });
      snapshot.catch(() => {});
      const pyodide = await failOnSilentPyodideErrors(() =>
        loadFromSnapshot(urls, snapshot, { packageBaseUrl, ...lockOption, createPyodideModule, onInstantiated: instantiated, compiled }),
      );
      timings.mark("python");
      writeRuntimeFiles(pyodide, await runtimeFiles, switches);
      refreshRestoredProcess(pyodide);
      pyodide.runPython("import wasmlit.bridge");
      timings.path = "snapshot";
      return pyodide;
    } catch (error) {
      console.warn(`wasmlit: the memory snapshot could not be used, so Python starts normally: ${firstLine(error)}`, error);
    }
  }
  const create = await createPyodideModule;
  const pyodide = await failOnSilentPyodideErrors(() =>
    loadPyodide({
      packageBaseUrl,
      ...lockOption,
      indexURL: urls.pyodide,
      stdLibURL: switches.bytecode ? urls.bytecodeStdlib : urls.stockStdlib,
      createPyodideModule: wrapModuleFactory(create, { onInstantiated: instantiated, compiled }),
    }),
  );
  timings.mark("python");
  writeRuntimeFiles(pyodide, await runtimeFiles, switches);
  timings.path = switches.bytecode && BOOT_MANIFEST.stdlib ? "bytecode" : "source";
  return pyodide;
}

/** Called once the app's first run is done. */
export function afterFirstRun() {
  if (nextVisit) prefetchForNextVisit(nextVisit);
  nextVisit = null;
}

/**
 * The default export of the module at `url`, fetched and imported from a blob:
 * URL: an opaque-origin (sandboxed) worker cannot import the site's module
 * directly (a cross-origin module needs CORS); the page serves the fetch.
 */
async function importFetched(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Failed to load '${url}': HTTP ${response.status}`);
  const blobURL = URL.createObjectURL(new Blob([await response.text()], { type: "text/javascript" }));
  try {
    return (await import(/* @vite-ignore */ blobURL)).default;
  } finally {
    URL.revokeObjectURL(blobURL);
  }
}

function firstLine(error) {
  return String(error?.message ?? error).split("\n")[0];
}

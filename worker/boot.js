// Boot sequence: Python (from the build's memory snapshot where it can be
// used, else started normally from bytecode), the wasmlit runtime's files, the
// app's files, requirements (worker/packages.js). Returns the ready Pyodide
// instance. A restart (a new worker) runs it again from the top.
//
// Everything is downloaded through the browser's HTTP cache: the files under
// pyodide/<version>/ never change (immutable), and Chromium keeps the compiled
// wasm code beside a cached pyodide.asm.wasm when it is compiled from the
// stream (instantiateStreaming), so later visits skip the compile.
import { loadPyodide } from "pyodide";
import { BOOT_MANIFEST, bootFileURLs } from "./bootFiles.js";
import { writeTree } from "./fs.js";
import { failOnSilentPyodideErrors } from "./silentFailures.js";
import { installPackages, startWheelDownloads } from "./packages.js";
import { fetchRuntimeFiles, writeRuntimeFiles } from "./runtimeFiles.js";
import { fetchSnapshot, loadFromSnapshot, refreshRestoredProcess, snapshotSupport } from "./snapshotBoot.js";
import { withoutCodeCache } from "./codeCache.js";

export const APP_DIR = "/home/pyodide/app";

/**
 * @param {import("../protocol/messages.js").BootMsg} msg
 * @param {(phase: string, detail: string) => void} progress
 * @returns {Promise<any>} Pyodide, with `wasmlitBoot` = {snapshot: bool, timings}
 */
export async function bootPyodide(msg, progress) {
  const options = { snapshot: true, bytecode: true, codeCache: true, ...(msg.boot ?? {}) };
  const timings = { start: performance.now() };
  progress("runtime", "Loading the Python runtime");
  const urls = bootFileURLs(msg.indexURL);
  if (!options.codeCache) withoutCodeCache(self, urls.pyodide);
  const runtimeFiles = fetchRuntimeFiles(urls.runtime);
  runtimeFiles.catch(() => {});
  const wheels = startWheelDownloads(msg);
  const loadOptions = {
    // Pyodide's own packages (numpy, ...) and the ones a build ships: the site's pyodide/ folder.
    packageBaseUrl: msg.packages?.pyodideBaseURL ?? msg.indexURL,
  };

  let pyodide = null;
  let restored = false;
  const support = snapshotSupport(BOOT_MANIFEST, options);
  if (support.reason) console.info(`wasmlit: starting Python without the memory snapshot: ${support.reason}`);
  if (support.use) {
    try {
      const snapshot = fetchSnapshot(urls.snapshot, BOOT_MANIFEST);
      snapshot.catch(() => {});
      pyodide = await failOnSilentPyodideErrors(() => loadFromSnapshot(urls, snapshot, loadOptions));
      timings.restored = performance.now();
      writeRuntimeFiles(pyodide, await runtimeFiles, options);
      refreshRestoredProcess(pyodide);
      pyodide.runPython("import wasmlit.bridge");
      restored = true;
    } catch (error) {
      console.warn(`wasmlit: the memory snapshot could not be used, so Python starts normally: ${firstLine(error)}`, error);
      pyodide = null;
    }
  }
  if (!pyodide) {
    pyodide = await failOnSilentPyodideErrors(() =>
      loadPyodide({
        ...loadOptions,
        indexURL: urls.pyodide,
        stdLibURL: options.bytecode ? urls.bytecodeStdlib : urls.stockStdlib,
      }),
    );
    timings.started = performance.now();
    writeRuntimeFiles(pyodide, await runtimeFiles, options);
  }
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
  timings.imported = performance.now();

  await installPackages(pyodide, msg, progress, wheels);
  timings.packages = performance.now();
  pyodide.wasmlitBoot = { snapshot: restored, timings };
  console.debug(
    `wasmlit: Python ${restored ? "restored from the memory snapshot" : "started"} in ` +
      `${Math.round((timings.restored ?? timings.started) - timings.start)} ms, ready in ${Math.round(timings.packages - timings.start)} ms`,
  );
  return pyodide;
}

function firstLine(error) {
  return String(error?.message ?? error).split("\n")[0];
}

// Boot sequence: Python (from the build's memory snapshot where it can be
// used, else started normally from bytecode), the wasmlit runtime's files, the
// app's files, requirements (worker/packages.js). Returns the ready Pyodide
// instance. A restart (a new worker) runs it again from the top.
//
// Everything is downloaded through the browser's HTTP cache: the files under
// pyodide/<version>/ never change (immutable), and Chromium keeps the compiled
// wasm code beside a cached pyodide.asm.wasm when it is compiled from the
// stream (instantiateStreaming), so later visits skip the compile. Private
// windows do not keep the wasm in their HTTP cache: worker/wasmCache.js.
import { loadPyodide } from "pyodide";
import { BOOT_MANIFEST, bootFileURLs } from "./bootFiles.js";
import { BootTimings } from "./bootTimings.js";
import { writeTree } from "./fs.js";
import { failOnSilentPyodideErrors } from "./silentFailures.js";
import { installPackages, startWheelDownloads } from "./packages.js";
import { wrapModuleFactory } from "./pyodideModule.js";
import { fetchRuntimeFiles, writeRuntimeFiles } from "./runtimeFiles.js";
import { fetchSnapshot, loadFromSnapshot, refreshRestoredProcess, snapshotSupport } from "./snapshotBoot.js";
import { cacheWasm } from "./wasmCache.js";

export const APP_DIR = "/home/pyodide/app";

/**
 * @param {import("../protocol/messages.js").BootMsg} msg
 * @param {(phase: string, detail: string) => void} progress
 * @param {BootTimings} [timings]
 * @returns {Promise<any>} Pyodide, with `wasmlitBoot` = {snapshot: bool}
 */
export async function bootPyodide(msg, progress, timings = new BootTimings()) {
  const options = { snapshot: true, bytecode: true, codeCache: true, ...(msg.boot ?? {}) };
  timings.mark("bootMessage");
  progress("runtime", "Loading the Python runtime");
  const urls = bootFileURLs(msg.indexURL);
  cacheWasm(self, `${urls.pyodide}pyodide.asm.wasm`, BOOT_MANIFEST.pyodideFolder, options);
  // Everything the boot downloads starts now, side by side.
  const createPyodideModule = import(/* @vite-ignore */ `${urls.pyodide}pyodide.asm.mjs`).then((m) => m.default);
  const runtimeFiles = fetchRuntimeFiles(urls.runtime);
  const wheels = startWheelDownloads(msg);
  for (const pending of [createPyodideModule, runtimeFiles]) pending.catch(() => {});
  const loadOptions = {
    // Pyodide's own packages (numpy, ...) and the ones a build ships: the site's pyodide/ folder.
    packageBaseUrl: msg.packages?.pyodideBaseURL ?? msg.indexURL,
  };
  const instantiated = () => timings.mark("instantiated");

  let pyodide = null;
  const support = snapshotSupport(BOOT_MANIFEST, options);
  if (support.reason) console.info(`wasmlit: starting Python without the memory snapshot: ${support.reason}`);
  if (support.use) {
    try {
      const snapshot = fetchSnapshot(urls.snapshot, BOOT_MANIFEST).then((parts) => {
        timings.mark("snapshotReady");
        return parts;
      });
      snapshot.catch(() => {});
      pyodide = await failOnSilentPyodideErrors(() =>
        loadFromSnapshot(urls, snapshot, { ...loadOptions, createPyodideModule, onInstantiated: instantiated }),
      );
      timings.mark("python");
      writeRuntimeFiles(pyodide, await runtimeFiles, options);
      refreshRestoredProcess(pyodide);
      pyodide.runPython("import wasmlit.bridge");
      timings.path = "snapshot";
    } catch (error) {
      console.warn(`wasmlit: the memory snapshot could not be used, so Python starts normally: ${firstLine(error)}`, error);
      pyodide = null;
    }
  }
  if (!pyodide) {
    const create = await createPyodideModule;
    pyodide = await failOnSilentPyodideErrors(() =>
      loadPyodide({
        ...loadOptions,
        indexURL: urls.pyodide,
        stdLibURL: options.bytecode ? urls.bytecodeStdlib : urls.stockStdlib,
        createPyodideModule: wrapModuleFactory(create, { onInstantiated: instantiated }),
      }),
    );
    timings.mark("python");
    writeRuntimeFiles(pyodide, await runtimeFiles, options);
    timings.path = options.bytecode && BOOT_MANIFEST.stdlib ? "bytecode" : "source";
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
  timings.mark("imported");

  await installPackages(pyodide, msg, progress, wheels);
  timings.mark("packages");
  pyodide.wasmlitBoot = { snapshot: timings.path === "snapshot" };
  return pyodide;
}

function firstLine(error) {
  return String(error?.message ?? error).split("\n")[0];
}

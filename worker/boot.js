// Boot sequence: Pyodide, the wasmlit runtime package, the app's files,
// requirements (worker/packages.js). Returns the ready Pyodide instance.
import { loadPyodide } from "pyodide";
import { RUNTIME_SOURCES } from "./runtimeSources.js";
import { writeTree } from "./fs.js";
import { failOnSilentPyodideErrors } from "./silentFailures.js";
import { installPackages } from "./packages.js";
import { cacheCoreFiles } from "./coreFileCache.js";

export const APP_DIR = "/home/pyodide/app";

/**
 * @param {import("../protocol/messages.js").BootMsg} msg
 * @param {(phase: string, detail: string) => void} progress
 */
export async function bootPyodide(msg, progress) {
  progress("runtime", "Loading the Python runtime");
  const sandboxed = self.origin === "null";
  // A sandboxed worker has no Cache Storage (the page keeps the files for it).
  if (!sandboxed) cacheCoreFiles();
  const options = { indexURL: msg.indexURL };
  // Pyodide's own packages (numpy, ...) load from here; default: next to the lock file (indexURL).
  if (msg.packages?.pyodideBaseURL) options.packageBaseUrl = msg.packages.pyodideBaseURL;
  // An opaque-origin (sandboxed) worker cannot import the site's module
  // directly (a cross-origin module needs CORS): fetch it (the page serves it)
  // and import it from a blob: URL.
  if (sandboxed) options.createPyodideModule = await importFetched(`${msg.indexURL}pyodide.asm.mjs`);
  const pyodide = await failOnSilentPyodideErrors(() => loadPyodide(options));
  if (msg.interruptBuffer) pyodide.setInterruptBuffer(msg.interruptBuffer);

  progress("python", "Starting Python");
  const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
  writeTree(pyodide.FS, sitePackages, RUNTIME_SOURCES);
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

  await installPackages(pyodide, msg, progress);
  return pyodide;
}

/** The default export of the module at `url`, fetched and imported from a blob: URL. */
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

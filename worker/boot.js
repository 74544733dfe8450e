// Boot sequence: Pyodide, the wasmlit runtime package, the app's files,
// requirements. Returns the ready Pyodide instance.
import { loadPyodide } from "pyodide";
import { RUNTIME_SOURCES } from "./runtimeSources.js";
import { errorText, lastLine } from "./errors.js";
import { writeTree } from "./fs.js";
import { failOnSilentPyodideErrors } from "./silentFailures.js";

export const APP_DIR = "/home/pyodide/app";

/**
 * @param {import("../protocol/messages.js").BootMsg} msg
 * @param {(phase: string, detail: string) => void} progress
 */
export async function bootPyodide(msg, progress) {
  progress("runtime", "Loading the Python runtime");
  const pyodide = await failOnSilentPyodideErrors(() => loadPyodide({ indexURL: msg.indexURL }));
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

  const requirements = msg.requirements ?? [];
  if (requirements.length > 0) {
    progress("packages", `Installing ${requirements.join(", ")}`);
    await installRequirements(pyodide, msg.micropipURL, requirements);
  }
  return pyodide;
}

export async function installRequirements(pyodide, micropipURL, requirements) {
  if (!micropipURL) throw new Error("the app has requirements but no micropip wheel URL was given");
  const loaded = await pyodide.loadPackage(micropipURL, { checkIntegrity: false });
  if (!loaded || loaded.length === 0) throw new Error(`could not load micropip from ${micropipURL}`);
  const micropip = pyodide.pyimport("micropip");
  try {
    await micropip.install(requirements);
  } catch (error) {
    console.error(error);
    throw new Error(`could not install ${requirements.join(", ")} (${lastLine(errorText(error))})`);
  } finally {
    micropip.destroy();
  }
  pyodide.runPython("import importlib; importlib.invalidate_caches()");
}

// loadPyodide + one runPython, timed inside the worker. bench/boot.py puts the
// name of Pyodide's versioned folder in place of __PYODIDE_FOLDER__.
import { loadPyodide } from "./pyodide.mjs";

const start = performance.now();
try {
  const pyodide = await loadPyodide({ indexURL: new URL("../pyodide/__PYODIDE_FOLDER__/", self.location.href).href });
  const loaded = performance.now();
  const version = pyodide.runPython("import sys; sys.version.split()[0]");
  postMessage({ loadMs: loaded - start, workerMs: performance.now() - start, version });
} catch (error) {
  postMessage({ error: String(error) });
}

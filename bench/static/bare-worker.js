// loadPyodide + one runPython, timed inside the worker.
import { loadPyodide, version } from "./pyodide.mjs";

const start = performance.now();
try {
  const pyodide = await loadPyodide({ indexURL: new URL(`../pyodide/${version}/`, self.location.href).href });
  const loaded = performance.now();
  const version = pyodide.runPython("import sys; sys.version.split()[0]");
  postMessage({ loadMs: loaded - start, workerMs: performance.now() - start, version });
} catch (error) {
  postMessage({ error: String(error) });
}

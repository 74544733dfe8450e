// Figures about this worker for tests and benchmarks (not for apps):
// `self.wasmlitStats()` in the worker's global scope, e.g. from Playwright's
// `page.workers[0].evaluate("self.wasmlitStats()")`. Call it between runs.

/**
 * @param {import("pyodide").PyodideAPI & {_module: {HEAP8: Int8Array}}} pyodide
 *   _module: Emscripten's module (internal: not in Pyodide's types)
 */
export function exposeStats(pyodide) {
  /** @type {typeof self & {wasmlitStats?: () => object}} */ (self).wasmlitStats = () => {
    const counted = pyodide.runPython("import gc; gc.collect(); len(gc.get_objects())");
    return {
      /** Bytes of WebAssembly memory (it only grows). */
      wasmMemory: pyodide._module.HEAP8.length,
      /** Python objects the garbage collector tracks, after a collection. */
      pythonObjects: counted,
    };
  };
}

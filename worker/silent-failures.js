// Pyodide 314 swallows some boot failures: it only logs them and loadPyodide
// never settles. A failed wasm download or compile logs
//   console.warn("wasm instantiation failed!"), console.warn(error)
// and a failed python_stdlib.zip download logs
//   console.error("Error occurred while installing the standard library:"), console.error(error)
// This watches the console while `start()` runs and turns those into a
// rejection, so the boot fails with the real reason instead of hanging.

const MARKERS = new Map([
  ["wasm instantiation failed!", "the WebAssembly runtime could not be loaded"],
  ["Error occurred while installing the standard library:", "the Python standard library could not be loaded"],
]);

/** Runs `start()`; rejects as soon as Pyodide logs one of the failures above. */
export async function failOnSilentPyodideErrors(start) {
  const originals = { warn: console.warn, error: console.error };
  let pending = null; // what failed, waiting for the error logged right after
  let rejectFailure;
  const failure = new Promise((_, reject) => {
    rejectFailure = reject;
  });
  const watch = (level) => (...args) => {
    originals[level].apply(console, args);
    if (MARKERS.has(args[0])) {
      pending = MARKERS.get(args[0]);
      const what = pending;
      setTimeout(() => rejectFailure(new Error(what)), 0);
    } else if (pending) {
      const reason = args[0] instanceof Error ? args[0].message : String(args[0]);
      rejectFailure(new Error(`${pending}: ${reason}`));
    }
  };
  console.warn = watch("warn");
  console.error = watch("error");
  try {
    return await Promise.race([start(), failure]);
  } finally {
    console.warn = originals.warn;
    console.error = originals.error;
  }
}

// Telling an error a script run can survive from one that leaves Python unusable.
//
// Errors of the script itself never reach the worker: the runtime shows them
// in the app. What escapes a run is either a Python exception from the
// runtime (a PythonError: Python is fine, the page shows it) or an error of
// the WebAssembly instance: the browser's stack overflowed in C code
// ("Maximum call stack size exceeded", a RangeError), os._exit() or a fatal
// error ended the process (Pyodide then refuses every further call), the
// memory could not grow, a wasm trap. After those Python's state is broken
// even where Pyodide still answers (a later call fails with "Cannot enter a
// promising task ..."), so the worker is replaced.

/**
 * @param {import("pyodide").PyodideAPI} pyodide
 * @param {unknown} error what a call into Python threw
 * @returns {string|null} why Python can no longer be used, or null if it can
 */
export function pythonFailure(pyodide, error) {
  if (isPythonError(pyodide, error)) return pythonIsGone(pyodide) ? describe(error) : null;
  return describe(error);
}

function isPythonError(pyodide, error) {
  try {
    return error instanceof pyodide.ffi.PythonError;
  } catch {
    return false; // Pyodide refuses every call after a fatal error
  }
}

/** True when Pyodide has exited or failed fatally (its API then throws). */
export function pythonIsGone(pyodide) {
  try {
    void pyodide.globals;
    return false;
  } catch {
    return true;
  }
}

function describe(error) {
  const name = error?.name ?? "";
  const message = String(error?.message ?? error ?? "unknown error").split("\n")[0];
  if (/Maximum call stack size exceeded/.test(message)) {
    return "a recursion in compiled code went deeper than the browser's stack allows (Maximum call stack size exceeded)";
  }
  const exit = /exit\((-?\d+)\)/.exec(message) ?? (name === "ExitStatus" ? [null, String(error.status)] : null);
  if (exit) return `the script ended the Python process (exit code ${exit[1]})`;
  if (/out of memory|Cannot enlarge memory|Aborted\(OOM\)/i.test(message)) {
    return "it ran out of memory";
  }
  return `it failed: ${name && !message.startsWith(name) ? `${name}: ` : ""}${message}`;
}

// The Python runtime (py/<package>/**/*.py, tests excluded) embedded as text in
// the worker bundle. Keys are paths relative to py/, e.g. "wasmlit/bridge.py".
const modules = import.meta.glob(["../py/**/*.py", "!../py/tests/**"], {
  query: "?raw",
  import: "default",
  eager: true,
});

/** @type {Object<string, string>} */
export const RUNTIME_SOURCES = Object.fromEntries(
  Object.entries(modules).map(([key, text]) => [key.replace(/^\.\.\/py\//, ""), text]),
);

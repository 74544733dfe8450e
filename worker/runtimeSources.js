// The Python runtime (py/<package>/**/*.py) embedded as text in the worker
// bundle. Keys are paths relative to py/, e.g. "wasmlit/bridge.py". Tests and
// the CPython-only testing tools (AppTest, the pytest plugin) stay out.
const modules = import.meta.glob(
  ["../py/**/*.py", "!../py/tests/**", "!../py/wasmlit/testing/**", "!../py/wasmlit/pytest_plugin.py"],
  {
    query: "?raw",
    import: "default",
    eager: true,
  },
);

/** @type {Object<string, string>} */
export const RUNTIME_SOURCES = Object.fromEntries(
  Object.entries(modules).map(([key, text]) => [key.replace(/^\.\.\/py\//, ""), text]),
);

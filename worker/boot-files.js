// Where the worker finds Pyodide and wasmlit's boot files. The build
// (scripts/vite-plugin-pyodide.js, scripts/boot/) puts them under the site's
// pyodide/<version>/ folder, whose files never change (content-hashed names),
// and describes them in __WASMLIT_BOOT__:
//   { pyodideFolder: "314.0.7", buildId: string|null,
//     stdlib: string|null       (the stdlib zip with bytecode; null: the npm package's own),
//     runtime: string           (wasmlit's Python runtime, worker/file-archive.js),
//     snapshot: {file, bytes, identity}|null  (the memory snapshot, worker/snapshot-pages.js) }

// eslint-disable-next-line no-undef
export const BOOT_MANIFEST = __WASMLIT_BOOT__;

/**
 * @param {string} indexURL the site's pyodide/ folder (boot message)
 * @param {typeof BOOT_MANIFEST} manifest
 */
export function bootFileURLs(indexURL, manifest = BOOT_MANIFEST) {
  const folder = new URL(`${manifest.pyodideFolder}/`, indexURL).href;
  const at = (name) => (name ? new URL(name, folder).href : null);
  return {
    /** loadPyodide's indexURL: pyodide.asm.mjs, pyodide.asm.wasm, pyodide-lock.json */
    pyodide: folder,
    /** the npm package's stdlib zip (sources only): what the snapshot was made with */
    stockStdlib: at("python_stdlib.zip"),
    /** the stdlib zip with bytecode for what a boot imports (or the stock one) */
    bytecodeStdlib: at(manifest.stdlib) ?? at("python_stdlib.zip"),
    runtime: at(manifest.runtime),
    snapshot: at(manifest.snapshot?.file ?? null),
  };
}

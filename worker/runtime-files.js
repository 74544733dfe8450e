// wasmlit's Python runtime (py/wasmlit without the CPython-only testing tools):
// its sources and their bytecode (`__pycache__/*.pyc`, unchecked hash-based
// pycs made by the build with Pyodide's own CPython), one archive
// (worker/file-archive.js) written into site-packages at every boot. With a
// memory snapshot the modules are in memory already, but the files are still
// needed: for modules imported later, tracebacks and `__file__`.
import { fetchGunzippedOffThread } from "./gunzip-off-thread.js";
import { unpackFiles } from "./file-archive.js";

/** @returns {Promise<Array<[string, Uint8Array]>>} */
export async function fetchRuntimeFiles(url) {
  const bytes = await fetchGunzippedOffThread(url, "wasmlit's Python runtime");
  return unpackFiles(bytes);
}

/** Writes the files into site-packages (`bytecode: false` leaves the pycs out). */
export function writeRuntimeFiles(pyodide, files, { bytecode = true } = {}) {
  const sitePackages = pyodide._api?.sitePackages ?? pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
  const FS = pyodide.FS;
  const folders = new Set();
  for (const [relative, bytes] of files) {
    if (!bytecode && relative.includes("__pycache__/")) continue;
    const target = `${sitePackages}/${relative}`;
    const folder = target.slice(0, target.lastIndexOf("/"));
    if (!folders.has(folder)) {
      FS.mkdirTree(folder);
      folders.add(folder);
    }
    // canOwn: the file system keeps the archive's bytes instead of a copy (~3 MB each boot).
    FS.writeFile(target, bytes, { canOwn: true });
  }
  return sitePackages;
}

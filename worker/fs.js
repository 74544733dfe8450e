// Writing file trees into Pyodide's in-memory file system.

/** Joins `root` and a relative POSIX path, refusing absolute paths and "..". */
export function safeJoin(root, relativePath) {
  const parts = relativePath.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
  if (relativePath.startsWith("/") || parts.some((p) => p === "..") || parts.length === 0) {
    throw new Error(`refusing to write file outside the app folder: ${JSON.stringify(relativePath)}`);
  }
  return `${root.replace(/\/+$/, "")}/${parts.join("/")}`;
}

/**
 * Writes files into `root`, creating folders as needed.
 * @param {import("pyodide").PyodideAPI["FS"]} FS pyodide.FS
 * @param {string} root absolute folder
 * @param {Object<string, string|Uint8Array>} files relative path -> content
 */
export function writeTree(FS, root, files) {
  FS.mkdirTree(root);
  for (const [relativePath, content] of Object.entries(files)) {
    const target = safeJoin(root, relativePath);
    FS.mkdirTree(target.slice(0, target.lastIndexOf("/")));
    FS.writeFile(target, content);
  }
}

/** Removes files (relative paths) from `root`; ones already gone are skipped. */
export function removeFiles(FS, root, relativePaths) {
  for (const relativePath of relativePaths) {
    const target = safeJoin(root, relativePath);
    try {
      FS.unlink(target);
    } catch {
      // not there
    }
  }
}

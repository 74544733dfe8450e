// Where Pyodide's compiled packages (numpy, pandas, ...) come from. The npm
// `pyodide` package that wasmlit bundles holds the runtime only; the packages
// are in the full distribution that Pyodide publishes with each release (a
// GitHub release asset whose top folder, pyodide/, holds every file named in
// pyodide-lock.json), also served by jsDelivr's CDN. Used by the CLI's
// messages, the page's boot failure and the runtime's error hints, so they all
// name the same URLs. Plain ES module: runs in Node and is bundled for the page.

// Size of the release archive, as published (looked up for each pinned version).
const ARCHIVE_SIZES = { "314.0.7": "337 MB" };

/**
 * @param {string} version Pyodide's version, e.g. "314.0.7"
 * @returns {{version: string, archiveURL: string, archiveSize: string, cdnURL: string}}
 */
export function pyodideDistribution(version) {
  const v = String(version ?? "").trim();
  return {
    version: v,
    archiveURL: `https://github.com/pyodide/pyodide/releases/download/${v}/pyodide-${v}.tar.bz2`,
    archiveSize: ARCHIVE_SIZES[v] ?? "",
    cdnURL: `https://cdn.jsdelivr.net/pyodide/v${v}/full/`,
  };
}

/** One paragraph: how to give wasmlit Pyodide's packages (for the CLI and the page). */
export function howToGetPyodidePackages(version) {
  const d = pyodideDistribution(version);
  const size = d.archiveSize ? ` (${d.archiveSize})` : "";
  return (
    `The npm pyodide package that wasmlit bundles has none of Pyodide's compiled packages. ` +
    `Download the Pyodide ${d.version} distribution, ${d.archiveURL}${size}, extract it and pass ` +
    `--pyodide-packages path/to/pyodide to \`wasmlit build\` or \`wasmlit serve\` (the site then ships ` +
    `the package files the app needs), or pass --pyodide-packages-url ${d.cdnURL} (the page then ` +
    `loads them from that CDN, online).`
  );
}

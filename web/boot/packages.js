// The app bundle's `packages` field (written by cli/packages.js) turned into the
// boot message's PackagePlan (protocol/messages.js): file names become absolute
// URLs, so the worker needs no knowledge of the site's layout.

/** Where a site keeps its wheels, relative to the app bundle's URL (_wasmlit/app.json). */
export const WHEELS_FOLDER = "wheels/";

/**
 * @param {{requirements?: string[], wheels?: {name: string, version: string, file: string, sha256?: string|null}[],
 *          pyodide?: {name: string, version: string, shipped?: boolean}[], indexURLs?: string[]|null,
 *          pyodideBaseURL?: string|null, pyodideLockFile?: string|null, pyodideVersion?: string|null,
 *          pyodideSource?: "url"|"folder"|null,
 *          error?: string|null}|undefined} packages
 *   the bundle's field (may be absent: no requirements)
 * @param {string|URL} bundleURL the URL app.json was fetched from
 * @returns {import("../../protocol/messages.js").PackagePlan|null}
 */
export function packagePlan(packages, bundleURL) {
  if (!packages || typeof packages !== "object") return null;
  const wheelBase = new URL(WHEELS_FOLDER, bundleURL);
  return {
    requirements: Array.isArray(packages.requirements) ? packages.requirements : [],
    wheels: (packages.wheels ?? []).map((w) => ({
      name: w.name, version: w.version, file: w.file, sha256: w.sha256 ?? null,
      url: new URL(w.file, wheelBase).href,
    })),
    pyodide: (packages.pyodide ?? []).map((p) => ({ name: p.name, version: p.version, shipped: Boolean(p.shipped) })),
    indexURLs: Array.isArray(packages.indexURLs) && packages.indexURLs.length ? packages.indexURLs : null,
    pyodideBaseURL: packages.pyodideBaseURL ? new URL(packages.pyodideBaseURL, document.baseURI).href : null,
    // A lock file of the site's own (Pyodide's packages from --pyodide-packages DIR): next to pyodide-lock.json.
    pyodideLockURL: packages.pyodideLockFile ? new URL(`../pyodide/${packages.pyodideLockFile}`, bundleURL).href : null,
    pyodideVersion: packages.pyodideVersion ?? null,
    pyodideSource: packages.pyodideSource ?? (packages.pyodideBaseURL ? "url" : null),
    error: packages.error ?? null,
  };
}

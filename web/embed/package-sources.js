// Where an embedded app's requirements come from (mount options):
//   packages: "<site>/_wasmlit/packages.json"  a wheelhouse made by `wasmlit build`
//             (build any app whose requirements.txt lists what the embedded apps
//             need; its wheels are then served with the site, offline)
//   packageIndex: "https://…/simple"           a package index micropip may use (online)
// Neither: only Pyodide's own packages and what the wheelhouse plan names can be
// installed, and nothing is fetched from outside the site.
import { packagePlan } from "../boot/packages.js";

/**
 * @param {{packages?: string, packageIndex?: string|string[]}} [sources] the mount options above
 * @param {string} [base] what relative URLs are resolved against
 * @returns {Promise<import("../../protocol/messages.js").PackagePlan|null>}
 */
export async function resolvePackageSources({ packages, packageIndex } = {}, base = document.baseURI) {
  let plan = null;
  if (packages) {
    const url = new URL(packages, base);
    let response;
    try {
      response = await fetch(url);
    } catch (error) {
      throw new Error(`Could not read the wheelhouse list ${url}: ${error.message}`);
    }
    if (!response.ok) throw new Error(`Could not read the wheelhouse list ${url}: HTTP ${response.status}`);
    plan = packagePlan(await response.json(), url);
  }
  if (packageIndex) {
    const indexURLs = (Array.isArray(packageIndex) ? packageIndex : [packageIndex]).map((u) => new URL(u, base).href);
    plan = { ...(plan ?? { requirements: [], wheels: [], pyodide: [], pyodideBaseURL: null, pyodideVersion: null, error: null }), indexURLs };
  }
  return plan;
}

// Fetches the app bundle written by the CLI (`_wasmlit/app.json`):
//   { entrypoint, files: {path: {text}|{base64}}, config: {...}, requirements: [...],
//     packages?: {...} (cli/packages.js: the site's wheelhouse and package URLs),
//     dev?: {changes, revision, sourceDir} (`wasmlit serve` only: its change stream,
//       cli/live-app.js, and the app folder's real path, which tracebacks show) }
// and decodes it into the fields of the worker's `boot` message.

export const APP_BUNDLE_PATH = "./_wasmlit/app.json";

/** @returns {Promise<{entrypoint: string, files: Object<string, string|Uint8Array>,
 *            config: object, requirements: string[], packages: object|null,
 *            dev: {changes: string, revision: number}|null, sourceDir: string|null,
 *            transfer: ArrayBuffer[]}>} */
export async function fetchAppBundle(url = new URL(APP_BUNDLE_PATH, document.baseURI)) {
  let response;
  try {
    response = await fetch(url, { cache: "no-cache" });
  } catch (error) {
    throw new Error(`Could not download the app from ${url}: ${error.message}`);
  }
  if (!response.ok) {
    throw new Error(`Could not download the app from ${url}: HTTP ${response.status} ${response.statusText}`);
  }
  const bundle = await response.json();
  if (typeof bundle?.entrypoint !== "string" || typeof bundle.files !== "object") {
    throw new Error(`The app bundle at ${url} has no entrypoint or files`);
  }
  const files = {};
  const transfer = [];
  for (const [path, entry] of Object.entries(bundle.files)) {
    if (typeof entry?.text === "string") {
      files[path] = entry.text;
    } else if (typeof entry?.base64 === "string") {
      files[path] = decodeBase64(entry.base64);
      transfer.push(files[path].buffer);
    } else {
      throw new Error(`The app bundle entry ${JSON.stringify(path)} is neither text nor base64`);
    }
  }
  return {
    entrypoint: bundle.entrypoint,
    files,
    config: bundle.config ?? {},
    requirements: bundle.requirements ?? [],
    // Only apps with requirements need the plan's code (kept out of the first download).
    packages: bundle.packages ? (await import("./packages.js")).packagePlan(bundle.packages, url) : null,
    // `wasmlit serve` only: where it announces changes ({changes, revision}; web/boot/source-changes.js).
    dev: bundle.dev ?? null,
    // The app folder's path on the author's machine (`wasmlit serve` only; a built
    // site shows paths relative to the app's folder).
    sourceDir: typeof bundle.dev?.sourceDir === "string" ? bundle.dev.sourceDir : null,
    transfer,
  };
}

function decodeBase64(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

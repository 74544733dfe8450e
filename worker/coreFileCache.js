// Pyodide's big runtime files (pyodide.asm.wasm, python_stdlib.zip,
// pyodide-lock.json) kept in Cache Storage, shared by every worker of the
// site: the second and third app on a page (or the next visit) read them from
// there. Browsers' HTTP caches usually do that already, but a memory-only cache
// (private windows) does not keep a 9.6 MB wasm, and each worker downloaded
// it again. The cache is named after the Pyodide version, so a site that moves
// to another version never reads stale files. Where Cache Storage is missing
// (an insecure origin) or fails, fetch works as before.
import { version as pyodideVersion } from "pyodide";

const CORE_FILE = /\/(pyodide\.asm\.wasm|python_stdlib\.zip|pyodide-lock\.json)(\?.*)?$/;
const CACHE_PREFIX = "wasmlit-pyodide-";
export const CACHE_NAME = `${CACHE_PREFIX}${pyodideVersion}`;

/** Drops the caches of other Pyodide versions (a site that upgraded). */
async function dropOldVersions(caches) {
  for (const name of await caches.keys()) {
    if (name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME) await caches.delete(name);
  }
}

/** A response worth keeping: complete, and for the wasm the type streaming compilation needs. */
function cacheable(url, response) {
  if (!response.ok || response.status !== 200) return false;
  if (url.endsWith(".wasm")) return (response.headers.get("content-type") ?? "").startsWith("application/wasm");
  return true;
}

/** Wraps the worker's fetch for Pyodide's core files (call before loadPyodide). */
export function cacheCoreFiles(scope = self) {
  if (!scope.caches || scope.fetch.wasmlitCoreFiles) return;
  const networkFetch = scope.fetch.bind(scope);
  const cachedFetch = async (input, init) => {
    const url = typeof input === "string" ? input : input?.url ?? String(input);
    if (!CORE_FILE.test(url) || (init && init.method && init.method !== "GET")) return networkFetch(input, init);
    let cache = null;
    try {
      cache = await scope.caches.open(CACHE_NAME);
      const hit = await cache.match(url);
      if (hit) return hit;
    } catch {
      cache = null;
    }
    const response = await networkFetch(input, init);
    if (cache && cacheable(url, response)) {
      cache.put(url, response.clone()).then(() => dropOldVersions(scope.caches)).catch(() => {});
    }
    return response;
  };
  cachedFetch.wasmlitCoreFiles = true;
  scope.fetch = cachedFetch;
}

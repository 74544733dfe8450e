// How the worker gets pyodide.asm.wasm (9.6 MB). Pyodide fetches it and
// compiles it from the stream (instantiateStreaming); this wraps the worker's
// fetch for that one URL:
//
// 1. From the browser's HTTP cache when it has the file (`only-if-cached`: no
//    request at all). Chromium keeps the compiled wasm code beside an HTTP-cache
//    entry and uses it only for a response from there: later visits skip the compile.
// 2. Else from Cache Storage, when an earlier worker put it there. That is for
//    private windows: their memory-only HTTP cache does not keep a file this
//    big, so every app on a docs page downloaded it again (no code cache then,
//    but no download either).
// 3. Else from the network, keeping a copy in Cache Storage.
//
// The Cache Storage copy is named after the versioned folder, so a site that
// moves to another Pyodide never reads a stale file; older ones are deleted.
// Where Cache Storage is missing (an insecure origin) or fails, steps 2-3 are plain fetches.

// The same name the page uses for sandboxed workers' copies (web/boot/sandboxed-worker.js).
const CACHE_PREFIX = "wasmlit-pyodide-";

/** Drops the caches of other Pyodide versions (a site that upgraded). */
async function dropOtherVersions(caches, keep) {
  for (const name of await caches.keys()) {
    if (name.startsWith(CACHE_PREFIX) && name !== keep) await caches.delete(name);
  }
}

/** @typedef {typeof fetch & {wasmlitNetworkFetch?: typeof fetch}} WrappedFetch  the browser's fetch kept on the wrapper */

/**
 * @param {typeof self} scope the worker's global scope
 * @param {string} wasmURL the absolute URL of pyodide.asm.wasm
 * @param {string} version the versioned folder's name
 * @param {{codeCache?: boolean}} options codeCache false: a response made in
 *   memory, which Chromium never pairs with its code cache (for measurements)
 */
export function cacheWasm(scope, wasmURL, version, { codeCache = true } = {}) {
  // A second boot in the same worker (a restart) replaces the first wrapper.
  const networkFetch = (/** @type {WrappedFetch} */ (scope.fetch).wasmlitNetworkFetch ?? scope.fetch).bind(scope);
  const cacheName = `${CACHE_PREFIX}${version}`;
  const fetchWasm = async (input, init) => {
    const fromHttpCache = await networkFetch(wasmURL, { cache: "only-if-cached", mode: "same-origin" }).catch(() => null);
    if (fromHttpCache?.ok) return fromHttpCache;
    let cache = null;
    try {
      cache = scope.caches ? await scope.caches.open(cacheName) : null;
      const hit = await cache?.match(wasmURL);
      if (hit) return hit;
    } catch {
      cache = null;
    }
    const response = await networkFetch(input, init);
    const type = response.headers.get("content-type") ?? "";
    if (cache && response.status === 200 && type.startsWith("application/wasm")) {
      cache
        .put(wasmURL, response.clone())
        .then(() => dropOtherVersions(scope.caches, cacheName))
        .catch(() => {});
    }
    return response;
  };
  const wrapped = async (input, init) => {
    const url = typeof input === "string" ? input : input?.url ?? String(input);
    if (url !== wasmURL || (init?.method && init.method !== "GET")) return networkFetch(input, init);
    const response = await fetchWasm(input, init);
    if (codeCache || !response.ok) return response;
    return new Response(await response.arrayBuffer(), { status: 200, headers: { "Content-Type": "application/wasm" } });
  };
  wrapped.wasmlitNetworkFetch = /** @type {WrappedFetch} */ (scope.fetch).wasmlitNetworkFetch ?? scope.fetch;
  scope.fetch = wrapped;
}

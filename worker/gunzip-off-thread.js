// fetchGunzipped (worker/fetch-bytes.js) run on a second thread
// (worker/gunzip-thread.js), so that Python's worker thread stays free for the
// wasm's streaming compile and Pyodide's start-up while ~17 MB are inflated.
// Where a second thread cannot be had (an opaque-origin worker, a browser
// without nested workers, a helper that fails to load) the file is fetched on
// this thread as before: the same bytes, the same errors.
import { fetchGunzipped } from "./fetch-bytes.js";

/** @type {Worker|null} the helper, while requests are pending */
let helper = null;
let nextId = 0;
/** @type {Map<number, {resolve: (bytes: Uint8Array) => void, reject: (error: Error) => void, fallback: () => void}>} */
const pending = new Map();
/** Downloads the helper made: {file name: {end, bytes}} (worker/boot-timings.js reports them). */
export const helperDownloads = {};

/**
 * @param {string} url
 * @param {string} what the file, as errors name it
 * @returns {Promise<Uint8Array>}
 */
export function fetchGunzippedOffThread(url, what) {
  const worker = ensureHelper();
  if (!worker) return fetchGunzipped(url, what);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject, fallback: () => fetchGunzipped(url, what).then(resolve, reject) });
    worker.postMessage({ id, url, what });
  });
}

function ensureHelper() {
  if (helper) return helper;
  // An opaque-origin (sandboxed) worker's downloads go through the page, and it
  // could not load the helper's script anyway.
  if (typeof Worker === "undefined" || globalThis.self?.origin === "null") return null;
  try {
    helper = new Worker(new URL("./gunzip-thread.js", import.meta.url), { type: "module" });
  } catch {
    return null;
  }
  const worker = helper;
  worker.onmessage = ({ data }) => {
    const request = pending.get(data.id);
    if (!request) return;
    pending.delete(data.id);
    if (data.download) helperDownloads[data.download.name] = { end: data.download.end, bytes: data.download.bytes };
    if (data.error) request.reject(new Error(data.error));
    else request.resolve(data.bytes);
    if (!pending.size) stopHelper(worker);
  };
  // The helper could not start (or died): what it had not answered is fetched here.
  worker.onerror = (event) => {
    event.preventDefault();
    stopHelper(worker);
    const requests = [...pending.values()];
    pending.clear();
    for (const request of requests) request.fallback();
  };
  return worker;
}

function stopHelper(worker) {
  worker.terminate();
  if (helper === worker) helper = null;
}

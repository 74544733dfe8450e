// fetchGunzipped (worker/fetch-bytes.js) with the decompression on a second
// thread (worker/gunzip-thread.js), so that Python's worker thread stays free
// for the wasm's streaming compile and Pyodide's start-up while ~15 MB are
// inflated. The download itself stays on this thread (the page's request
// routing and Resource Timing see it as before); its body is transferred as
// it arrives. Where a second thread cannot be had (an opaque-origin worker, a
// browser without nested workers or transferable streams, a helper that fails
// to load) the file is decompressed here: the same bytes, the same errors.
import { fetchGunzipped, fetchOk, gunzipBody } from "./fetch-bytes.js";

/** @type {Worker|null} the helper, while requests are pending */
let helper = null;
let nextId = 0;
/** The helper failed once: files are decompressed on this thread from then on. */
let helperFailed = false;
/** @type {Map<number, {resolve: (bytes: Uint8Array) => void, reject: (error: Error) => void, again: () => Promise<Uint8Array>}>} */
const pending = new Map();

/**
 * @param {string} url
 * @param {string} what the file, as errors name it
 * @returns {Promise<Uint8Array>}
 */
export async function fetchGunzippedOffThread(url, what) {
  if (!canUseHelper()) return fetchGunzipped(url, what);
  const response = await fetchOk(url, what);
  const body = response.body;
  if (!body) return new Uint8Array(await response.arrayBuffer());
  const worker = ensureHelper();
  if (worker) {
    const id = nextId++;
    const again = () => fetchGunzipped(url, what);
    const answer = new Promise((resolve, reject) => pending.set(id, { resolve, reject, again }));
    try {
      worker.postMessage({ id, body, url, what }, [body]);
      return await answer;
    } catch (error) {
      pending.delete(id);
      // Not transferred (no transferable streams): decompressed here instead.
      if (!body.locked) return gunzipBody(body, url, what);
      throw error;
    }
  }
  return gunzipBody(body, url, what);
}

function canUseHelper() {
  // An opaque-origin (sandboxed) worker could not load the helper's script.
  return !helperFailed && typeof Worker !== "undefined" && globalThis.self?.origin !== "null";
}

function ensureHelper() {
  if (helper) return helper;
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
    if (data.error) request.reject(new Error(data.error));
    else request.resolve(data.bytes);
    if (!pending.size) stopHelper(worker);
  };
  // The helper could not start (or died): what it had not answered is
  // downloaded again (its body went with the helper) and decompressed here.
  worker.onerror = (event) => {
    event.preventDefault();
    helperFailed = true;
    stopHelper(worker);
    const requests = [...pending.values()];
    pending.clear();
    for (const request of requests) request.again().then(request.resolve, request.reject);
  };
  return worker;
}

function stopHelper(worker) {
  worker.terminate();
  if (helper === worker) helper = null;
}

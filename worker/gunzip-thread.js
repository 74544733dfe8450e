// A second worker thread that downloads the boot's gzipped files (the memory
// snapshot, the runtime archive) and decompresses them, then hands the bytes
// to Python's worker (transferred, not copied). Python's worker thread also
// receives the wasm's bytes for its streaming compile: with ~17 MB to inflate
// on the same thread, a warm boot's wasm arrived ~150 ms later than alone.
// Started by worker/gunzip-off-thread.js; one request per file.
import { fetchGunzipped } from "./fetch-bytes.js";

/** @param {MessageEvent<{id: number, url: string, what: string}>} event */
self.onmessage = async ({ data: { id, url, what } }) => {
  try {
    const bytes = await fetchGunzipped(url, what);
    const entry = /** @type {PerformanceResourceTiming|undefined} */ (performance.getEntriesByName(url).at(-1));
    const name = url.split("?")[0].split("/").at(-1);
    const download = entry ? { name, end: Math.round(performance.timeOrigin + entry.responseEnd), bytes: entry.transferSize } : null;
    self.postMessage({ id, bytes, download }, { transfer: [bytes.buffer] });
  } catch (error) {
    self.postMessage({ id, error: String(/** @type {Error} */ (error)?.message ?? error) });
  }
};

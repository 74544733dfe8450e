// A second worker thread that decompresses the boot's gzipped files (the
// memory snapshot, the runtime archive) for Python's worker, which downloads
// them itself and hands over the response's body as it arrives (a transferred
// ReadableStream); the bytes come back transferred, not copied. Python's
// worker thread also feeds the wasm's streaming compile: with ~15 MB to
// inflate on the same thread, a warm boot's wasm arrived ~150 ms later.
// Started by worker/gunzip-off-thread.js; one message per file.
import { gunzipBody } from "./fetch-bytes.js";

/** @param {MessageEvent<{id: number, body: ReadableStream<Uint8Array>, url: string, what: string}>} event */
self.onmessage = async ({ data: { id, body, url, what } }) => {
  try {
    const bytes = await gunzipBody(body, url, what);
    self.postMessage({ id, bytes }, { transfer: [bytes.buffer] });
  } catch (error) {
    self.postMessage({ id, error: String(/** @type {Error} */ (error)?.message ?? error) });
  }
};

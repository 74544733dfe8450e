// worker/gunzip-off-thread.js: Python's worker downloads a boot file and hands
// its body to a second thread to decompress; without that thread the bytes are
// the same. (A stand-in Worker class plays the thread.)
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { afterEach, test } from "node:test";
import { gunzipBody } from "../../worker/fetch-bytes.js";

const payload = new Uint8Array(300_000).map((_, i) => (i * 31) % 253);
const realFetch = globalThis.fetch;
let fetches = 0;
globalThis.fetch = async () => {
  fetches++;
  return new Response(new Uint8Array(gzipSync(payload)));
};
afterEach(() => {
  delete globalThis.Worker;
  fetches = 0;
});
process.on("exit", () => {
  globalThis.fetch = realFetch;
});

/** A thread that does what worker/gunzip-thread.js does. */
class WorkingThread {
  static made = 0;
  constructor() {
    WorkingThread.made++;
  }
  postMessage({ id, body, url, what }, transfer) {
    assert.deepEqual(transfer, [body]); // the body is handed over, not copied
    gunzipBody(body, url, what).then((bytes) => this.onmessage?.({ data: { id, bytes } }));
  }
  terminate() {}
}

/** A thread whose script cannot be loaded. */
class FailingThread {
  postMessage() {
    setTimeout(() => this.onerror?.({ preventDefault() {} }), 5);
  }
  terminate() {}
}

test("the body is decompressed by the second thread", async () => {
  globalThis.Worker = WorkingThread;
  const { fetchGunzippedOffThread } = await import("../../worker/gunzip-off-thread.js?working");
  const [a, b] = await Promise.all([fetchGunzippedOffThread("http://x/a.bin", "a"), fetchGunzippedOffThread("http://x/b.bin", "b")]);
  assert.deepEqual(a, payload);
  assert.deepEqual(b, payload);
  assert.equal(WorkingThread.made, 1); // one thread for both
  assert.equal(fetches, 2);
});

test("a thread that cannot start: the file is downloaded again and decompressed here", async () => {
  globalThis.Worker = FailingThread;
  const { fetchGunzippedOffThread } = await import("../../worker/gunzip-off-thread.js?failing");
  assert.deepEqual(await fetchGunzippedOffThread("http://x/a.bin", "a"), payload);
  assert.equal(fetches, 2);
  // From then on without the thread.
  assert.deepEqual(await fetchGunzippedOffThread("http://x/b.bin", "b"), payload);
  assert.equal(fetches, 3);
});

test("no Worker at all: decompressed here", async () => {
  const { fetchGunzippedOffThread } = await import("../../worker/gunzip-off-thread.js?none");
  assert.deepEqual(await fetchGunzippedOffThread("http://x/a.bin", "a"), payload);
  assert.equal(fetches, 1);
});

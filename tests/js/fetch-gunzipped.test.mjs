// worker/fetch-bytes.js: gzipped boot files are decompressed while they arrive,
// in whatever chunks the stream delivers them; a host that decoded them already is fine too.
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { afterEach, test } from "node:test";
import { fetchGunzipped } from "../../worker/fetch-bytes.js";

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** A fetch answering every request with `bytes`, delivered `chunk` bytes at a time. */
function serve(bytes, { chunk = 1 << 16, status = 200 } = {}) {
  globalThis.fetch = async () => {
    let at = 0;
    const body = new ReadableStream({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(at, at + chunk));
        at += chunk;
      },
    });
    return new Response(body, { status });
  };
}

const payload = new Uint8Array(200_000).map((_, i) => (i * 7919) % 251);

test("a gzipped file comes back decompressed", async () => {
  serve(new Uint8Array(gzipSync(payload)));
  assert.deepEqual(await fetchGunzipped("http://x/a.bin", "the file"), payload);
});

test("one byte per chunk: the gzip header is recognised across chunks", async () => {
  serve(new Uint8Array(gzipSync(payload.subarray(0, 3000))), { chunk: 1 });
  assert.deepEqual(await fetchGunzipped("http://x/a.bin", "the file"), payload.subarray(0, 3000));
});

test("a file a host decoded already is kept as it is", async () => {
  serve(payload, { chunk: 1000 });
  assert.deepEqual(await fetchGunzipped("http://x/a.bin", "the file"), payload);
});

test("an empty file is empty", async () => {
  serve(new Uint8Array(0));
  assert.equal((await fetchGunzipped("http://x/a.bin", "the file")).length, 0);
});

test("damaged gzip says which file could not be read", async () => {
  const broken = new Uint8Array(gzipSync(payload));
  for (let i = 100; i < 400; i++) broken[i] ^= 0x5a;
  serve(broken);
  await assert.rejects(fetchGunzipped("http://x/snap.bin", "the memory snapshot"), /the memory snapshot from http:\/\/x\/snap.bin could not be read/);
});

test("an HTTP error names the file and the status", async () => {
  serve(new Uint8Array(0), { status: 404 });
  await assert.rejects(fetchGunzipped("http://x/snap.bin", "the memory snapshot"), /the memory snapshot could not be downloaded from http:\/\/x\/snap.bin: HTTP 404/);
});

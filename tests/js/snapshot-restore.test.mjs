// worker/snapshot-restore.js: the wasm is instantiated while the snapshot may
// still be downloading; the restore waits for it, then rebuilds the heap and
// keeps this process's JSPI trampoline index.
import assert from "node:assert/strict";
import { test } from "node:test";
import { SNAPSHOT_MAGIC } from "../../worker/snapshot-format.js";
import { PAGE_SIZE, encodeSnapshotPages, readSnapshotPages } from "../../worker/snapshot-pages.js";
import { snapshotModuleFactory } from "../../worker/snapshot-restore.js";

const BUILD_ID = "abcdef01".repeat(8);
const TRAMPOLINE_OFFSET_AT = 64; // where the module keeps the offset of the index in _PyRuntime
const RUNTIME_AT = 128; // _PyRuntime
const INDEX_OFFSET = 8; // the index lives at _PyRuntime + 8

function snapshotOf(heap) {
  const json = new TextEncoder().encode(JSON.stringify({ hiwireKeys: [], answer: 42 }));
  const heapOffset = Math.ceil((48 + json.length) / 16) * 16;
  const out = new Uint8Array(heapOffset + heap.length);
  const words = new Uint32Array(out.buffer, 0, 12);
  words.set([SNAPSHOT_MAGIC, heapOffset, json.length, 0]);
  words.fill(0xabcdef01, 4, 12);
  out.set(json, 48);
  out.set(heap, heapOffset);
  return out;
}

/** A stand-in for pyodide.asm.mjs's factory: instantiates (through settings.instantiateWasm), runs "start-up code". */
function fakePyodideFactory(memory, log) {
  return async (settings) => {
    await new Promise((resolve) => settings.instantiateWasm({}, () => resolve(undefined)));
    log.push("instantiated");
    const Module = {
      API: { config: { BUILD_ID } },
      get HEAPU8() { return new Uint8Array(memory.buffer); },
      get HEAP32() { return new Int32Array(memory.buffer); },
      growMemory(bytes) { memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536)); },
      __PyEM_EMSCRIPTEN_TRAMPOLINE_OFFSET: TRAMPOLINE_OFFSET_AT,
      __PyRuntime: RUNTIME_AT,
    };
    Module.HEAP32[TRAMPOLINE_OFFSET_AT >>> 2] = INDEX_OFFSET;
    Module.HEAP32[(RUNTIME_AT + INDEX_OFFSET) >>> 2] = 7; // this process's trampoline index
    Module.HEAPU8[5000] = 0xee; // start-up code wrote somewhere the snapshot does not cover
    return Module;
  };
}

test("the module is instantiated before the snapshot arrives, and restored from it once it has", async () => {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const initial = new Uint8Array(memory.buffer).slice();
  const heap = new Uint8Array(3 * 65536);
  heap[70000] = 1; // a page past the initial memory
  new Int32Array(heap.buffer)[TRAMPOLINE_OFFSET_AT >>> 2] = INDEX_OFFSET;
  new Int32Array(heap.buffer)[(RUNTIME_AT + INDEX_OFFSET) >>> 2] = 3; // the build machine's index
  const parts = readSnapshotPages(encodeSnapshotPages(snapshotOf(heap), initial, {}));
  const log = [];
  let deliver;
  const arriving = new Promise((resolve) => (deliver = resolve));
  const settings = { instantiateWasm: (_imports, done) => done({ exports: { memory } }, null) };
  const made = snapshotModuleFactory(fakePyodideFactory(memory, log), arriving)(settings).then((Module) => {
    log.push("module");
    return Module;
  });
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.deepEqual(log, ["instantiated"]); // waiting for the snapshot, with the wasm ready
  deliver(parts);
  const Module = await made;
  assert.deepEqual(Module.API.restoreSnapshot(new Uint8Array(0)), { hiwireKeys: [], answer: 42 });
  const restored = Module.HEAPU8;
  assert.equal(restored[70000], 1);
  assert.equal(restored[5000], 0); // back to the snapshot's (zero) byte
  assert.equal(Module.HEAP32[(RUNTIME_AT + INDEX_OFFSET) >>> 2], 7); // this process's index kept
  assert.equal(restored.length >= heap.length, true);
  assert.throws(() => Module.API.restoreSnapshot(new Uint8Array(0)), /restored already/);
  assert.equal(PAGE_SIZE, 4096);
});

test("a snapshot for another Pyodide build is refused at the restore", async () => {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const initial = new Uint8Array(memory.buffer).slice();
  const parts = { ...readSnapshotPages(encodeSnapshotPages(snapshotOf(new Uint8Array(65536)), initial, {})), buildId: "0".repeat(64) };
  const settings = { instantiateWasm: (_imports, done) => done({ exports: { memory } }, null) };
  const Module = await snapshotModuleFactory(fakePyodideFactory(memory, []), Promise.resolve(parts))(settings);
  assert.throws(() => Module.API.restoreSnapshot(new Uint8Array(0)), /build id mismatch/);
});

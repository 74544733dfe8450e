// worker/snapshot-pages.js: the snapshot file keeps only the pages that differ
// from the memory a fresh module starts with, and the worker rebuilds the heap
// from that memory plus those pages.
import assert from "node:assert/strict";
import { test } from "node:test";
import { SNAPSHOT_MAGIC } from "../../worker/snapshot-format.js";
import { PAGE_SIZE, encodeSnapshotPages, readSnapshotPages, writeSnapshotHeap } from "../../worker/snapshot-pages.js";

/** A Pyodide-format snapshot (header + JSON + heap) of `heap`. */
function pyodideSnapshot(heap) {
  const json = new TextEncoder().encode(JSON.stringify({ hiwireKeys: [] }));
  const heapOffset = Math.ceil((48 + json.length) / 16) * 16;
  const out = new Uint8Array(heapOffset + heap.length);
  const words = new Uint32Array(out.buffer, 0, 12);
  words[0] = SNAPSHOT_MAGIC;
  words[1] = heapOffset;
  words[2] = json.length;
  words.fill(0xabcdef01, 4, 12);
  out.set(json, 48);
  out.set(heap, heapOffset);
  return out;
}

const pages = (n) => new Uint8Array(n * PAGE_SIZE);

test("only pages that differ from the initial memory are stored, zero pages past its end neither", () => {
  const initial = pages(4).map((_, i) => (i % 7) + 1); // 4 pages of data segments
  const heap = pages(10);
  heap.set(initial); // same as at start...
  heap[PAGE_SIZE + 5] = 99; // ...but page 1 changed
  heap[6 * PAGE_SIZE + 1] = 42; // page 6 (past the initial memory) has data; 4, 5, 7-9 stay zero
  const file = encodeSnapshotPages(pyodideSnapshot(heap), initial, { pyodide: "x" });
  const parts = readSnapshotPages(file);
  assert.deepEqual([...parts.indices], [1, 6]);
  assert.equal(parts.heapBytes, heap.length);
  assert.deepEqual(parts.identity, { pyodide: "x" });

  // Restored into memory that is bigger and dirty (Pyodide's start-up wrote to it).
  const memory = pages(12).fill(0x55);
  writeSnapshotHeap(memory, initial, parts);
  assert.deepEqual(memory.subarray(0, heap.length), heap);
});

test("a page of zeros inside the initial memory is stored: the memory starts with data there", () => {
  const initial = pages(2).fill(3);
  const heap = pages(2);
  const parts = readSnapshotPages(encodeSnapshotPages(pyodideSnapshot(heap), initial, {}));
  assert.deepEqual([...parts.indices], [0, 1]);
  const memory = pages(2).fill(9);
  writeSnapshotHeap(memory, initial, parts);
  assert.deepEqual(memory, heap);
});

test("a truncated file is refused", () => {
  const file = encodeSnapshotPages(pyodideSnapshot(pages(3).fill(1)), pages(1), {});
  assert.throws(() => readSnapshotPages(file.subarray(0, file.length - 4)), /truncated/);
});

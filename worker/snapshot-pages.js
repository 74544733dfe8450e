// wasmlit's memory snapshot file: Pyodide's snapshot header (worker/snapshot-format.js)
// followed, instead of the whole heap, by the pages that differ from the
// memory the wasm module starts with (its data segments, the same in every
// instance of the same module). That cuts the file by the ~3 MB the wasm
// already carries, and the bytes to decompress by half. Plain JavaScript:
// written by the build (scripts/boot/make.mjs), read by the worker.
//
// At Pyodide's heap offset:
//   "WLSP" | u32 version (1) | u32 page size | u32 heap bytes | u32 page count
//   | u32 n | n bytes of UTF-8 JSON (the boot files the snapshot was made with), padded to 4
//   | page count x u32 page index | the pages' bytes, in that order
import { readSnapshotHeader } from "./snapshot-format.js";

const MAGIC = 0x50534c57; // "WLSP" read as a little-endian u32
const VERSION = 1;
export const PAGE_SIZE = 4096;

/**
 * @param {Uint8Array} snapshot Pyodide's snapshot (header + whole heap)
 * @param {Uint8Array} initial the module's memory right after instantiation
 * @param {object} identity what the snapshot was made with (checked when it is restored)
 */
export function encodeSnapshotPages(snapshot, initial, identity) {
  const { heapOffset } = readSnapshotHeader(snapshot);
  const heap = snapshot.subarray(heapOffset);
  const pages = [];
  for (let start = 0; start < heap.length; start += PAGE_SIZE) {
    const page = heap.subarray(start, start + PAGE_SIZE);
    // Past the initial memory's end the heap starts out as zeros (writeSnapshotHeap).
    const before = initial.subarray(start, start + PAGE_SIZE);
    const same = equalBytes(page.subarray(0, before.length), before) && isZero(page.subarray(before.length));
    if (!same) pages.push(start / PAGE_SIZE);
  }
  const json = new TextEncoder().encode(JSON.stringify(identity));
  const jsonPadded = Math.ceil(json.length / 4) * 4;
  const head = 24 + jsonPadded + pages.length * 4;
  const out = new Uint8Array(heapOffset + head + pages.length * PAGE_SIZE);
  out.set(snapshot.subarray(0, heapOffset), 0);
  const view = new DataView(out.buffer, heapOffset);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, PAGE_SIZE, true);
  view.setUint32(12, heap.length, true);
  view.setUint32(16, pages.length, true);
  view.setUint32(20, json.length, true);
  out.set(json, heapOffset + 24);
  let at = heapOffset + head;
  pages.forEach((index, i) => {
    view.setUint32(24 + jsonPadded + i * 4, index, true);
    const page = heap.subarray(index * PAGE_SIZE, (index + 1) * PAGE_SIZE);
    out.set(page, at);
    at += PAGE_SIZE;
  });
  return out;
}

/** The parts of a wasmlit snapshot file, checked for consistency (never the heap itself). */
export function readSnapshotPages(bytes) {
  const header = readSnapshotHeader(bytes);
  const at = header.heapOffset;
  if (bytes.length < at + 24) throw new Error("the snapshot is truncated");
  const view = new DataView(bytes.buffer, bytes.byteOffset + at);
  if (view.getUint32(0, true) !== MAGIC) throw new Error("the snapshot is not a wasmlit page snapshot");
  if (view.getUint32(4, true) !== VERSION) throw new Error(`unsupported snapshot version ${view.getUint32(4, true)}`);
  const pageSize = view.getUint32(8, true);
  const heapBytes = view.getUint32(12, true);
  const count = view.getUint32(16, true);
  const jsonLength = view.getUint32(20, true);
  const jsonPadded = Math.ceil(jsonLength / 4) * 4;
  const indexStart = at + 24 + jsonPadded;
  const dataStart = indexStart + count * 4;
  if (bytes.length !== dataStart + count * pageSize) throw new Error("the snapshot is truncated or has extra bytes");
  const identity = JSON.parse(new TextDecoder().decode(bytes.subarray(at + 24, at + 24 + jsonLength)));
  const indices = new Uint32Array(count);
  for (let i = 0; i < count; i++) indices[i] = new DataView(bytes.buffer, bytes.byteOffset + indexStart).getUint32(i * 4, true);
  return { ...header, identity, pageSize, heapBytes, indices, data: bytes.subarray(dataStart) };
}

/**
 * Writes the snapshot's heap into `heap`: the initial memory, then the pages.
 * @param {Uint8Array} heap the module's memory (at least `parts.heapBytes` long)
 * @param {Uint8Array} initial the module's memory right after instantiation
 */
export function writeSnapshotHeap(heap, initial, parts) {
  const { pageSize, heapBytes, indices, data } = parts;
  if (heap.length < heapBytes) throw new Error("the memory is smaller than the snapshot's heap");
  heap.set(initial.subarray(0, Math.min(initial.length, heapBytes)), 0);
  if (initial.length < heap.length) heap.fill(0, initial.length);
  for (let i = 0; i < indices.length; i++) {
    const start = indices[i] * pageSize;
    if (start + pageSize > heapBytes) throw new Error("a snapshot page lies outside its heap");
    heap.set(data.subarray(i * pageSize, (i + 1) * pageSize), start);
  }
}

function isZero(bytes) {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
}

function equalBytes(a, b) {
  // Compare 4 bytes at a time where both views are aligned (pages are).
  if (a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0 && a.length % 4 === 0) {
    const x = new Uint32Array(a.buffer, a.byteOffset, a.length / 4);
    const y = new Uint32Array(b.buffer, b.byteOffset, b.length / 4);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  }
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

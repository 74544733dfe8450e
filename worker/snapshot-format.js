// The header of a Pyodide memory snapshot (Pyodide 314's private format, made by
// pyodide.makeMemorySnapshot()):
//   u32 magic | u32 heap offset | u32 JSON length | u32 0 | 8 x u32 build id | JSON at byte 48 | heap at the offset
// Read by the build (to check a snapshot before shipping it) and by the worker
// (to say why a snapshot cannot be used before Pyodide would fail on it).

export const SNAPSHOT_MAGIC = 1886286592;
const JSON_START = 48;

/** @param {Uint8Array} bytes @returns {{buildId: string, config: Object<string, unknown>, heapOffset: number, heapBytes: number}} */
export function readSnapshotHeader(bytes) {
  if (bytes.length < JSON_START || bytes.byteOffset % 4 !== 0) throw new Error("the snapshot is truncated");
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, JSON_START / 4);
  if (words[0] !== SNAPSHOT_MAGIC) throw new Error("the snapshot has an invalid magic number");
  const heapOffset = words[1];
  const jsonLength = words[2];
  if (heapOffset > bytes.length || JSON_START + jsonLength > heapOffset) throw new Error("the snapshot is truncated");
  const buildId = Array.from(words.subarray(4, 12), (w) => w.toString(16).padStart(8, "0")).join("");
  const config = JSON.parse(new TextDecoder().decode(bytes.subarray(JSON_START, JSON_START + jsonLength)));
  return { buildId, config, heapOffset, heapBytes: bytes.length - heapOffset };
}

/** The JavaScript objects the snapshot's Python heap refers to (it must refer to none). */
export function snapshotJsReferences(config) {
  return (config?.hiwireKeys ?? []).filter((key) => key !== null);
}

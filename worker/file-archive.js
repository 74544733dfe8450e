// A flat archive of files (path -> bytes), the format of the runtime bundle
// the build writes (scripts/boot/) and the worker unpacks into Pyodide's file
// system. Plain JavaScript: used in Node and in the worker.
//
//   "WLFA" | u32 version (1) | u32 n | n bytes of UTF-8 JSON [[path, size], ...] | the files' bytes, in order
//
// All integers little-endian. The build gzips the whole archive; the worker
// accepts it gzipped or not (a host may already have decoded it).

const MAGIC = [0x57, 0x4c, 0x46, 0x41]; // "WLFA"
const VERSION = 1;

/** @param {Array<[string, Uint8Array]>} files @returns {Uint8Array} */
export function packFiles(files) {
  const index = new TextEncoder().encode(JSON.stringify(files.map(([path, bytes]) => [path, bytes.length])));
  const total = 12 + index.length + files.reduce((sum, [, bytes]) => sum + bytes.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, index.length, true);
  out.set(index, 12);
  let offset = 12 + index.length;
  for (const [, bytes] of files) {
    out.set(bytes, offset);
    offset += bytes.length;
  }
  return out;
}

/** @param {Uint8Array} bytes an uncompressed archive @returns {Array<[string, Uint8Array]>} */
export function unpackFiles(bytes) {
  if (bytes.length < 12 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error("not a wasmlit file archive");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== VERSION) throw new Error(`unsupported file archive version ${version}`);
  const indexLength = view.getUint32(8, true);
  const index = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + indexLength)));
  let offset = 12 + indexLength;
  const files = [];
  for (const [path, size] of index) {
    if (offset + size > bytes.length) throw new Error("truncated file archive");
    files.push([path, bytes.subarray(offset, offset + size)]);
    offset += size;
  }
  return files;
}

/** Whether `bytes` starts with the gzip magic number. */
export function isGzip(bytes) {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

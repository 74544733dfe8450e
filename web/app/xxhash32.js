// XXH32 (Yann Collet's xxHash, 32-bit) of a string's UTF-8 bytes: Streamlit
// 1.67 names a heading whose text has no slug (e.g. only CJK characters) by
// this hash with seed 0xABCD, in hex, so anchors and links match its pages.
const PRIME1 = 0x9e3779b1;
const PRIME2 = 0x85ebca77;
const PRIME3 = 0xc2b2ae3d;
const PRIME4 = 0x27d4eb2f;
const PRIME5 = 0x165667b1;

const rotl = (x, r) => ((x << r) | (x >>> (32 - r))) >>> 0;
const mul = (a, b) => Math.imul(a, b) >>> 0;
const round = (acc, lane) => mul(rotl((acc + mul(lane, PRIME2)) >>> 0, 13), PRIME1);

/** @param {string} text @param {number} seed @returns {number} an unsigned 32-bit hash */
export function xxhash32(text, seed = 0) {
  const bytes = new TextEncoder().encode(text);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = bytes.length;
  let offset = 0;
  let acc;
  if (length >= 16) {
    let v1 = (seed + PRIME1 + PRIME2) >>> 0;
    let v2 = (seed + PRIME2) >>> 0;
    let v3 = seed >>> 0;
    let v4 = (seed - PRIME1) >>> 0;
    for (; offset + 16 <= length; offset += 16) {
      v1 = round(v1, view.getUint32(offset, true));
      v2 = round(v2, view.getUint32(offset + 4, true));
      v3 = round(v3, view.getUint32(offset + 8, true));
      v4 = round(v4, view.getUint32(offset + 12, true));
    }
    acc = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) >>> 0;
  } else {
    acc = (seed + PRIME5) >>> 0;
  }
  acc = (acc + length) >>> 0;
  for (; offset + 4 <= length; offset += 4) {
    acc = mul(rotl((acc + mul(view.getUint32(offset, true), PRIME3)) >>> 0, 17), PRIME4);
  }
  for (; offset < length; offset += 1) {
    acc = mul(rotl((acc + mul(bytes[offset], PRIME5)) >>> 0, 11), PRIME1);
  }
  acc = mul(acc ^ (acc >>> 15), PRIME2);
  acc = mul(acc ^ (acc >>> 13), PRIME3);
  return (acc ^ (acc >>> 16)) >>> 0;
}

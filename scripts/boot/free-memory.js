// Zeroes the C heap's free memory before the build takes its memory snapshot.
//
// Importing ~400 modules allocates and frees a lot (source and bytecode read
// from the zip, temporary lists, arenas Python gave back): the freed memory
// keeps its old bytes, and every page holding them would be stored in the
// snapshot, decompressed by every visitor and copied into the heap, although
// nothing reads it before writing it again. Allocating each free block,
// zeroing it and freeing it again leaves dlmalloc's own bookkeeping (written
// by free) and zeros: pages of zeros equal the module's initial memory there
// and are not stored at all (worker/snapshot-pages.js).

/** dlmalloc's `struct mallinfo` (ten ints): the fields used here. */
function mallinfo(Module) {
  const out = Module._malloc(64);
  try {
    Module._mallinfo(out);
    const fields = Module.HEAP32.subarray(out >>> 2, (out >>> 2) + 10);
    // fordblks: free bytes (top included); keepcost: what the top chunk could give back.
    return { free: fields[8], top: fields[9] };
  } finally {
    Module._free(out);
  }
}

/** Slack for dlmalloc's chunk headers and for the granularity it asks sbrk for. */
const SBRK_SLACK = 256 * 1024;

/**
 * @param {any} Module the Emscripten module (pyodide._module)
 * @returns {{freeBytes: number, zeroed: number}} free bytes before, and how many were zeroed
 */
export function zeroFreeMemory(Module) {
  const memoryBytes = Module.HEAPU8.length;
  const before = mallinfo(Module);
  const held = [];
  let zeroed = 0;
  // Largest blocks first, so that big free ranges are taken whole. A request
  // that no free block can serve moves the program break (sbrk): harmless
  // within the memory the heap has (those bytes are zeros), but the wasm
  // memory must not grow, or every visitor's heap would be that much bigger.
  for (let size = 1 << 22; size >= 32; size >>= 1) {
    for (;;) {
      const fitsTop = size + 64 <= mallinfo(Module).top;
      const fitsMemory = Module._sbrk(0) + size + SBRK_SLACK <= memoryBytes;
      if (!fitsTop && !fitsMemory) break;
      const at = Module._malloc(size);
      if (!at) break;
      Module.HEAPU8.fill(0, at, at + size);
      held.push(at);
      zeroed += size;
      if (Module.HEAPU8.length !== memoryBytes) throw new Error("zeroing the free memory grew the heap");
    }
  }
  for (const at of held) Module._free(at);
  return { freeBytes: before.free, zeroed };
}

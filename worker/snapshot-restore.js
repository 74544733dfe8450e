// Restoring wasmlit's memory snapshot (worker/snapshot-pages.js) into a fresh
// Pyodide module, through Pyodide 314's private `_loadSnapshot` path: Pyodide
// instantiates the wasm, runs its pre-run steps (the stdlib zip is written into
// the file system), then calls API.restoreSnapshot, which this replaces:
//   - the heap is rebuilt from the memory as instantiated plus the snapshot's pages;
//   - CPython 3.14 keeps the index of its JSPI call trampoline in its runtime
//     state, written at start-up for *this* browser; the snapshot carries the
//     value of the Node process that made it (with the wrong one every
//     run_sync / time.sleep fails with "SuspendError: trying to suspend JS
//     frames"), so the browser's value is read before and written back after.
// Environment-neutral (no fetch, no self): the build runs it in Node to check
// the snapshot it made.
import { wrapModuleFactory } from "./pyodide-module.js";
import { writeSnapshotHeap } from "./snapshot-pages.js";

/**
 * The module is instantiated (and Pyodide's start-up steps before the restore
 * run) while the snapshot may still be downloading: `parts` can be a promise,
 * awaited only once the module is ready, before Pyodide restores the heap.
 * @param {(settings: object) => Promise<any>} createPyodideModule the default export of pyodide.asm.mjs
 * @param {SnapshotParts|Promise<SnapshotParts>} parts
 * @param {{onInstantiated?: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
 *          compiled?: () => WebAssembly.Module|null}} [hooks] as wrapModuleFactory's
 * @returns a `createPyodideModule` for loadPyodide({_loadSnapshot, createPyodideModule})
 */
export function snapshotModuleFactory(createPyodideModule, parts, { onInstantiated = undefined, compiled = undefined } = {}) {
  /** @type {SnapshotParts|null} */
  let snapshotParts = null;
  const adjust = (Module, initialMemory) => {
    // Held only until the restore: the module keeps its API object for good.
    let pending = { initialMemory };
    Module.API.restoreSnapshot = () => {
      if (!pending || !snapshotParts) throw new Error(pending ? "the snapshot is not here yet" : "the snapshot was restored already");
      const { initialMemory: initial } = pending;
      const snapshot = snapshotParts;
      pending = null;
      snapshotParts = null;
      const expected = Module.API.config.BUILD_ID;
      if (snapshot.buildId !== expected) {
        throw new Error(`Snapshot build id mismatch: the snapshot is for Pyodide build ${snapshot.buildId}, this is ${expected}`);
      }
      const trampolineAt = trampolineAddress(Module);
      const trampoline = Module.HEAP32[trampolineAt >>> 2];
      if (Module.HEAPU8.length < snapshot.heapBytes) {
        Module.growMemory(snapshot.heapBytes);
        if (Module.HEAPU8.length < snapshot.heapBytes) throw new Error("could not grow the wasm memory to the snapshot's size");
      }
      writeSnapshotHeap(Module.HEAPU8, initial, snapshot);
      Module.HEAP32[trampolineAt >>> 2] = trampoline;
      return snapshot.config;
    };
  };
  const create = wrapModuleFactory(createPyodideModule, { keepInitialMemory: true, onInstantiated, compiled, adjust });
  return async (settings) => {
    const Module = await create(settings);
    snapshotParts = await parts;
    return Module;
  };
}

/** @typedef {ReturnType<typeof import("./snapshot-pages.js").readSnapshotPages>} SnapshotParts */

/** Where CPython keeps its trampoline index: _PyRuntime + the offset it exports. */
function trampolineAddress(Module) {
  const offset = Module.HEAP32[Module.__PyEM_EMSCRIPTEN_TRAMPOLINE_OFFSET >>> 2];
  return Module.__PyRuntime + offset;
}

/**
 * The C library's time-zone globals (timezone, daylight, tzname: the names
 * local times carry, `%Z`) are set once per process; the snapshot holds the
 * build machine's. Sets them again from this browser's clock.
 */
export function refreshTimeZone(Module) {
  const names = Module.HEAPU32.subarray(Module._tzname >>> 2, (Module._tzname >>> 2) + 2);
  Module.__tzset_js(Module._timezone, Module._daylight, names[0], names[1]);
}

// A `createPyodideModule` for loadPyodide (an option Pyodide 314 offers) that
// wraps Pyodide's own: it keeps a copy of the wasm memory as instantiated
// (before anything runs: only the module's data segments) and hands the
// Emscripten module to `adjust` before Pyodide bootstraps Python with it.
// Used by the build (to make a snapshot of the pages that differ from that
// memory) and by the worker (to restore one).

/**
 * @param {(settings: object) => Promise<any>} createPyodideModule the default export of pyodide.asm.mjs
 * @param {(Module: any, initialMemory: Uint8Array) => void} adjust
 */
export function wrapModuleFactory(createPyodideModule, adjust) {
  return async (settings) => {
    let initialMemory = null;
    const instantiate = settings.instantiateWasm;
    if (typeof instantiate !== "function") throw new Error("this Pyodide build instantiates its wasm itself");
    settings.instantiateWasm = (imports, done) =>
      instantiate(imports, (instance, module) => {
        initialMemory = new Uint8Array(instance.exports.memory.buffer).slice();
        done(instance, module);
      });
    const Module = await createPyodideModule(settings);
    if (!initialMemory) throw new Error("the wasm memory was not seen at instantiation");
    adjust(Module, initialMemory);
    return Module;
  };
}

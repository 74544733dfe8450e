// A `createPyodideModule` for loadPyodide (an option Pyodide 314 offers) that
// wraps Pyodide's own: it can keep a copy of the wasm memory as instantiated
// (before anything runs: only the module's data segments), note when the wasm
// is instantiated, and hand the Emscripten module to `adjust` before Pyodide
// bootstraps Python with it. Used by the build (to make a snapshot of the pages
// that differ from that memory) and by the worker (to restore one, and to time
// the boot).

/**
 * @param {(settings: object) => Promise<any>} createPyodideModule the default export of pyodide.asm.mjs
 * @param {{keepInitialMemory?: boolean, onInstantiated?: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
 *          compiled?: () => WebAssembly.Module|null,
 *          adjust?: (Module: any, initialMemory: Uint8Array|null) => void}} hooks
 */
export function wrapModuleFactory(createPyodideModule, { keepInitialMemory = false, onInstantiated, adjust, compiled } = {}) {
  return async (settings) => {
    let initialMemory = null;
    let instantiated = false;
    const instantiate = settings.instantiateWasm;
    if (typeof instantiate !== "function") throw new Error("this Pyodide build instantiates its wasm itself");
    settings.instantiateWasm = (imports, done) => {
      const module = compiled?.();
      if (module) instantiateNextFrom(module);
      return instantiate(imports, (instance, module) => {
        instantiated = true;
        if (keepInitialMemory) initialMemory = initialBytes(instance);
        onInstantiated?.(instance, module);
        done(instance, module);
      });
    };
    const Module = await createPyodideModule(settings);
    if (!instantiated) throw new Error("the wasm was not instantiated through Pyodide's instantiateWasm");
    const memory = initialMemory;
    initialMemory = null; // the closure above lives as long as the module: keep no 30 MB copy in it
    adjust?.(Module, memory);
    return Module;
  };
}

/**
 * The wasm memory as instantiated, up to the end of its data segments: the
 * memory after them (the C stack, then the heap) starts as zeros, and copying
 * only the ~4 MB before it saves copying (and keeping) ~30 MB. Callers treat
 * bytes past the copy as zeros (worker/snapshot-pages.js); the build checks
 * that they are (scripts/boot/make.mjs).
 */
export function initialBytes(instance) {
  const memory = new Uint8Array(instance.exports.memory.buffer);
  const stackLow = instance.exports.__stack_low;
  const end = stackLow instanceof WebAssembly.Global ? Number(stackLow.value) : memory.length;
  return memory.slice(0, end > 0 && end <= memory.length ? end : memory.length);
}

/**
 * Makes Pyodide's next instantiateStreaming (its only way to instantiate the
 * wasm in a browser) instantiate `module`, compiled already (worker/shared-wasm.js),
 * instead of compiling the response; the response is then dropped. If that
 * fails, the response is compiled as usual.
 * @param {WebAssembly.Module} module
 */
function instantiateNextFrom(module) {
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (source, imports) => {
    WebAssembly.instantiateStreaming = streaming;
    let instance;
    try {
      instance = await WebAssembly.instantiate(module, imports);
    } catch {
      return streaming(source, imports);
    }
    Promise.resolve(source).then((response) => response.body?.cancel(), () => {});
    return { module, instance };
  };
}

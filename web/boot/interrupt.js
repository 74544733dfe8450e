// Stopping a CPU-bound script: a shared Int32Array handed to Pyodide's
// setInterruptBuffer; writing 2 (SIGINT) raises KeyboardInterrupt in Python.
// Needs a cross-origin isolated page (COOP/COEP headers); null otherwise.

export function createInterruptBuffer() {
  if (!globalThis.crossOriginIsolated || typeof SharedArrayBuffer !== "function") return null;
  return new Int32Array(new SharedArrayBuffer(4));
}

export function requestInterrupt(buffer) {
  if (buffer) Atomics.store(buffer, 0, 2);
}

// Reaching a busy Python run from the page (cross-origin isolated pages only):
// a shared Int32Array of two slots, handed to the worker at boot.
//   slot 0: Pyodide's interrupt buffer; writing 2 (SIGINT) interrupts Python
//           between two bytecodes, even in a CPU-bound loop.
//   slot 1: what the page wants: 1 = a rerun, 2 = a stop; the running script
//           reads it to end its run the right way, the worker clears it when it
//           takes the page's message.
// Without isolation (no SharedArrayBuffer) this is null and the worker polls
// its own message queue instead.

import { INTERRUPT } from "../../protocol/messages.js";

export const REQUEST_RERUN = INTERRUPT.REQUEST_RERUN;
export const REQUEST_STOP = INTERRUPT.REQUEST_STOP;

export function createInterruptBuffer() {
  if (!globalThis.crossOriginIsolated || typeof SharedArrayBuffer !== "function") return null;
  return new Int32Array(new SharedArrayBuffer(8));
}

/**
 * Asks the running script to end its run for `request` (a stop outranks a rerun).
 * @param {Int32Array|null} buffer
 * @param {number} request REQUEST_RERUN or REQUEST_STOP
 */
export function requestInterrupt(buffer, request = REQUEST_STOP) {
  if (!buffer) return;
  if (request === REQUEST_STOP || Atomics.load(buffer, INTERRUPT.REQUEST_SLOT) !== REQUEST_STOP) {
    Atomics.store(buffer, INTERRUPT.REQUEST_SLOT, request);
  }
  Atomics.store(buffer, INTERRUPT.SIGNAL_SLOT, INTERRUPT.SIGINT);
}

// Page events waiting for the Python session, coalesced.
//
// A rerun that arrives while another waits is merged into it: the newer
// message's widget values win, and a button trigger (`true`, sent once) of the
// older one is kept when the newer lacks that id; the newer page, query
// string and client info win; two reruns of different scopes (the app, or a
// fragment) merge into a run of the whole app. A stop replaces whatever
// waits. A fragment's rerun does not cut a running run of the whole app
// short: it waits for it (as in Streamlit). In a cross-origin isolated page, the page also writes the request
// into slot 1 of the shared interrupt buffer (1 = rerun, 2 = stop), which a
// busy Python run can read while this worker cannot take messages.

import { INTERRUPT, TO_WORKER } from "../protocol/messages.js";

export const REQUEST_SLOT = INTERRUPT.REQUEST_SLOT;
const CODES = { [INTERRUPT.REQUEST_RERUN]: TO_WORKER.RERUN, [INTERRUPT.REQUEST_STOP]: TO_WORKER.STOP };

export class PendingRequests {
  /** @param {Int32Array|null} shared */
  constructor(shared) {
    this.shared = shared;
    /** @type {Partial<import("../protocol/messages.js").RerunMsg> | import("../protocol/messages.js").StopMsg | null} */
    this.next = null;
    /** Ends the script's current sleep slice early (see sleep()). */
    this.wake = null;
  }

  /** @param {import("../protocol/messages.js").RerunMsg} msg */
  addRerun(msg) {
    const older = this.next?.type === TO_WORKER.RERUN ? this.next : null;
    const next = { ...(older ?? {}), ...definedFields(msg), type: TO_WORKER.RERUN };
    next.widgets = { ...(older?.widgets ?? {}), ...(msg.widgets ?? {}) };
    next.fragmentId = older && older.fragmentId !== msg.fragmentId ? null : (msg.fragmentId ?? null);
    this.next = next;
    if (!this.#waitsForRunningApp()) this.wake?.();
  }

  /** The request being run now (set by the worker's pump). */
  /** @type {Partial<import("../protocol/messages.js").RerunMsg> | null} */
  running = null;

  #waitsForRunningApp() {
    return Boolean(this.next?.type === TO_WORKER.RERUN && this.next.fragmentId && this.running && !this.running.fragmentId);
  }

  addStop() {
    this.next = { type: TO_WORKER.STOP };
    this.wake?.();
  }

  /** A sleep slice for the running script: resolves after `ms`, or at once
   * when a request arrives (so a sleeping script reacts immediately). */
  sleep(ms) {
    return new Promise(/** @param {(value?: void) => void} resolve */ (resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (this.wake === done) this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      this.wake = done;
      if (this.next && !this.#waitsForRunningApp()) done();
    });
  }

  /** What a running script should do: "rerun", "stop" or null. */
  poll() {
    const code = this.shared ? Atomics.load(this.shared, REQUEST_SLOT) : 0;
    if (code) return CODES[code] ?? null;
    if (this.#waitsForRunningApp()) return null;
    return this.next?.type ?? null;
  }

  /** Takes the waiting request (and clears the page's flag). */
  take() {
    const request = this.next;
    this.next = null;
    if (this.shared) Atomics.store(this.shared, REQUEST_SLOT, 0);
    return request;
  }
}

function definedFields(msg) {
  const fields = {};
  for (const [key, value] of Object.entries(msg ?? {})) if (value !== undefined) fields[key] = value;
  return fields;
}

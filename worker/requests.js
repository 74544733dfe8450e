// Page events waiting for the Python session, in order.
//
// A rerun that arrives while another waits is merged into it: the newer
// message's widget values win, and a one-shot trigger (a button click, a chat
// submission) of the older one is kept when the newer lacks that id; the
// newer page, query string and client info win; two reruns of different
// scopes (the app, or a fragment) merge into a run of the whole app. But two
// clicks on the same button are two events: a rerun whose `triggers` meet
// those of the waiting one queues behind it instead of merging, so every
// click the page sends is one trigger (each callback once, each `if
// st.button(...)` once). A stop replaces whatever waits. A fragment's rerun
// does not cut a running run of the whole app short: it waits for it (as in
// Streamlit). In a cross-origin isolated page, the page also writes the
// request into slot 1 of the shared interrupt buffer (1 = rerun, 2 = stop),
// which a busy Python run can read while this worker cannot take messages.
//
// Each rerun message carries the page's sequence number `seq`; a merged
// request keeps the highest, and the run reports it (runStarted.seq), so the
// page knows whether runs it asked for are still to come.

/** @typedef {import("../protocol/messages.js").RerunMsg} RerunMsg */
/** @typedef {import("../protocol/messages.js").StopMsg} StopMsg */

export const REQUEST_SLOT = 1;
const CODES = { 1: "rerun", 2: "stop" };

export class PendingRequests {
  /**
   * @param {Int32Array|null} shared
   * @param {() => RerunMsg|null} [runningRequest] the request being run now: the
   *   session's (worker/session.js), which decides it; without it (tests), `running` is set
   */
  constructor(shared, runningRequest = null) {
    this.shared = shared;
    this.#runningRequest = runningRequest;
    /** @type {(RerunMsg|StopMsg)[]} */
    this.queue = [];
    /** Ends the script's current sleep slice early (see sleep()). */
    this.wake = null;
  }

  /** The request that runs next (null: none). */
  get next() {
    return this.queue[0] ?? null;
  }

  /** @param {RerunMsg} msg */
  addRerun(msg) {
    const fields = definedFields(msg);
    const triggers = [...new Set((msg.triggers ?? []).map(String))];
    const tail = this.queue.at(-1);
    const older = tail?.type === "rerun" && !triggers.some((id) => tail.triggers.includes(id)) ? tail : null;
    /** @type {RerunMsg} */
    const next = {
      ...(older ?? {}),
      ...fields,
      type: "rerun",
      widgets: { ...(older?.widgets ?? {}), ...(msg.widgets ?? {}) },
      triggers: [...new Set([...(older?.triggers ?? []), ...triggers])],
      fragmentId: older && older.fragmentId !== (msg.fragmentId ?? null) ? null : (msg.fragmentId ?? null),
      seq: Math.max(older?.seq ?? 0, Number(msg.seq) || 0),
    };
    if (older) this.queue[this.queue.length - 1] = next;
    else if (tail?.type === "stop") this.queue = [next];
    else this.queue.push(next);
    if (!this.#waitsForRunningApp()) this.wake?.();
  }

  #runningRequest;
  /** @type {RerunMsg|null} */
  #runningSet = null;

  /** The request being run now (null: none), as the session says. */
  get running() {
    return this.#runningRequest ? this.#runningRequest() : this.#runningSet;
  }

  set running(request) {
    this.#runningSet = request;
  }

  #waitsForRunningApp() {
    const next = this.next;
    return Boolean(next?.type === "rerun" && next.fragmentId && this.running && !this.running.fragmentId);
  }

  addStop() {
    this.queue = [{ type: "stop" }];
    this.wake?.();
  }

  /** A sleep slice for the running script: resolves after `ms`, or at once
   * when a request arrives (so a sleeping script reacts immediately).
   * @param {number} ms
   * @returns {Promise<void>}
   */
  sleep(ms) {
    return new Promise((resolve) => {
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

  /** Takes the request that runs next (and clears the page's flag). */
  take() {
    const request = this.queue.shift() ?? null;
    if (this.shared) Atomics.store(this.shared, REQUEST_SLOT, 0);
    return request;
  }
}

/**
 * The message's fields that are not undefined.
 * @param {RerunMsg} msg
 * @returns {Partial<RerunMsg>}
 */
function definedFields(msg) {
  const fields = {};
  for (const [key, value] of Object.entries(msg ?? {})) if (value !== undefined) fields[key] = value;
  return fields;
}

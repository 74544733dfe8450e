// One spare worker for a page with lazy apps (<wasmlit-app lazy>): once an app
// is running, a worker is started and told to start Python
// (TO_WORKER.PRELOAD); the next lazy app that scrolls into view takes it (also
// while its Python is still starting) and only has to add its own files. At
// most one spare exists at a time, and only while lazy apps are waiting (each
// worker holds a Python: tens of MB). It is the same kind of worker the app
// would make itself (sandboxed or same-origin: mount.js), with its own site access.
import { TO_WORKER } from "../../protocol/messages.js";

let spare = null; // {key, worker, access}

/** What a spare must match to serve an app. */
export function spareKey({ indexURL, micropipURL, sameOrigin = false }) {
  return JSON.stringify([indexURL, micropipURL, Boolean(sameOrigin)]);
}

/**
 * Starts the spare unless there is one.
 * @param {{indexURL: string, micropipURL: string, sameOrigin?: boolean}} kind
 * @param {(kind: object) => {worker: Worker, access: object}} create mount.js's newAppWorker
 */
export function prepareSpareWorker(kind, create) {
  if (spare) return;
  try {
    const { worker, access } = create(kind);
    worker.postMessage({ type: TO_WORKER.PRELOAD, indexURL: kind.indexURL });
    spare = { key: spareKey(kind), worker, access };
  } catch {
    spare = null;
  }
}

/** The spare ({worker, access}) when it matches `key` (it is then no longer spare), or null. */
export function takeSpareWorker(key) {
  if (!spare || spare.key !== key) return null;
  const taken = spare;
  spare = null;
  return { worker: taken.worker, access: taken.access };
}

/** Ends the spare (no lazy app is waiting any more). */
export function dropSpareWorker() {
  spare?.worker?.terminate();
  spare = null;
}

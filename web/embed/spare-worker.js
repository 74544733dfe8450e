// One spare worker for a page with lazy apps (<wasmlit-app lazy>): once an app
// is running and the page is idle, a worker is started and told to start
// Python (TO_WORKER.PRELOAD); the next lazy app that scrolls into view takes it
// and only has to add its own files. At most one spare exists at a time, and
// only while lazy apps are waiting (each worker holds a Python: tens of MB).
import { TO_WORKER } from "../../protocol/messages.js";
import { defaultWorker } from "../boot/controller.js";

let spare = null; // {worker, key}

function keyOf(indexURL, bootSwitches) {
  return JSON.stringify([indexURL, bootSwitches ?? {}]);
}

/** Starts the spare (when the page is idle) unless there is one. */
export function prepareSpareWorker(indexURL, bootSwitches = {}) {
  if (spare) return;
  const key = keyOf(indexURL, bootSwitches);
  spare = { worker: null, key };
  const start = () => {
    if (spare?.key !== key || spare.worker) return;
    try {
      spare.worker = defaultWorker();
      spare.worker.postMessage({ type: TO_WORKER.PRELOAD, indexURL, boot: bootSwitches });
    } catch {
      spare = null;
    }
  };
  if (typeof requestIdleCallback === "function") requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}

/** The spare worker for these options (it is then no longer spare), or null. */
export function takeSpareWorker(indexURL, bootSwitches = {}) {
  if (!spare?.worker || spare.key !== keyOf(indexURL, bootSwitches)) return null;
  const { worker } = spare;
  spare = null;
  return worker;
}

/** Ends the spare (no lazy app is waiting any more). */
export function dropSpareWorker() {
  spare?.worker?.terminate();
  spare = null;
}

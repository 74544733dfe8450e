// One spare worker for a page with lazy apps (<wasmlit-app lazy>): once an app
// is running, a worker is started and told to start Python
// (TO_WORKER.PRELOAD); the next lazy app that scrolls into view takes it (also
// while its Python is still starting) and only has to add its own files. At
// most one spare exists at a time, and only while lazy apps are waiting (each
// worker holds a Python: tens of MB).
import { TO_WORKER } from "../../protocol/messages.js";
import { defaultWorker } from "../boot/controller.js";

let spare = null; // {worker, key}

function keyOf(indexURL, bootSwitches) {
  return JSON.stringify([indexURL, bootSwitches ?? {}]);
}

/** Starts the spare unless there is one. */
export function prepareSpareWorker(indexURL, bootSwitches = {}) {
  if (spare) return;
  try {
    const worker = defaultWorker();
    worker.postMessage({ type: TO_WORKER.PRELOAD, indexURL, boot: bootSwitches });
    spare = { worker, key: keyOf(indexURL, bootSwitches) };
  } catch {
    spare = null;
  }
}

/** The spare worker for these options (it is then no longer spare), or null. */
export function takeSpareWorker(indexURL, bootSwitches = {}) {
  if (!spare || spare.key !== keyOf(indexURL, bootSwitches)) return null;
  const { worker } = spare;
  spare = null;
  return worker;
}

/** Ends the spare (no lazy app is waiting any more). */
export function dropSpareWorker() {
  spare?.worker?.terminate();
  spare = null;
}

// Module Web Worker: hosts Pyodide and one wasmlit session.
// Speaks the protocol in protocol/messages.js. Whether a request is being run
// is the session's to say (session.running, worker/session.js); the pump and
// the queue (requests.js) ask it.
import { FROM_WORKER, SANDBOX, TO_WORKER } from "../protocol/messages.js";
import { preloadFromWorkerName } from "../protocol/preload-name.js";
import { afterFirstRun, bootPyodide, preloadPython } from "./boot.js";
import { BootTimings } from "./boot-timings.js";
import { offerWasmModule } from "./shared-wasm.js";
import { Session } from "./session.js";
import { PendingRequests } from "./requests.js";
import { describeError } from "./errors.js";
import { storeUpload } from "./uploads.js";
import { handleRequest } from "./requests-from-page.js";
import { exposeStats } from "./stats.js";
import { appEnvironment } from "./environment.js";

const post = (msg) => self.postMessage(msg);

/** @type {Session|null} */
let session = null;
/** Pyodide and the boot message, once booted (for the page's file and install requests). */
let runtime = null;
let booted = false;
/** The page asked to clear the caches: done once no run is going. */
let clearCachesWaiting = false;
/** The request the session runs now (the queue's merging rules depend on it). */
const runningRequest = () => session?.runningRequest ?? null;
/** @type {PendingRequests} */
let requests = new PendingRequests(null, runningRequest);
/** The boot's timings (from the first preload or boot message), logged once the first run is done (then null). */
let timings = new BootTimings();

// Created to start Python at once: the preload message is in this worker's name.
const preloadInName = preloadFromWorkerName(self.name);
if (preloadInName) preloadPython(preloadInName, timings);

async function boot(msg) {
  if (booted) return post({ type: FROM_WORKER.BOOT_ERROR, message: "the worker was already booted" });
  booted = true;
  requests = new PendingRequests(msg.interruptBuffer ?? null, runningRequest);
  let pyodide;
  try {
    pyodide = await bootPyodide(msg, (phase, detail) => post({ type: FROM_WORKER.BOOT_PROGRESS, phase, detail }), timings);
    exposeStats(pyodide);
    post({ type: FROM_WORKER.BOOT_PROGRESS, phase: "app", detail: "Starting the app" });
    session = new Session(pyodide, {
      entrypoint: msg.entrypoint,
      config: msg.config,
      post,
      interruptBuffer: msg.interruptBuffer ?? null,
      poll: () => requests.poll(),
      sleep: (ms) => requests.sleep(ms),
      environment: appEnvironment(msg, pyodide),
    });
  } catch (error) {
    console.error("wasmlit: boot failed", error);
    post({ type: FROM_WORKER.BOOT_ERROR, message: describeError(error?.summary ?? "Python failed to start", error) });
    return;
  }
  runtime = { pyodide, bootMsg: msg, session };
  const pythonVersion = pyodide.runPython("import sys; sys.version.split()[0]");
  post({ type: FROM_WORKER.READY, pythonVersion, pyodideVersion: String(pyodide.version ?? "") });
  if (!requests.next) requests.addRerun({ type: TO_WORKER.RERUN, widgets: {}, ...(msg.firstRun ?? {}) });
  pump();
}

/**
 * Runs waiting requests one after another; one run at a time: while the
 * session runs one (session.running), a new request only joins the queue,
 * and this loop takes it when that run is over.
 */
async function pump() {
  if (!session || session.running) return;
  for (let request = requests.take(); request; request = requests.take()) {
    if (request.type !== TO_WORKER.RERUN) continue;
    const failure = await session.rerun(request);
    if (failure) {
      // Python cannot run anything any more: the page replaces this worker.
      session = null;
      runtime = null;
      requests = new PendingRequests(null, runningRequest);
      post({ type: FROM_WORKER.PYTHON_FAILED, message: failure });
      return;
    }
    if (timings) {
      timings.mark("firstRun");
      console.debug(`wasmlit: boot timings ${JSON.stringify(timings.report())}`);
      timings = null;
      afterFirstRun();
    }
  }
  if (clearCachesWaiting) clearCaches();
}

function clearCaches() {
  clearCachesWaiting = false;
  try {
    session?.py.clear_caches();
  } catch (error) {
    post({ type: FROM_WORKER.RUNTIME_ERROR, message: describeError("Could not clear the caches", error) });
  }
}

self.onmessage = (event) => {
  const msg = event.data;
  switch (msg?.type) {
    case TO_WORKER.PRELOAD:
      if (!booted) preloadPython(msg, timings);
      break;
    case TO_WORKER.BOOT:
      boot(msg);
      break;
    case SANDBOX.WASM_MODULE:
      offerWasmModule(msg.url, msg.module);
      break;
    case TO_WORKER.RERUN:
      requests.addRerun(msg);
      pump();
      break;
    case TO_WORKER.UPLOAD:
      // Handled at once (also during a run): the rerun that lists the file comes after.
      try {
        if (!session) throw new Error("the app is not running yet");
        storeUpload(session.FS, msg);
      } catch (error) {
        post({ type: FROM_WORKER.RUNTIME_ERROR, message: describeError("A file upload failed", error) });
      }
      break;
    case TO_WORKER.STOP:
      // Only a running script can be stopped; its poll sees the request.
      if (session?.running) requests.addStop();
      break;
    case TO_WORKER.CLEAR_CACHE:
      clearCachesWaiting = true;
      if (!session?.running) clearCaches();
      break;
    case TO_WORKER.WRITE_FILES:
    case TO_WORKER.READ_FILE:
    case TO_WORKER.INSTALL:
      handleRequest(runtime, msg, self.postMessage.bind(self));
      break;
    default:
      post({ type: FROM_WORKER.RUNTIME_ERROR, message: `unknown message: ${JSON.stringify(msg?.type)}` });
  }
};

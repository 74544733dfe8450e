// Page boot: starts the worker, sends it the app, and connects the worker's
// messages to the renderer (web/app/). Protocol: protocol/messages.js.
//
// A run is reached while it is busy through the shared interrupt buffer
// (web/boot/interrupt.js) when the page is cross-origin isolated. A stop that
// is not honoured in time (a CPU-bound script in a page without isolation,
// or a callback that never returns), and a worker that crashes, end with a
// fresh worker: the app restarts and the page says its session was reset.
import { createAppView } from "./app/index.js";
import { FROM_WORKER, TO_WORKER } from "../protocol/messages.js";
import { fetchAppBundle } from "./boot/appBundle.js";
import { bootTimeoutMs, micropipURL, pyodideIndexURL } from "./boot/options.js";
import { createInterruptBuffer, requestInterrupt, REQUEST_RERUN, REQUEST_STOP } from "./boot/interrupt.js";
import { ensureIsolation } from "./boot/isolation.js";

/** How long a stopped run may take to end before the worker is replaced. */
const STOP_GRACE_MS = 1500;

if ((await ensureIsolation()) === "reloading") await new Promise(() => {});

const root = document.getElementById("root");
const interruptBuffer = createInterruptBuffer();
const view = createAppView(root, { send, restart: () => restart(null) });

let worker = null;
let state = "booting"; // "booting" | "ready" | "failed"
let runOpen = false;
let bootTimer = 0;
let stopTimer = 0;

/** The renderer's way to the worker (transfer: buffers to move, e.g. an upload's bytes). Events during a run interrupt it. */
function send(msg, transfer = []) {
  if (state !== "ready") return;
  if (runOpen) {
    if (msg.type === TO_WORKER.STOP) {
      requestInterrupt(interruptBuffer, REQUEST_STOP);
      armStopTimer();
    } else if (msg.type === TO_WORKER.RERUN) {
      requestInterrupt(interruptBuffer, REQUEST_RERUN);
    }
  }
  worker.postMessage(msg, transfer);
}

function armStopTimer() {
  clearTimeout(stopTimer);
  stopTimer = setTimeout(() => {
    if (runOpen && state === "ready") {
      restart(
        "The script did not stop, so Python was restarted. This session's state was reset " +
          "(st.session_state starts empty again).",
      );
    }
  }, STOP_GRACE_MS);
}

function fail(message) {
  if (state === "failed") return;
  state = "failed";
  clearTimeout(bootTimer);
  worker?.terminate();
  console.error(`wasmlit: ${message}`);
  view.showBootError(message);
  view.setConnectionState("DISCONNECTED_FOREVER");
}

/** Replaces the worker: a new Python, a new session, the app run again. */
function restart(notice) {
  worker?.terminate();
  worker = null;
  clearTimeout(bootTimer);
  clearTimeout(stopTimer);
  runOpen = false;
  view.reset(notice);
  start();
}

function start() {
  state = "booting";
  if (interruptBuffer) {
    Atomics.store(interruptBuffer, 0, 0);
    Atomics.store(interruptBuffer, 1, 0);
  }
  view.setConnectionState("INITIAL");
  view.showBootProgress("runtime", "Downloading the app");
  const own = new Worker(new URL("../worker/worker.js", import.meta.url), { type: "module" });
  worker = own;
  const timeoutMs = bootTimeoutMs();
  bootTimer = setTimeout(
    () =>
      fail(
        `The app did not start within ${timeoutMs / 1000} s. The Python runtime may have ` +
          `failed to download (check that pyodide/ is served with correct MIME types) or ` +
          `the machine is very slow. Reload the page to try again.`,
      ),
    timeoutMs,
  );
  own.onmessage = (event) => {
    if (own === worker) receive(event.data);
  };
  own.onerror = (event) => {
    event.preventDefault();
    if (own !== worker) return;
    const where = event.filename ? ` (${event.filename}:${event.lineno})` : "";
    crashed(`The Python worker crashed: ${event.message || "it could not be loaded"}${where}`);
  };
  own.onmessageerror = () => {
    if (own === worker) {
      view.handleMessage({ type: FROM_WORKER.RUNTIME_ERROR, message: "A message from the worker could not be read" });
    }
  };
  boot(own);
}

function crashed(message) {
  if (state !== "ready") {
    fail(message);
    return;
  }
  runOpen = false;
  clearTimeout(stopTimer);
  view.showCrash(message);
}

function receive(msg) {
  if (state === "failed") return;
  switch (msg.type) {
    case FROM_WORKER.BOOT_PROGRESS:
      view.showBootProgress(msg.phase, msg.detail);
      return;
    case FROM_WORKER.BOOT_ERROR:
      fail(msg.message);
      return;
    case FROM_WORKER.READY:
      state = "ready";
      clearTimeout(bootTimer);
      view.setConnectionState("CONNECTED");
      break;
    case FROM_WORKER.RUN_STARTED:
      runOpen = true;
      break;
    case FROM_WORKER.RUN_FINISHED:
      runOpen = false;
      clearTimeout(stopTimer);
      break;
  }
  view.handleMessage(msg);
}

async function boot(own) {
  let app;
  try {
    app = await fetchAppBundle();
  } catch (error) {
    fail(error.message);
    return;
  }
  if (state === "failed" || own !== worker) return;
  own.postMessage(
    {
      type: TO_WORKER.BOOT,
      files: app.files,
      entrypoint: app.entrypoint,
      config: app.config,
      requirements: app.requirements,
      packages: app.packages,
      indexURL: pyodideIndexURL(),
      micropipURL: micropipURL(),
      interruptBuffer,
      firstRun: view.firstRun(),
    },
    app.transfer,
  );
}

start();

// Page boot: starts the worker, sends it the app, and connects the worker's
// messages to the renderer (web/app/). Protocol: protocol/messages.js.
import { createAppView } from "./app/index.js";
import { FROM_WORKER, TO_WORKER } from "../protocol/messages.js";
import { fetchAppBundle } from "./boot/appBundle.js";
import { bootTimeoutMs, micropipURL, pyodideIndexURL } from "./boot/options.js";
import { createInterruptBuffer, requestInterrupt } from "./boot/interrupt.js";

const root = document.getElementById("root");
const worker = new Worker(new URL("../worker/worker.js", import.meta.url), { type: "module" });
const interruptBuffer = createInterruptBuffer();
let state = "booting"; // "booting" | "ready" | "failed"
let runOpen = false;

const view = createAppView(root, { send });
view.setConnectionState("INITIAL");
view.showBootProgress("runtime", "Downloading the app");

/** The renderer's way to the worker. A stop also interrupts a CPU-bound run. */
function send(msg) {
  if (state !== "ready") return;
  if (msg.type === TO_WORKER.STOP && runOpen) requestInterrupt(interruptBuffer);
  worker.postMessage(msg);
}

function fail(message) {
  if (state === "failed") return;
  state = "failed";
  clearTimeout(bootTimer);
  worker.terminate();
  console.error(`wasmlit: ${message}`);
  view.showBootError(message);
  view.setConnectionState("DISCONNECTED_FOREVER");
}

const timeoutMs = bootTimeoutMs();
const bootTimer = setTimeout(
  () =>
    fail(
      `The app did not start within ${timeoutMs / 1000} s. The Python runtime may have ` +
        `failed to download (check that pyodide/ is served with correct MIME types) or ` +
        `the machine is very slow. Reload the page to try again.`,
    ),
  timeoutMs,
);

worker.onmessage = (event) => {
  const msg = event.data;
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
      break;
  }
  view.handleMessage(msg);
};

worker.onerror = (event) => {
  event.preventDefault();
  const where = event.filename ? ` (${event.filename}:${event.lineno})` : "";
  const message = `The Python worker crashed: ${event.message || "it could not be loaded"}${where}`;
  if (state === "ready") view.handleMessage({ type: FROM_WORKER.RUNTIME_ERROR, message });
  else fail(message);
};

worker.onmessageerror = () => {
  view.handleMessage({ type: FROM_WORKER.RUNTIME_ERROR, message: "A message from the worker could not be read" });
};

async function boot() {
  let app;
  try {
    app = await fetchAppBundle();
  } catch (error) {
    fail(error.message);
    return;
  }
  if (state === "failed") return;
  worker.postMessage(
    {
      type: TO_WORKER.BOOT,
      files: app.files,
      entrypoint: app.entrypoint,
      config: app.config,
      requirements: app.requirements,
      indexURL: pyodideIndexURL(),
      micropipURL: micropipURL(),
      interruptBuffer,
    },
    app.transfer,
  );
}

boot();

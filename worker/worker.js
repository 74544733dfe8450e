// Module Web Worker: hosts Pyodide and one wasmlit session.
// Speaks the protocol in protocol/messages.js.
import { FROM_WORKER, TO_WORKER } from "../protocol/messages.js";
import { bootPyodide } from "./boot.js";
import { Session } from "./session.js";
import { describeError } from "./errors.js";

const post = (msg) => self.postMessage(msg);

/** @type {Session|null} */
let session = null;
let booted = false;
// Reruns and stops wait for the boot and run one after another.
let queue = Promise.resolve();
const enqueue = (task) => {
  queue = queue.then(task, task);
};

async function boot(msg) {
  if (booted) return post({ type: FROM_WORKER.BOOT_ERROR, message: "the worker was already booted" });
  booted = true;
  let pyodide;
  try {
    pyodide = await bootPyodide(msg, (phase, detail) =>
      post({ type: FROM_WORKER.BOOT_PROGRESS, phase, detail }),
    );
    post({ type: FROM_WORKER.BOOT_PROGRESS, phase: "app", detail: "Starting the app" });
    session = new Session(pyodide, {
      entrypoint: msg.entrypoint,
      config: msg.config,
      post,
      interruptBuffer: msg.interruptBuffer ?? null,
    });
  } catch (error) {
    console.error("wasmlit: boot failed", error);
    post({ type: FROM_WORKER.BOOT_ERROR, message: describeError("Python failed to start", error) });
    return;
  }
  const pythonVersion = pyodide.runPython("import sys; sys.version.split()[0]");
  post({ type: FROM_WORKER.READY, pythonVersion });
  await session.rerun({});
}

self.onmessage = (event) => {
  const msg = event.data;
  switch (msg?.type) {
    case TO_WORKER.BOOT:
      enqueue(() => boot(msg));
      break;
    case TO_WORKER.RERUN:
      enqueue(() => session?.rerun(msg.widgets));
      break;
    case TO_WORKER.STOP:
      enqueue(() => session?.stop());
      break;
    default:
      post({ type: FROM_WORKER.RUNTIME_ERROR, message: `unknown message: ${JSON.stringify(msg?.type)}` });
  }
};

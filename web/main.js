// The standalone page (index.html; `wasmlit serve` / `wasmlit build`): one app
// filling the document, its bundle fetched from _wasmlit/app.json. The app's
// lifecycle (worker, restarts, stop watchdog) is web/boot/controller.js; the
// renderer is web/app/. The page's DOM stays in the document (no shadow root),
// so users' browser tests select on it directly, and its pages and query
// string live in the address bar (web/app/location.js).
//
// Python's worker is started, and told to start Python, before the renderer's
// chunk is even loaded: a boot's downloads and the wasm compile then overlap
// with loading the renderer and drawing the page's frame.
import "./app/styles.css";
import { TO_WORKER } from "../protocol/messages.js";
import { createAppController, defaultWorker } from "./boot/controller.js";
import { fetchAppBundle } from "./boot/app-bundle.js";
import { bootSwitches, bootTimeoutMs, micropipURL, pyodideIndexURL } from "./boot/options.js";
import { ensureIsolation } from "./boot/isolation.js";

if ((await ensureIsolation()) === "reloading") await new Promise(() => {});

const indexURL = pyodideIndexURL();
const switches = bootSwitches();
const firstWorker = startWorkerEarly();
let firstBundle = fetchAppBundle();
firstBundle.catch(() => {}); // reported when the controller asks for it (loadApp)

const [{ createAppView }, { createBrowserLocation }] = await Promise.all([import("./app/index.js"), import("./app/location.js")]);

const root = /** @type {HTMLElement} */ (document.getElementById("root"));
/** @type {import("./boot/controller.js").AppView|null} */
let view = null;
let following = false;
const app = createAppController({
  createView: (hooks) => (view = createAppView(root, { ...hooks, location: createBrowserLocation() })),
  loadApp: async () => {
    const pending = firstBundle ?? fetchAppBundle();
    firstBundle = null;
    const bundle = await pending;
    // Served by `wasmlit serve`: follow its file changes (rerun on save).
    if (bundle.dev && !following) {
      following = true;
      import("./boot/source-changes.js").then(({ followSourceChanges }) => followSourceChanges({ controller: app, view, bundle }));
    }
    return bundle;
  },
  createWorker: () => firstWorker.take() ?? defaultWorker(),
  indexURL,
  micropipURL: micropipURL(),
  bootTimeoutMs: bootTimeoutMs(),
  bootSwitches: switches,
});
app.start();

/**
 * The first worker, created at once and starting Python from the moment its
 * module runs (the controller sends the same preload again, which the worker ignores). Until the
 * controller takes it, a failure to load it is kept and handed on then.
 */
function startWorkerEarly() {
  /** @type {Worker|null} */
  let worker = null;
  /** @type {ErrorEvent|null} */
  let crash = null;
  try {
    // The preload travels in the worker's name: a message would wait for this
    // thread, busy loading the renderer (protocol/preload-name.js).
    worker = defaultWorker({ type: TO_WORKER.PRELOAD, indexURL, boot: switches });
    worker.onerror = (event) => {
      event.preventDefault();
      crash = event;
    };
  } catch {
    worker = null; // the controller creates one itself and reports why it cannot
  }
  return {
    take() {
      const taken = worker;
      worker = null;
      if (taken && crash) {
        const event = crash;
        // After the controller has put its own handler on the worker.
        setTimeout(() => taken.onerror?.(event), 0);
      }
      return taken;
    },
  };
}

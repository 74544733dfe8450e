// The standalone page (index.html; `wasmlit serve` / `wasmlit build`): one app
// filling the document, its bundle fetched from _wasmlit/app.json. The app's
// lifecycle (worker, restarts, stop watchdog) is web/boot/controller.js; the
// renderer is web/app/. The page's DOM stays in the document (no shadow root),
// so users' browser tests select on it directly, and its pages and query
// string live in the address bar (web/app/location.js).
import "./app/styles.css";
import { createAppView } from "./app/index.js";
import { createBrowserLocation } from "./app/location.js";
import { createAppController } from "./boot/controller.js";
import { fetchAppBundle } from "./boot/appBundle.js";
import { bootSwitches, bootTimeoutMs, micropipURL, pyodideIndexURL } from "./boot/options.js";
import { ensureIsolation } from "./boot/isolation.js";

if ((await ensureIsolation()) === "reloading") await new Promise(() => {});

const root = document.getElementById("root");
let view = null;
let following = false;
const app = createAppController({
  createView: (hooks) => (view = createAppView(root, { ...hooks, location: createBrowserLocation() })),
  loadApp: async () => {
    const bundle = await fetchAppBundle();
    // Served by `wasmlit serve`: follow its file changes (rerun on save).
    if (bundle.dev && !following) {
      following = true;
      import("./boot/source-changes.js").then(({ followSourceChanges }) => followSourceChanges({ controller: app, view, bundle }));
    }
    return bundle;
  },
  indexURL: pyodideIndexURL(),
  micropipURL: micropipURL(),
  bootTimeoutMs: bootTimeoutMs(),
  bootSwitches: bootSwitches(),
});
app.start();

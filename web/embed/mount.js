// mount(element, {files, entrypoint, requirements, config}) -> an embedded app:
// its own worker and session, rendered into the element's shadow root with
// the renderer's stylesheet adopted there (nothing of it reaches the host
// page, and nothing of the host page's CSS reaches the app but inherited
// text properties, which .stApp resets).
import appCss from "../app/styles.css?inline";
import frameCss from "./frame.css?inline";
import { createAppView } from "../app/index.js";
import { adoptStyles } from "../app/stylesheets.js";
import { createAppController } from "../boot/controller.js";
import { DEFAULT_BOOT_TIMEOUT_MS } from "../boot/options.js";
import { resolveAppOptions } from "./app-files.js";
import { siteURLs } from "./site-urls.js";
import { resolvePackageSources } from "./package-sources.js";
import { createSiteAccess, sandboxedWorkerFactory } from "../boot/sandboxed-worker.js";
import workerURL from "../../worker/worker.js?worker&url";
import { defaultWorker } from "../boot/controller.js";
import { spareKey, takeSpareWorker } from "./spare-worker.js";

/** The renderer's stylesheet for a shadow root: its :root variables go on the host. */
const shadowAppCss = appCss.replace(/:root\b/g, ":host").replace(/(^|\})\s*body\s*\{[^}]*\}/g, "$1");

/** The element's shadow root, emptied, with the app's stylesheets. */
export function prepareShadowRoot(element) {
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  shadow.replaceChildren();
  adoptStyles(shadow, "wasmlit-app", shadowAppCss);
  adoptStyles(shadow, "wasmlit-frame", frameCss);
  return shadow;
}

/**
 * Starts an app in `container` (a node in a shadow root prepared above).
 * @returns the public controller (see mount)
 */
export function mountIn(container, host, options) {
  const app = resolveAppOptions(options);
  const urls = siteURLs();
  const frame = document.createElement("div");
  frame.className = "wasmlit-frame";
  const appRoot = document.createElement("div");
  appRoot.className = "wasmlit-app-root";
  const portals = document.createElement("div");
  portals.className = "wasmlit-portals";
  frame.append(appRoot, portals);
  container.replaceChildren(frame);

  let view = null;
  const indexURL = options.indexURL ?? urls.pyodide;
  const micropipURL = options.micropipURL ?? urls.micropip;
  const sameOrigin = Boolean(options.sameOrigin);
  // A spare worker with Python started already (spare-worker.js) serves the
  // first boot when it was made for the same kind of worker.
  const spare = options.createWorker ? null : takeSpareWorker(spareKey({ indexURL, micropipURL, sameOrigin }));
  // The app's Python runs with an opaque origin (sandboxed-worker.js) unless the
  // page opts out with sameOrigin: true; it may read only the runtime's files.
  const access = spare?.access ?? createSiteAccess([indexURL], [micropipURL]);
  let spareWorker = spare?.worker ?? null;
  const createWorker =
    options.createWorker ??
    (() => {
      const worker = spareWorker ?? newAppWorker({ indexURL, micropipURL, sameOrigin, access }).worker;
      spareWorker = null;
      return worker;
    });
  const core = createAppController({
    createView: (hooks) => {
      view = createAppView(appRoot, { ...hooks, embedded: true, portalRoot: portals });
      return view;
    },
    loadApp: async () => {
      const packages = await resolvePackageSources(options);
      access.allowPlan(packages);
      return { ...app, packages };
    },
    indexURL,
    micropipURL,
    bootTimeoutMs: options.bootTimeoutMs ?? DEFAULT_BOOT_TIMEOUT_MS,
    createWorker,
  });
  for (const type of ["progress", "ready", "error", "run"]) {
    core.on(type, (detail) => host.dispatchEvent(new CustomEvent(`wasmlit-${type}`, { detail })));
  }
  core.start();

  let mounted = true;
  return {
    /** Resolves when Python is up and the first run starts; rejects if the boot fails. */
    ready: core.ready,
    get state() {
      return mounted ? core.state : "unmounted";
    },
    get entrypoint() {
      return app.entrypoint;
    },
    /** Ends the app's worker and removes its DOM. */
    unmount() {
      if (!mounted) return;
      mounted = false;
      core.destroy();
      view?.destroy();
      frame.remove();
    },
    rerun: () => core.rerun(),
    writeFile: (path, content) => core.writeFile(path, content),
    writeFiles: (files, options) => core.writeFiles(files, options),
    readFile: (path, opts) => core.readFile(path, opts),
    install: (requirements) => core.install(requirements),
    /** Restarts Python: a new session, the current files run again. */
    restart: () => core.restart(null),
    on: (type, listener) => core.on(type, listener),
    off: (type, listener) => core.off(type, listener),
    addEventListener: (type, listener) => core.on(type, listener),
    removeEventListener: (type, listener) => core.off(type, listener),
  };
}

/**
 * A new worker for an embedded app: sandboxed (an opaque origin, reading the
 * site through `access`) unless `sameOrigin`.
 * @returns {{worker: Worker, access: ReturnType<typeof createSiteAccess>}}
 */
export function newAppWorker({ indexURL, micropipURL, sameOrigin = false, access = createSiteAccess([indexURL], [micropipURL]) }) {
  if (sameOrigin) return { worker: defaultWorker(), access };
  const factory = sandboxedWorkerFactory({ workerURL: new URL(workerURL, import.meta.url).href, access });
  return { worker: factory(), access };
}

/**
 * @param {HTMLElement} element the app's box (gets a shadow root)
 * @param {{files: Object<string, string|Uint8Array>, entrypoint?: string,
 *          requirements?: string[], config?: object,
 *          packages?: string, packageIndex?: string|string[]}} options
 *   packages: the URL of a wheelhouse list (`_wasmlit/packages.json` of a site
 *   built by `wasmlit build`); packageIndex: a package index for micropip
 *   (package-sources.js); without options, mounting fails with resolveAppOptions'
 *   message (no app script)
 */
export function mount(element, options = /** @type {{files: Object<string, string|Uint8Array>}} */ ({})) {
  if (!(element instanceof Element)) throw new TypeError("wasmlit.mount: the first argument must be a DOM element");
  const shadow = prepareShadowRoot(element);
  return mountIn(shadow, element, options);
}

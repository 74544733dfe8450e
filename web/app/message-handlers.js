// What the view does with each message from the worker: one handler per
// FROM_WORKER type (protocol/messages.js), in a map typed over every tag, so a
// new message type without a handler fails the type check. The two the
// controller keeps to itself (web/boot/controller.js) map to null.
//
//   const handlers = createMessageHandlers(app);  handlers[msg.type]?.(msg)
//
// `app` is the view's inside (web/app/index.js): its view model, node tree,
// widget values, toasts, run state (run-state.js), renders, routing and
// fragment timers.
import { FROM_WORKER, RUN_STATUS, RUN_STATUSES_THAT_CLEAR } from "../../protocol/messages.js";
import { preload } from "./elements/lazy.js";
import { setFavicon } from "./favicon.js";
import { isTriggerType, isWidgetType, ROOT_EVENT } from "./tree.js";

/** @typedef {import("../../protocol/messages.js").FromWorker} FromWorker */
/** @typedef {{[T in FromWorker["type"]]: ((msg: Extract<FromWorker, {type: T}>) => void) | null}} MessageHandlers */

/**
 * @param {{
 *   view: any, tree: import("./tree.js").NodeTree, widgets: import("./widget-state.js").WidgetState,
 *   toasts: import("./toasts.js").ToastStore, runState: import("./run-state.js").RunState,
 *   renders: ReturnType<typeof import("./render-scheduler.js").createRenderScheduler>,
 *   routing: ReturnType<typeof import("./routing.js").createRouting>,
 *   fragmentTimers: import("./fragment-timers.js").FragmentTimers,
 *   embedded: boolean,
 *   showBootProgress: (phase: string, detail?: string) => void,
 *   showBootError: (message: string) => void,
 * }} app
 * @returns {MessageHandlers}
 */
export function createMessageHandlers(app) {
  const { view, tree, widgets, toasts, runState, renders, routing, fragmentTimers, embedded } = app;

  return {
    [FROM_WORKER.BOOT_PROGRESS]: (msg) => app.showBootProgress(msg.phase, msg.detail),
    [FROM_WORKER.BOOT_ERROR]: (msg) => app.showBootError(msg.message),
    [FROM_WORKER.READY]: (msg) => {
      view.versions = { python: msg.pythonVersion ?? null, pyodide: msg.pyodideVersion ?? null };
      if (view.boot) view.boot = { phase: "app", detail: "Running the app script" };
      renders.schedule();
    },

    [FROM_WORKER.RUN_STARTED]: (msg) => {
      if (msg.runId !== undefined && msg.runId !== null) view.runId = msg.runId;
      view.boot = null;
      view.sourceChanged = null;
      view.compileError = null;
      tree.markStale(msg.fragmentIds ?? []);
      runState.runStarted(typeof msg.seq === "number" ? msg.seq : null); // renders
    },

    [FROM_WORKER.DELTA]: (msg) => {
      const node = msg.node ?? {};
      if (Array.isArray(msg.path) && msg.path[0] === ROOT_EVENT) {
        preload("ui:toasts");
        // Toasts: overlays keyed by (runId, path), outside the tree and its stale logic.
        toasts.put(msg.runId ?? view.runId, msg.path, node);
        if (view.boot) view.boot = null;
        renders.schedule();
        return;
      }
      const entry = tree.put(msg.path, node);
      preload(entry.kind === "element" ? entry.type : `block:${entry.type}`, entry.props);
      if (isWidgetType(entry.type) && !isTriggerType(entry.type)) widgets.adopt(entry.props);
      if (view.boot) view.boot = null;
      renders.schedule();
    },

    [FROM_WORKER.RUN_FINISHED]: (msg) => {
      // As in Streamlit, a run that ended (also by the user's Stop) removes what
      // it did not redraw; a run cut short for a rerun leaves it for the next run,
      // and so does a run that ended in a callback before drawing ("kept").
      if (RUN_STATUSES_THAT_CLEAR.includes(msg.status)) {
        tree.removeStale();
        // A full run that did not call st.logo removes the logo (fragment runs keep it).
        if (view.logo && !(msg.fragmentIds ?? []).length && view.logo.runId !== msg.runId) view.logo = null;
        toasts.pruneSlots(msg.runId ?? view.runId);
        widgets.prune(new Set(tree.widgets().map((entry) => entry.props.id)));
      }
      if (msg.status !== RUN_STATUS.RERUN) fragmentTimers.set(msg.autoReruns ?? []);
      // A script that does not compile ran nothing: the page keeps what it showed
      // (not stale, as the run is over) and opens Streamlit's error dialog.
      if (msg.status === RUN_STATUS.COMPILE_ERROR) {
        tree.clearStale();
        view.compileError = String(msg.compileError ?? "");
        preload("ui:compileError");
      }
      // The view renders the finished run, then writes "notRunning" (index.js).
      runState.runFinished(msg.status);
    },

    [FROM_WORKER.PAGE_CONFIG]: (msg) => {
      const config = { ...view.pageConfig };
      for (const field of ["title", "icon", "layout", "initialSidebarState"]) {
        if (msg[field] !== null && msg[field] !== undefined) config[field] = msg[field];
      }
      view.pageConfig = config;
      if (!embedded && config.title) document.title = config.title;
      if (!embedded && config.icon) setFavicon(config.icon);
      renders.schedule();
    },

    [FROM_WORKER.NAVIGATION]: (msg) => {
      view.navigation = msg;
      preload("ui:navigation");
      const { page, notFound } = routing.showPage(msg);
      if (notFound !== null) view.pageNotFound = notFound;
      if (page && !embedded && !view.pageConfig.title) document.title = page.title;
      renders.schedule();
    },

    [FROM_WORKER.PAGE_INFO]: (msg) => routing.replaceQuery(msg.queryString),

    [FROM_WORKER.LOGO]: (msg) => {
      view.logo = msg;
      preload("ui:logo");
      renders.schedule();
    },

    [FROM_WORKER.RUNTIME_ERROR]: (msg) => {
      view.runtimeErrors = [...view.runtimeErrors, { id: view.nextErrorId(), message: String(msg.message ?? "") }];
      view.boot = null;
      runState.runtimeError(); // renders
    },

    // The controller's own (web/boot/controller.js): never handed to the view.
    [FROM_WORKER.PYTHON_FAILED]: null,
    [FROM_WORKER.REPLY]: null,
  };
}

// The renderer: turns the worker's messages (protocol/messages.js) into a
// Streamlit-like DOM, and user interaction into `rerun` / `stop` messages.
//
//   createAppView(rootElement, { send, restart, runState, embedded, portalRoot, location }) -> { handleMessage,
//       setConnectionState, showBootProgress, showBootError, reset(notice),
//       showCrash(message), rerun(), destroy(), firstRun(), configure(app),
//       showSourceChanged(prompt), runState }
//   restart(): replaces the worker (offered on runtime errors)
//   runState: the app's run state (run-state.js), shared with the controller
//       that made the view (a new one when none is given).
//   embedded: the app is one of several in a host page (rendered in a shadow
//       root): it leaves the document's title and icon alone, portals its
//       popups into `portalRoot`, and its "r" key works only with focus inside.
//   location: where the app's page and query string live (location.js): the
//       address bar by default, an in-memory location for embedded apps.
//   firstRun(): the routing fields of the boot message's first run.
//   configure({files, config}): the app's options for the page (app-config.js:
//       client.toolbarMode, the [theme] of .streamlit/config.toml); awaited
//       before the first run, so st.context.theme sees the app's theme.
//
// The parts, one concept each: run-state.js (is a run open, what stApp says),
// render-scheduler.js (when the view is drawn), message-handlers.js (one
// handler per worker message) and message-delivery.js (their order behind
// lazy loads), routing.js (page and query string), shortcuts.js (keys).
//
// The stylesheet (styles.css) is the caller's to load: the standalone page
// links it into the document, an embedded app adopts it into its shadow root.
//
// The stApp element is created here and its data-test-script-state /
// data-test-connection-state attributes are written from the run state
// directly (not through Preact), so they change exactly when the state
// changes: "running" as a rerun is sent or a run starts, "notRunning" only
// after the DOM shows the finished run.
import { h, render } from "preact";
import { SCRIPT_STATE, TO_WORKER } from "../../protocol/messages.js";
import { createActions } from "./actions.js";
import { AppContext } from "./context.js";
import { Shell } from "./layout/shell.js";
import { NodeTree } from "./tree.js";
import { ToastStore } from "./toasts.js";
import { WidgetState } from "./widget-state.js";
import { clientInfo, createBrowserLocation, createMemoryLocation } from "./location.js";
import { embedOptions } from "./embed-options.js";
import { FragmentTimers } from "./fragment-timers.js";
import { lazyStyles, onLoaded, pendingLoads, preload } from "./elements/lazy.js";
import { adoptStyles } from "./stylesheets.js";
import { createTheme, themeTarget } from "./theme-controller.js";
import { chromeOptions, readAppConfig } from "./app-config.js";
import { createRunState, RUN_TRANSITION } from "./run-state.js";
import { createRenderScheduler } from "./render-scheduler.js";
import { createRouting } from "./routing.js";
import { createMessageHandlers } from "./message-handlers.js";
import { createMessageDelivery } from "./message-delivery.js";
import { listenForShortcuts } from "./shortcuts.js";

/**
 * @param {HTMLElement} rootElement
 * @param {{send: (msg: object, transfer?: Transferable[]) => boolean|void, restart?: (() => void)|null,
 *          runState?: import("./run-state.js").RunState, embedded?: boolean, portalRoot?: Node|null,
 *          location?: any}} options
 */
export function createAppView(
  rootElement,
  {
    send,
    restart = null,
    runState = createRunState(),
    embedded = false,
    portalRoot = null,
    location = embedded ? createMemoryLocation() : createBrowserLocation(),
  },
) {
  const stApp = document.createElement("div");
  stApp.className = "stApp";
  stApp.setAttribute("data-testid", "stApp");
  stApp.setAttribute("data-test-script-state", runState.scriptState);
  stApp.setAttribute("data-test-connection-state", runState.connection);
  rootElement.replaceChildren(stApp);
  const embed = embedOptions(location.read().queryString);
  if (embed.embedded) {
    stApp.setAttribute("data-embedded", "true");
    stApp.classList.add("streamlit-embedded");
  }
  if (!embed.showPadding) stApp.classList.add("st-embed-no-padding");
  if (embed.disableScrolling) stApp.classList.add("st-embed-no-scroll");

  const renders = createRenderScheduler(draw);
  const tree = new NodeTree();
  const widgets = new WidgetState();
  const toasts = new ToastStore(() => renders.schedule());
  let errorCounter = 0;
  let destroyed = false;
  // What the page shows besides the tree and the run state (run-state.js).
  const view = {
    runId: null,
    boot: { phase: "runtime", detail: "" },
    bootError: null,
    runtimeErrors: [],
    nextErrorId: () => ++errorCounter,
    pageConfig: { title: null, icon: null, layout: null, initialSidebarState: null },
    // client.toolbarMode ("auto" | "developer" | "viewer" | "minimal"), from configure().
    toolbarMode: "auto",
    versions: null,
    // st.navigation's last message (null: a single-page app), and the URL
    // pathname of a "Page not found" being shown (null: none).
    navigation: null,
    pageNotFound: null,
    // A source file changed (`wasmlit serve`): {Prompt (its component), allowRunOnSave, rerun,
    // alwaysRerun} until a run starts; the status widget shows it (web/boot/source-changes.js).
    sourceChanged: null,
    // The text of the last run's compile error while its dialog is open (null: none).
    compileError: null,
    // st.logo's last message (null: no logo), see FROM_WORKER.LOGO.
    logo: null,
    // A dialog of the chrome being shown (layout/main-menu.js ChromeDialog): "clearCache" or null.
    chromeDialog: null,
  };

  // The theme: set on the element holding the app and its popups (theme.js).
  const theme = createTheme({
    target: themeTarget(rootElement, portalRoot ?? rootElement.ownerDocument.body),
    // An app embedded in another page starts light and keeps no choice of its own.
    persist: !embedded,
    defaultChoice: embedded ? "light" : "system",
    onChange: () => renders.schedule(),
  });

  const routing = createRouting({
    location,
    navigation: () => view.navigation,
    client: () => ({
      ...clientInfo(location, rootElement),
      ...(embed.embedded || embedded ? { isEmbedded: true } : {}),
      theme: { type: theme.type },
    }),
  });

  // ---- the run state on stApp ----------------------------------------------
  // Rendered first, then written: "notRunning" is only visible once the DOM is final.
  const unsubscribe = runState.subscribe((state, transition) => {
    if (transition === RUN_TRANSITION.CONNECTION) {
      stApp.setAttribute("data-test-connection-state", state.connection);
      renders.schedule();
      return;
    }
    renders.now();
    stApp.setAttribute("data-test-script-state", state.scriptState);
  });

  // ---- rendering -----------------------------------------------------------
  function draw() {
    render(h(AppContext.Provider, { value: ctx }, h(Shell, { view: shellProps(), actions })), stApp);
  }

  function chrome() {
    return chromeOptions({ toolbarMode: view.toolbarMode, embed, embedded, hostname: rootElement.ownerDocument.defaultView?.location?.hostname });
  }

  /** Changes what the page shows and renders it at once (a click must see its effect). */
  function showChanged(change) {
    change();
    renders.now();
  }

  function openChromeDialog(name) {
    preload("ui:mainMenu");
    showChanged(() => {
      view.chromeDialog = name;
    });
  }

  // The Shell's callbacks: made once, so their identity stays from one render to the next.
  const shellActions = {
    dismissToast(id) {
      if (toasts.dismiss(id)) renders.now();
    },
    dismissRuntimeError(id) {
      showChanged(() => {
        view.runtimeErrors = view.runtimeErrors.filter((error) => error.id !== id);
      });
    },
    closePageNotFound() {
      showChanged(() => {
        view.pageNotFound = null;
      });
    },
    closeChromeDialog() {
      showChanged(() => {
        view.chromeDialog = null;
      });
    },
    closeCompileError() {
      showChanged(() => {
        view.compileError = null;
      });
    },
    openChromeDialog,
    navigate: (target) => navigate(target),
    hrefFor: (pageName) => routing.href(pageName),
  };

  /** @returns {import("./layout/shell.js").ShellView} */
  function shellProps() {
    const scriptState = runState.scriptState;
    return {
      ...shellActions,
      tree,
      toasts: toasts.list(),
      eventSlots: toasts.slotKeys(),
      scriptState,
      connection: runState.connection,
      boot: view.boot,
      bootError: view.bootError,
      runtimeErrors: view.runtimeErrors,
      pageConfig: view.pageConfig,
      // "all": a rerun was requested (everything dims, as in Streamlit);
      // "flags": a run is going, nodes not yet re-put by it are stale.
      showStale: scriptState !== SCRIPT_STATE.RUNNING ? "none" : runState.rerunRequested ? "all" : "flags",
      restart,
      navigation: view.navigation,
      pageNotFound: view.pageNotFound,
      versions: view.versions,
      chrome: chrome(),
      theme,
      chromeDialog: view.chromeDialog,
      rerun: () => rerun(),
      clearCache: () => send({ type: TO_WORKER.CLEAR_CACHE }),
      compileError: view.compileError,
      embedded,
      showToolbar: embed.showToolbar,
      sourceChanged: view.sourceChanged,
      logo: view.logo,
    };
  }

  // ---- page -> worker ------------------------------------------------------
  /**
   * Sends a rerun with every widget's value (+ one-shot button triggers).
   * `origin`: the widget's props when a widget caused it (a widget inside a
   * fragment reruns only that fragment). `target`: another page to run.
   * `fragmentId`: the fragment to rerun (default: the origin's, if any).
   */
  function rerun(triggers = {}, origin = null, target = null, fragmentId = origin && !target ? tree.fragmentOf(origin.id) : null) {
    const payload = widgets.snapshot(tree.widgets());
    Object.assign(payload, triggers);
    const seq = runState.nextSeq;
    const msg = { type: TO_WORKER.RERUN, widgets: payload, triggers: Object.keys(triggers), seq, fragmentId,
      ...(target ? { navigation: true } : {}), ...routing.fields(target) };
    if (send(msg) === false) return; // no worker to take it (Python is starting)
    runState.rerunSent(seq, { wholeApp: !fragmentId }); // "running" at once, then renders
  }

  /** Switches pages: a nav link, st.page_link, or the browser's back/forward. */
  function navigate(target) {
    view.pageNotFound = null;
    rerun({}, null, target);
  }

  const stopFollowingHistory = routing.onBrowserNavigation((target) => {
    if (runState.connected && !destroyed) navigate(target);
  });

  const fragmentTimers = new FragmentTimers((fragmentId) => {
    if (!runState.connected || runState.pendingRerun) return;
    rerun({}, null, null, fragmentId);
  });

  function stop() {
    runState.stopSent();
    send({ type: TO_WORKER.STOP });
  }

  /** Sends a picked file's bytes to the worker (transferred, not copied). */
  function upload(fileId, name, mime, bytes) {
    send({ type: TO_WORKER.UPLOAD, fileId, name, mime, data: bytes }, [bytes.buffer]);
  }

  const ctx = {
    tree, widgets, rerun, stop, upload, navigate, render: renders.now, embedded,
    setQueryString: routing.setQueryString,
    hrefFor: routing.href,
    portalRoot: portalRoot ?? rootElement.ownerDocument.body,
    actions: null,
  };
  const actions = createActions(ctx);
  ctx.actions = actions;

  // ---- worker -> page ------------------------------------------------------
  const handleMessage = createMessageDelivery({
    handlers: createMessageHandlers({
      view, tree, widgets, toasts, runState, renders, routing, fragmentTimers, embedded, showBootProgress, showBootError,
    }),
    pendingLoads,
    stopped: () => destroyed,
    failed: (msg, error) => {
      view.runtimeErrors = [
        ...view.runtimeErrors,
        { id: view.nextErrorId(), message: `The page could not handle a "${msg.type}" message: ${error?.message ? error.message : error}` },
      ];
      renders.schedule();
    },
  });

  /** Lazy renderers' stylesheets go to this app's root: the document, or its shadow root. */
  function adoptLazyStyles() {
    const styleRoot = /** @type {Document|ShadowRoot} */ (rootElement.getRootNode());
    for (const [name, text] of lazyStyles()) adoptStyles(styleRoot, `lazy:${name}`, text);
  }
  adoptLazyStyles();

  onLoaded(() => {
    if (destroyed) return;
    adoptLazyStyles();
    renders.schedule();
  });

  function setConnectionState(state) {
    runState.setConnection(state);
  }

  function showBootProgress(phase, detail) {
    if (runState.scriptState !== SCRIPT_STATE.INITIAL) return;
    showChanged(() => {
      view.boot = { phase, detail: detail ?? "" };
    });
  }

  function showBootError(message) {
    showChanged(() => {
      view.bootError = String(message ?? "Unknown error");
      view.boot = null;
    });
  }

  // "r" reruns, "c" clears the caches where the main menu offers it (shortcuts.js).
  const stopShortcuts = listenForShortcuts(embedded ? rootElement.getRootNode() : rootElement.ownerDocument, {
    enabled: () => runState.connected,
    rerun: () => rerun(),
    clearCache: () => {
      if (chrome().developerMode && !view.chromeDialog) openChromeDialog("clearCache");
    },
  });

  /** The app is removed from the page: stop rendering and listening. */
  function destroy() {
    renders.stop();
    destroyed = true;
    unsubscribe();
    stopFollowingHistory();
    fragmentTimers.set([]);
    stopShortcuts();
    theme.destroy();
    render(null, stApp);
    stApp.remove();
  }

  /** A fresh session is starting (the worker was replaced): forget everything shown. */
  function reset(notice = null) {
    renders.cancel();
    fragmentTimers.set([]);
    view.navigation = null;
    view.pageNotFound = null;
    tree.clear();
    widgets.clear();
    view.bootError = null;
    view.boot = { phase: "runtime", detail: "" };
    view.runtimeErrors = notice ? [{ id: view.nextErrorId(), kind: "notice", message: String(notice) }] : [];
    runState.reset(); // renders
  }

  /** The worker failed while the app was up: say so, and offer a restart. */
  function showCrash(message) {
    view.runtimeErrors = [...view.runtimeErrors, { id: view.nextErrorId(), kind: "error", message: String(message ?? "") }];
    runState.crashed(); // renders
  }

  /** Offers Rerun / Always rerun in the status widget until the next run (web/app/layout/source-changed.js). */
  function showSourceChanged(prompt) {
    showChanged(() => {
      view.sourceChanged = prompt;
    });
  }

  /** The routing fields of the first run (sent in the boot message): the URL's page and query string. */
  function firstRun() {
    return routing.fields();
  }

  /** The app's own options for the page (toolbar mode, theme), before its first run. */
  async function configure(app) {
    const options = await readAppConfig(app);
    if (destroyed) return;
    view.toolbarMode = options.toolbarMode;
    if (options.theme) theme.setCustom(options.theme);
    renders.schedule();
  }

  renders.now();
  return {
    handleMessage, setConnectionState, showBootProgress, showBootError, reset, showCrash,
    rerun: () => rerun(), destroy, firstRun, configure, showSourceChanged, runState,
  };
}


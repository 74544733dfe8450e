// The renderer: turns the worker's messages (protocol/messages.js) into a
// Streamlit-like DOM, and user interaction into `rerun` / `stop` messages.
//
//   createAppView(rootElement, { send, restart, embedded, portalRoot, location }) -> { handleMessage,
//       setConnectionState, showBootProgress, showBootError, reset(notice),
//       showCrash(message), rerun(), destroy(), firstRun(), configure(app),
//       showSourceChanged(prompt) }
//   restart(): replaces the worker (offered on runtime errors)
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
// The stylesheet (styles.css) is the caller's to load: the standalone page
// links it into the document, an embedded app adopts it into its shadow root.
//
// The stApp element is created here and its data-test-script-state /
// data-test-connection-state attributes are set directly (not through Preact),
// so they change exactly when the state changes: "running" as a rerun is sent
// or a run starts, "notRunning" only after the DOM shows the finished run.
import { h, render } from "preact";
import { FROM_WORKER, TO_WORKER } from "../../protocol/messages.js";
import { createActions } from "./actions.js";
import { AppContext } from "./context.js";
import { Shell } from "./layout/shell.js";
import { isTriggerType, isWidgetType, NodeTree, ROOT_EVENT } from "./tree.js";
import { ToastStore } from "./toasts.js";
import { WidgetState } from "./widget-state.js";
import { clientInfo, createBrowserLocation, createMemoryLocation } from "./location.js";
import { embedOptions } from "./embed-options.js";
import { FragmentTimers } from "./fragment-timers.js";
import { lazyStyles, onLoaded, pendingLoads, preload } from "./elements/lazy.js";
import { adoptStyles } from "./stylesheets.js";
import { createTheme, themeTarget } from "./theme-controller.js";
import { chromeOptions, readAppConfig } from "./app-config.js";

export function createAppView(
  rootElement,
  { send, restart = null, embedded = false, portalRoot = null, location = embedded ? createMemoryLocation() : createBrowserLocation() },
) {
  const stApp = document.createElement("div");
  stApp.className = "stApp";
  stApp.setAttribute("data-testid", "stApp");
  stApp.setAttribute("data-test-script-state", "initial");
  stApp.setAttribute("data-test-connection-state", "INITIAL");
  rootElement.replaceChildren(stApp);
  const embed = embedOptions(location.read().queryString);
  if (embed.embedded) {
    stApp.setAttribute("data-embedded", "true");
    stApp.classList.add("streamlit-embedded");
  }
  if (!embed.showPadding) stApp.classList.add("st-embed-no-padding");
  if (embed.disableScrolling) stApp.classList.add("st-embed-no-scroll");

  const tree = new NodeTree();
  const widgets = new WidgetState();
  const toasts = new ToastStore(() => scheduleRender());
  const view = {
    tree,
    toasts,
    runId: null,
    scriptState: "initial",
    connection: "INITIAL",
    boot: { phase: "runtime", detail: "" },
    bootError: null,
    runtimeErrors: [],
    pageConfig: { title: null, icon: null, layout: null, initialSidebarState: null },
    // client.toolbarMode ("auto" | "developer" | "viewer" | "minimal"), from configure().
    toolbarMode: "auto",
    rerunRequested: false,
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
    closeCompileError() {
      view.compileError = null;
      renderNow();
    },
    closePageNotFound() {
      view.pageNotFound = null;
      renderNow();
    },
    navigate: (target) => navigate(target),
    hrefFor: (pageName) => location.href(pageName, ""),
    dismissRuntimeError(id) {
      view.runtimeErrors = view.runtimeErrors.filter((error) => error.id !== id);
      renderNow();
    },
    restart,
    dismissToast(id) {
      if (toasts.dismiss(id)) renderNow();
    },
    // A dialog of the chrome being shown (layout/main-menu.js ChromeDialog): "clearCache" or null.
    chromeDialog: null,
    openChromeDialog(name) {
      preload("ui:mainMenu");
      view.chromeDialog = name;
      renderNow();
    },
    closeChromeDialog() {
      view.chromeDialog = null;
      renderNow();
    },
  };
  // Reruns sent (seq) and the highest seq a run has started with (runStarted.seq):
  // while sentSeq > startedSeq a run the page asked for is still to come.
  let pendingRerun = false;
  let sentSeq = 0;
  let startedSeq = 0;
  let errorCounter = 0;

  function setScriptState(state) {
    view.scriptState = state;
    stApp.setAttribute("data-test-script-state", state);
  }

  // ---- rendering -----------------------------------------------------------
  let frame = 0;
  let timer = 0;
  let rendering = false;
  let renderAgain = false;
  let destroyed = false;

  function cancelScheduled() {
    if (frame) cancelAnimationFrame(frame);
    if (timer) clearTimeout(timer);
    frame = 0;
    timer = 0;
  }

  /** Coalesces re-renders while a run streams deltas (rAF; a timer covers hidden tabs). */
  function scheduleRender() {
    if (frame || timer) return;
    frame = requestAnimationFrame(renderNow);
    timer = setTimeout(renderNow, 100);
  }

  // The theme: set on the element holding the app and its popups (theme.js).
  const theme = createTheme({
    target: themeTarget(rootElement, portalRoot ?? rootElement.ownerDocument.body),
    // An app embedded in another page starts light and keeps no choice of its own.
    persist: !embedded,
    defaultChoice: embedded ? "light" : "system",
    onChange: () => scheduleRender(),
  });

  function renderNow() {
    cancelScheduled();
    if (destroyed) return;
    if (rendering) {
      // A DOM event fired while Preact was patching (e.g. blur of a removed input).
      renderAgain = true;
      return;
    }
    rendering = true;
    try {
      do {
        renderAgain = false;
        render(h(AppContext.Provider, { value: ctx }, h(Shell, { view: viewProps(), actions })), stApp);
      } while (renderAgain);
    } finally {
      rendering = false;
    }
  }

  function viewProps() {
    return {
      tree: view.tree,
      toasts: view.toasts.list(),
      eventSlots: view.toasts.slotKeys(),
      dismissToast: view.dismissToast,
      scriptState: view.scriptState,
      connection: view.connection,
      boot: view.boot,
      bootError: view.bootError,
      runtimeErrors: view.runtimeErrors,
      pageConfig: view.pageConfig,
      // "all": a rerun was requested (everything dims, as in Streamlit);
      // "flags": a run is going, nodes not yet re-put by it are stale.
      showStale: view.scriptState !== "running" ? "none" : view.rerunRequested ? "all" : "flags",
      dismissRuntimeError: view.dismissRuntimeError,
      restart: view.restart,
      navigation: view.navigation,
      navigate: view.navigate,
      hrefFor: view.hrefFor,
      pageNotFound: view.pageNotFound,
      closePageNotFound: view.closePageNotFound,
      versions: view.versions ?? null,
      chrome: chromeOptions({ toolbarMode: view.toolbarMode, embed, embedded, hostname: rootElement.ownerDocument.defaultView?.location?.hostname }),
      theme,
      chromeDialog: view.chromeDialog,
      openChromeDialog: view.openChromeDialog,
      closeChromeDialog: view.closeChromeDialog,
      rerun: () => rerun(),
      clearCache: () => send({ type: TO_WORKER.CLEAR_CACHE }),
      compileError: view.compileError,
      closeCompileError: view.closeCompileError,
      embedded,
      showToolbar: embed.showToolbar,
      sourceChanged: view.sourceChanged,
      logo: view.logo,
    };
  }

  // ---- page -> worker ------------------------------------------------------
  /** The page the app shows (its hash from st.navigation), for reruns that stay on it. */
  function currentPageHash() {
    return view.navigation?.currentPageHash ?? "";
  }

  /** Where a run goes: the current page (or `target`), the URL's query string, the browser's facts. */
  function routing(target = null) {
    const here = location.read();
    return {
      pageScriptHash: target ? target.pageScriptHash ?? "" : currentPageHash(),
      pageName: target ? target.pageName ?? "" : here.pageName,
      queryString: target?.queryString ?? here.queryString,
      client: {
        ...clientInfo(location, rootElement),
        ...(embed.embedded || embedded ? { isEmbedded: true } : {}),
        theme: { type: theme.type },
      },
    };
  }

  /**
   * Sends a rerun with every widget's value (+ one-shot button triggers).
   * `origin`: the widget's props when a widget caused it (a widget inside a
   * fragment reruns only that fragment). `target`: another page to run.
   * `fragmentId`: the fragment to rerun (default: the origin's, if any).
   */
  function rerun(triggers = {}, origin = null, target = null, fragmentId = origin && !target ? tree.fragmentOf(origin.id) : null) {
    const payload = widgets.snapshot(tree.widgets());
    Object.assign(payload, triggers);
    const seq = sentSeq + 1;
    const msg = { type: TO_WORKER.RERUN, widgets: payload, triggers: Object.keys(triggers), seq, fragmentId,
      ...(target ? { navigation: true } : {}), ...routing(target) };
    if (send(msg) === false) return; // no worker to take it (Python is starting)
    sentSeq = seq;
    pendingRerun = true;
    view.rerunRequested = !fragmentId;
    setScriptState("running");
    renderNow();
  }

  /** Switches pages: a nav link, st.page_link, or the browser's back/forward. */
  function navigate(target) {
    view.pageNotFound = null;
    rerun({}, null, target);
  }

  const stopListening = location.listen(() => {
    if (view.connection !== "CONNECTED" || destroyed) return;
    const here = location.read();
    navigate({ pageScriptHash: "", pageName: here.pageName, queryString: here.queryString });
  });

  const fragmentTimers = new FragmentTimers((fragmentId) => {
    if (view.connection !== "CONNECTED" || pendingRerun) return;
    rerun({}, null, null, fragmentId);
  });

  function stop() {
    // A stop drops the reruns still waiting in the worker.
    startedSeq = sentSeq;
    pendingRerun = false;
    send({ type: TO_WORKER.STOP });
  }

  /** Sends a picked file's bytes to the worker (transferred, not copied). */
  function upload(fileId, name, mime, bytes) {
    send({ type: TO_WORKER.UPLOAD, fileId, name, mime, data: bytes }, [bytes.buffer]);
  }

  /** Rewrites the address bar's query string (a bound widget's value; no new history entry). */
  function setQueryString(update) {
    const here = location.read();
    const next = update(here.queryString);
    if (next === here.queryString) return;
    const current = (view.navigation?.pages ?? []).find((page) => page.pageScriptHash === currentPageHash());
    location.replace(current ? current.urlPath : here.pageName, next);
  }

  const ctx = {
    tree, widgets, rerun, stop, upload, navigate, render: renderNow, embedded, setQueryString,
    hrefFor: (name, query) => location.href(name, query ?? ""),
    portalRoot: portalRoot ?? rootElement.ownerDocument.body,
  };
  const actions = createActions(ctx);
  ctx.actions = actions;

  // ---- worker -> page ------------------------------------------------------
  function runStarted(msg) {
    if (msg.runId !== undefined && msg.runId !== null) view.runId = msg.runId;
    if (typeof msg.seq === "number") startedSeq = Math.max(startedSeq, msg.seq);
    else startedSeq = sentSeq;
    pendingRerun = sentSeq > startedSeq;
    view.rerunRequested = false;
    view.boot = null;
    view.sourceChanged = null;
    view.compileError = null;
    setScriptState("running");
    tree.markStale(msg.fragmentIds ?? []);
    renderNow();
  }

  function delta(msg) {
    const node = msg.node ?? {};
    if (Array.isArray(msg.path) && msg.path[0] === ROOT_EVENT) {
      preload("ui:toasts");
      // Toasts: overlays keyed by (runId, path), outside the tree and its stale logic.
      toasts.put(msg.runId ?? view.runId, msg.path, node);
      if (view.boot) view.boot = null;
      scheduleRender();
      return;
    }
    const entry = tree.put(msg.path, node);
    preload(entry.kind === "element" ? entry.type : `block:${entry.type}`, entry.props);
    if (isWidgetType(entry.type) && !isTriggerType(entry.type)) {
      widgets.adopt(entry.props);
    }
    if (view.boot) view.boot = null;
    scheduleRender();
  }

  function runFinished(msg) {
    // As in Streamlit, a run that ended (also by the user's Stop) removes what
    // it did not redraw; a run cut short for a rerun leaves it for the next run,
    // and so does a run that ended in a callback before drawing ("kept").
    if (msg.status === "complete" || msg.status === "error" || msg.status === "stopped") {
      tree.removeStale();
      // A full run that did not call st.logo removes the logo (fragment runs keep it).
      if (view.logo && !(msg.fragmentIds ?? []).length && view.logo.runId !== msg.runId) view.logo = null;
      toasts.pruneSlots(msg.runId ?? view.runId);
      const live = new Set(tree.widgets().map((entry) => entry.props.id));
      widgets.prune(live);
    }
    if (msg.status !== "rerun") fragmentTimers.set(msg.autoReruns ?? []);
    // A script that does not compile ran nothing: the page keeps what it showed
    // (not stale, as the run is over) and opens Streamlit's error dialog.
    const compileError = msg.status === "compileError";
    if (compileError) {
      tree.clearStale();
      view.compileError = String(msg.compileError ?? "");
      preload("ui:compileError");
    }
    const next = msg.status === "rerun" || pendingRerun ? "running" : compileError ? "compilationError" : "notRunning";
    // Render the finished run first, so "notRunning" is only visible once the DOM is final.
    view.scriptState = next;
    renderNow();
    setScriptState(next);
  }

  function pageConfig(msg) {
    const config = { ...view.pageConfig };
    for (const field of ["title", "icon", "layout", "initialSidebarState"]) {
      if (msg[field] !== null && msg[field] !== undefined) config[field] = msg[field];
    }
    view.pageConfig = config;
    if (!embedded && config.title) document.title = config.title;
    if (!embedded && config.icon) setFavicon(config.icon);
    scheduleRender();
  }

  function navigation(msg) {
    view.navigation = msg;
    preload("ui:navigation");
    const current = (msg.pages ?? []).find((page) => page.pageScriptHash === msg.currentPageHash);
    if (current) {
      const here = location.read();
      if (msg.pageNotFound) {
        view.pageNotFound = here.pageName;
        location.replace(current.urlPath, msg.queryString);
      } else if (here.pageName !== current.urlPath || here.queryString !== msg.queryString) {
        location.push(current.urlPath, msg.queryString);
      }
      if (!embedded && !view.pageConfig.title) document.title = current.title;
    }
    scheduleRender();
  }

  function pageInfo(msg) {
    const here = location.read();
    const current = (view.navigation?.pages ?? []).find((page) => page.pageScriptHash === currentPageHash());
    location.replace(current ? current.urlPath : here.pageName, msg.queryString ?? "");
  }

  function runtimeError(message) {
    view.runtimeErrors = [...view.runtimeErrors, { id: ++errorCounter, message: String(message ?? "") }];
    pendingRerun = false;
    view.rerunRequested = false;
    view.boot = null;
    if (view.scriptState === "running") {
      view.scriptState = "notRunning";
      renderNow();
      setScriptState("notRunning");
    } else {
      renderNow();
    }
  }

  // A run's end waits for the lazily loaded renderers it needs (elements/lazy.js);
  // messages that arrive meanwhile wait behind it, in order.
  const held = [];
  let holding = false;

  function handleMessage(msg) {
    if (!msg || typeof msg !== "object") return;
    if (holding) {
      held.push(msg);
      return;
    }
    const loads = msg.type === FROM_WORKER.RUN_FINISHED ? pendingLoads() : null;
    if (loads) {
      holding = true;
      held.push(msg);
      loads.then(releaseHeld);
      return;
    }
    handleNow(msg);
  }

  function releaseHeld() {
    holding = false;
    const waiting = held.splice(0);
    for (const msg of waiting) {
      if (destroyed) return;
      handleMessage(msg);
    }
  }

  /** Lazy renderers' stylesheets go to this app's root: the document, or its shadow root. */
  function adoptLazyStyles() {
    const styleRoot = rootElement.getRootNode();
    for (const [name, text] of lazyStyles()) adoptStyles(styleRoot, `lazy:${name}`, text);
  }
  adoptLazyStyles();

  onLoaded(() => {
    if (destroyed) return;
    adoptLazyStyles();
    scheduleRender();
  });

  function handleNow(msg) {
    try {
      dispatch(msg);
    } catch (error) {
      console.error("wasmlit: could not handle a message from the worker", msg, error);
      view.runtimeErrors = [
        ...view.runtimeErrors,
        { id: ++errorCounter, message: `The page could not handle a "${msg.type}" message: ${error && error.message ? error.message : error}` },
      ];
      scheduleRender();
    }
  }

  function dispatch(msg) {
    switch (msg.type) {
      case FROM_WORKER.BOOT_PROGRESS:
        showBootProgress(msg.phase, msg.detail);
        break;
      case FROM_WORKER.BOOT_ERROR:
        showBootError(msg.message);
        break;
      case FROM_WORKER.READY:
        view.versions = { python: msg.pythonVersion ?? null, pyodide: msg.pyodideVersion ?? null };
        if (view.boot) view.boot = { phase: "app", detail: "Running the app script" };
        scheduleRender();
        break;
      case FROM_WORKER.RUN_STARTED:
        runStarted(msg);
        break;
      case FROM_WORKER.DELTA:
        delta(msg);
        break;
      case FROM_WORKER.RUN_FINISHED:
        runFinished(msg);
        break;
      case FROM_WORKER.PAGE_CONFIG:
        pageConfig(msg);
        break;
      case FROM_WORKER.NAVIGATION:
        navigation(msg);
        break;
      case FROM_WORKER.PAGE_INFO:
        pageInfo(msg);
        break;
      case FROM_WORKER.LOGO:
        view.logo = msg;
        preload("ui:logo");
        scheduleRender();
        break;
      case FROM_WORKER.RUNTIME_ERROR:
        runtimeError(msg.message);
        break;
      default:
        console.warn("wasmlit: unknown message from the worker", msg);
    }
  }

  function setConnectionState(state) {
    view.connection = state;
    stApp.setAttribute("data-test-connection-state", state);
    scheduleRender();
  }

  function showBootProgress(phase, detail) {
    if (view.scriptState !== "initial") return;
    view.boot = { phase, detail: detail ?? "" };
    renderNow();
  }

  function showBootError(message) {
    view.bootError = String(message ?? "Unknown error");
    view.boot = null;
    renderNow();
  }

  // "r" reruns the app, as in Streamlit (not while typing in a field), and "c"
  // asks to clear the caches where the main menu has "Clear cache". An
  // embedded app takes the keys only while the focus is inside it.
  const keyTarget = embedded ? rootElement.getRootNode() : rootElement.ownerDocument;
  const onKey = (event) => {
    const key = event.key?.toLowerCase();
    if (key !== "r" && key !== "c") return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.composedPath ? event.composedPath()[0] : event.target;
    if (isEditable(target) || view.connection !== "CONNECTED") return;
    if (key === "r") rerun();
    else if (viewProps().chrome.developerMode && !view.chromeDialog) view.openChromeDialog("clearCache");
  };
  keyTarget.addEventListener("keydown", onKey);

  /** The app is removed from the page: stop rendering and listening. */
  function destroy() {
    cancelScheduled();
    destroyed = true;
    stopListening();
    fragmentTimers.set([]);
    keyTarget.removeEventListener("keydown", onKey);
    theme.destroy();
    render(null, stApp);
    stApp.remove();
  }

  /** A fresh session is starting (the worker was replaced): forget everything shown. */
  function reset(notice = null) {
    cancelScheduled();
    fragmentTimers.set([]);
    view.navigation = null;
    view.pageNotFound = null;
    tree.clear();
    widgets.clear();
    pendingRerun = false;
    sentSeq = 0;
    startedSeq = 0;
    view.rerunRequested = false;
    view.bootError = null;
    view.boot = { phase: "runtime", detail: "" };
    view.runtimeErrors = notice ? [{ id: ++errorCounter, kind: "notice", message: String(notice) }] : [];
    setScriptState("initial");
    renderNow();
  }

  /** The worker failed while the app was up: say so, and offer a restart. */
  function showCrash(message) {
    view.runtimeErrors = [...view.runtimeErrors, { id: ++errorCounter, kind: "error", message: String(message ?? "") }];
    pendingRerun = false;
    view.rerunRequested = false;
    view.scriptState = "notRunning";
    renderNow();
    setScriptState("notRunning");
  }

  /** Offers Rerun / Always rerun in the status widget until the next run (web/app/layout/source-changed.js). */
  function showSourceChanged(prompt) {
    view.sourceChanged = prompt;
    renderNow();
  }

  /** The routing fields of the first run (sent in the boot message): the URL's page and query string. */
  function firstRun() {
    return routing();
  }

  /** The app's own options for the page (toolbar mode, theme), before its first run. */
  async function configure(app) {
    const options = await readAppConfig(app);
    if (destroyed) return;
    view.toolbarMode = options.toolbarMode;
    if (options.theme) theme.setCustom(options.theme);
    scheduleRender();
  }

  renderNow();
  return {
    handleMessage, setConnectionState, showBootProgress, showBootError, reset, showCrash,
    rerun: () => rerun(), destroy, firstRun, configure, showSourceChanged,
  };
}

function isEditable(target) {
  if (!target || target.nodeType !== 1) return false;
  if (target.isContentEditable) return true;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.getAttribute("role") === "combobox";
}

function setFavicon(icon) {
  const text = String(icon);
  let href;
  if (/^(https?:|data:|\/|\.)/.test(text)) {
    href = text;
  } else {
    const glyph = text.startsWith(":material/") ? "" : text;
    href = `data:image/svg+xml,${encodeURIComponent(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${glyph.replace(/[<&>]/g, "")}</text></svg>`,
    )}`;
  }
  let link = document.querySelector("link[rel~='icon']");
  if (!link) {
    link = document.createElement("link");
    link.rel = "icon";
    document.head.appendChild(link);
  }
  link.href = href;
}

// One app's lifecycle in a page: starts its worker, sends it the app, connects
// the worker's messages to the renderer (web/app/), and replaces the worker
// when it crashes or a stop is not honoured in time. Used by the standalone
// page (web/main.js) and by every embedded app (web/embed/). Protocol:
// protocol/messages.js. The requests the worker answers (files, packages) are
// worker-requests.js; the app's run state (is a run open, what stApp says) is
// web/app/run-state.js, made here and shared with the view.
//
// A run is reached while it is busy through the shared interrupt buffer
// (web/boot/interrupt.js) when the page is cross-origin isolated. A stop that
// is not honoured in time (a CPU-bound script in a page without isolation,
// or a callback that never returns), and a worker that crashes, end with a
// fresh worker: the app restarts and the page says its session was reset.
//
//   const app = createAppController({ createView, loadApp, indexURL, micropipURL, ... });
//   app.start();
//   app.on("progress" | "ready" | "error" | "run", listener); app.ready (a promise)
//   app.rerun(); app.writeFiles({path: text|bytes}, {removed}); app.readFile(path); app.install([...])
//   app.restart(notice); app.destroy()
import { FROM_WORKER, RUN_STATUS, TO_WORKER } from "../../protocol/messages.js";
import { CONNECTION_STATE, createRunState } from "../app/run-state.js";
import { copyFiles, normalizeContent } from "./file-copies.js";
import { createInterruptBuffer, requestInterrupt, REQUEST_RERUN, REQUEST_STOP } from "./interrupt.js";
import { createWorkerRequests } from "./worker-requests.js";
import { preloadWorkerName } from "../../protocol/preload-name.js";

/** @typedef {ReturnType<typeof import("../app/index.js").createAppView>} AppView */

/** How long a stopped run may take to end before the worker is replaced. */
export const STOP_GRACE_MS = 1500;
/** With an interrupt buffer a Stop reaches Python at its next bytecode: a restart
 *  is then only for code that never returns to Python (a loop in C), and a
 *  loaded machine must not turn a slow answer into a lost session. */
export const ISOLATED_STOP_GRACE_MS = 8000;

/** A restart after Python failed is automatic, unless the app fails again before a run completes. */
const STATE_RESET = "This session's state was reset (st.session_state starts empty again).";

/**
 * @param {{
 *   createView: (hooks: {send: (msg: object, transfer?: Transferable[]) => boolean, restart: () => void,
 *                        runState: import("../app/run-state.js").RunState}) => AppView,
 *   loadApp: () => Promise<{files: object, entrypoint: string, config?: object,
 *                            requirements?: string[], transfer?: ArrayBuffer[]}>,
 *   indexURL: string, micropipURL: string|null, bootTimeoutMs: number,
 *   bootSwitches?: {snapshot?: boolean, bytecode?: boolean, codeCache?: boolean},
 *   createWorker?: () => Worker,
 * }} options
 */
export function createAppController({
  createView,
  loadApp,
  indexURL,
  micropipURL,
  bootTimeoutMs,
  bootSwitches = {},
  createWorker = defaultWorker,
}) {
  const interruptBuffer = createInterruptBuffer();
  const listeners = new Map();
  /** @type {Worker|null} */
  let worker = null;
  let state = "idle"; // "idle" | "booting" | "ready" | "failed" | "destroyed"
  /** @type {ReturnType<typeof setTimeout>|undefined} */
  let bootTimer;
  /** @type {ReturnType<typeof setTimeout>|undefined} */
  let stopTimer;
  /** {worker, held: messages, crash} booting while a stopped run may not end (see prepareStandby). */
  let standby = null;
  /** Python failed and was restarted, and no run has completed since. */
  let failedSinceRestart = false;
  /** The app as last loaded, with the files written since (a restart boots it). */
  let app = null;
  let settleReady;
  const ready = new Promise((resolve, reject) => {
    settleReady = { resolve, reject };
  });
  ready.catch(() => {}); // an unobserved boot failure is shown in the app, not thrown

  const runState = createRunState();
  const view = createView({ send, restart: () => manualRestart(), runState });
  const requests = createWorkerRequests({ ready, status: () => state, post: (msg, transfer) => worker.postMessage(msg, transfer) });

  function emit(type, detail) {
    for (const listener of listeners.get(type) ?? []) {
      try {
        listener(detail);
      } catch (error) {
        console.error(`wasmlit: a "${type}" listener failed`, error);
      }
    }
  }

  /** The renderer's way to the worker (transfer: buffers to move). Events during a run interrupt it. */
  function send(msg, transfer = []) {
    if (state !== "ready") return false;
    if (runState.runOpen) {
      if (msg.type === TO_WORKER.STOP) {
        requestInterrupt(interruptBuffer, REQUEST_STOP);
        prepareStandby();
        armStopTimer();
      } else if (msg.type === TO_WORKER.RERUN) {
        requestInterrupt(interruptBuffer, REQUEST_RERUN);
      }
    }
    worker.postMessage(msg, transfer);
    return true;
  }

  function armStopTimer() {
    clearTimeout(stopTimer);
    stopTimer = setTimeout(() => {
      if (runState.runOpen && state === "ready") {
        restart(`The script did not stop, so Python was restarted. ${STATE_RESET}`);
      }
    }, interruptBuffer ? ISOLATED_STOP_GRACE_MS : STOP_GRACE_MS);
  }

  /**
   * Without cross-origin isolation a CPU-bound script cannot be interrupted,
   * and a stop it ignores ends with a new worker after STOP_GRACE_MS. That
   * worker starts booting at once, beside the busy one, so the app is back
   * sooner; it is dropped if the run stops by itself.
   */
  function prepareStandby() {
    if (standby || interruptBuffer || state !== "ready" || !app) return;
    let own;
    try {
      own = createWorker();
    } catch {
      return;
    }
    const spare = { worker: own, held: [], crash: null };
    own.onmessage = (event) => spare.held.push(event.data);
    own.onerror = (event) => {
      event.preventDefault();
      spare.crash = event;
    };
    standby = spare;
    postBoot(own);
  }

  function dropStandby() {
    standby?.worker.terminate();
    standby = null;
  }

  function fail(message) {
    if (state === "failed" || state === "destroyed") return;
    state = "failed";
    dropStandby();
    clearTimeout(bootTimer);
    worker?.terminate();
    worker = null;
    requests.rejectAll("the app failed to start");
    runState.setConnection(CONNECTION_STATE.DISCONNECTED_FOREVER);
    // The "what to do" hints are their own chunk: only a failed boot needs them.
    import("./boot-failures.js")
      .then(({ explainBootFailure }) => explainBootFailure(message))
      .catch(() => message)
      .then((shown) => {
        if (state === "destroyed") return;
        console.error(`wasmlit: ${shown}`);
        view.showBootError(shown);
        emit("error", { kind: "boot", message: shown });
        settleReady.reject(new Error(shown));
      });
  }

  /** The user's Restart (the page's button, or controller.restart()). */
  function manualRestart(notice = null) {
    failedSinceRestart = false;
    restart(notice);
  }

  /** Replaces the worker: a new Python, a new session, the app run again. */
  function restart(notice) {
    if (state === "destroyed") return;
    const spare = standby;
    standby = null;
    stopWorker();
    view.reset(notice);
    start(spare);
  }

  function stopWorker() {
    worker?.terminate();
    worker = null;
    clearTimeout(bootTimer);
    clearTimeout(stopTimer);
    runState.workerGone();
    requests.rejectAll("Python was restarted");
  }

  /** Starts a worker and boots the app in it; `spare`: a standby already booting (its messages held). */
  function start(spare = null) {
    if (state === "destroyed") return;
    state = "booting";
    if (interruptBuffer) {
      Atomics.store(interruptBuffer, 0, 0);
      Atomics.store(interruptBuffer, 1, 0);
    }
    runState.setConnection(CONNECTION_STATE.INITIAL);
    view.showBootProgress("runtime", "Downloading the app");
    emit("progress", { phase: "runtime", detail: "Downloading the app" });
    let own = spare?.worker ?? null;
    try {
      own ??= createWorker();
    } catch (error) {
      fail(`The Python worker could not be started: ${error?.message ?? error}`);
      return;
    }
    worker = own;
    // Python starts while the app is still being loaded (a spare worker has it
    // started already; a standby was sent the app itself).
    if (!spare) own.postMessage({ type: TO_WORKER.PRELOAD, indexURL, boot: bootSwitches });
    bootTimer = setTimeout(
      () =>
        fail(
          `The app did not start within ${bootTimeoutMs / 1000} s. The Python runtime may have ` +
            `failed to download (check that pyodide/ is served with correct MIME types) or ` +
            `the machine is very slow. Reload the page to try again.`,
        ),
      bootTimeoutMs,
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
    if (!spare) {
      boot(own);
      return;
    }
    for (const msg of spare.held) if (own === worker) receive(msg);
    if (spare.crash && own === worker) own.onerror(spare.crash);
  }

  /**
   * Python cannot run in this worker any more (os._exit(), a stack overflow in
   * C code, a fatal error): a new worker starts at once and the page says the
   * state was reset. If the new one fails too before a run completes (the
   * app's first run kills it), the page offers a Restart instead of looping.
   */
  function pythonFailed(reason) {
    const message = `Python stopped working: ${reason}.`;
    emit("error", { kind: "python", message });
    if (failedSinceRestart) {
      runState.workerGone();
      clearTimeout(stopTimer);
      requests.rejectAll("Python stopped working");
      view.showCrash(`${message} It failed again right after a restart, so it was not restarted.`);
      return;
    }
    failedSinceRestart = true;
    restart(`${message} Python was restarted. ${STATE_RESET}`);
  }

  function crashed(message) {
    if (state !== "ready") {
      fail(message);
      return;
    }
    runState.workerGone();
    clearTimeout(stopTimer);
    requests.rejectAll("the Python worker crashed");
    view.showCrash(message);
    emit("error", { kind: "crash", message });
  }

  function receive(msg) {
    if (state === "failed" || state === "destroyed") return;
    switch (msg.type) {
      case FROM_WORKER.BOOT_PROGRESS:
        view.showBootProgress(msg.phase, msg.detail);
        emit("progress", { phase: msg.phase, detail: msg.detail });
        return;
      case FROM_WORKER.BOOT_ERROR:
        fail(msg.message);
        return;
      case FROM_WORKER.REPLY:
        requests.settle(msg);
        return;
      case FROM_WORKER.READY:
        state = "ready";
        clearTimeout(bootTimer);
        runState.setConnection(CONNECTION_STATE.CONNECTED);
        emit("progress", { phase: "app", detail: "Running the app script" });
        emit("ready", { pythonVersion: msg.pythonVersion });
        settleReady.resolve({ pythonVersion: msg.pythonVersion });
        break;
      case FROM_WORKER.RUN_STARTED:
        runState.workerRunStarted();
        break;
      case FROM_WORKER.RUN_FINISHED:
        runState.workerRunFinished();
        clearTimeout(stopTimer);
        dropStandby();
        if (msg.status === RUN_STATUS.COMPLETE) failedSinceRestart = false;
        break;
      case FROM_WORKER.PYTHON_FAILED:
        pythonFailed(msg.message);
        return;
      case FROM_WORKER.RUNTIME_ERROR:
        emit("error", { kind: "runtime", message: msg.message });
        break;
    }
    view.handleMessage(msg);
    if (msg.type === FROM_WORKER.RUN_FINISHED) emit("run", { runId: msg.runId, status: msg.status });
  }

  async function boot(own) {
    try {
      if (!app) app = await loadApp();
    } catch (error) {
      fail(error?.message ?? String(error));
      return;
    }
    if (state !== "booting" || own !== worker) return;
    // The page's own options (toolbar, theme) first: the first run reports the theme.
    try {
      await view.configure?.(app);
    } catch (error) {
      console.error("wasmlit: could not apply the app's page options", error);
    }
    if (state !== "booting" || own !== worker) return;
    postBoot(own);
  }

  /** Sends the loaded app to a new worker. */
  function postBoot(own) {
    const { files, transfer } = copyFiles(app.files);
    own.postMessage(
      {
        type: TO_WORKER.BOOT,
        files,
        entrypoint: app.entrypoint,
        config: app.config ?? {},
        requirements: app.requirements ?? [],
        packages: app.packages ?? null,
        sourceDir: app.sourceDir ?? null,
        indexURL,
        micropipURL,
        boot: bootSwitches,
        interruptBuffer,
        firstRun: view.firstRun(),
      },
      transfer,
    );
  }

  // ---- requests answered by the worker (worker-requests.js) ----------------
  /**
   * Writes files into the app folder and deletes the `removed` ones (the next run
   * uses them; a restart boots with them). Resolves to the worker's answer
   * (protocol/messages.js WRITE_FILES: {sourceChanged, runOnSave, allowRunOnSave}).
   */
  async function writeFiles(files, { removed = [] } = {}) {
    const normalized = {};
    for (const [path, content] of Object.entries(files ?? {})) normalized[path] = normalizeContent(path, content);
    if (!app) app = await loadApp();
    const kept = { ...app.files, ...normalized };
    for (const path of removed) delete kept[path];
    app = { ...app, files: kept };
    dropStandby(); // it booted with the older files
    const { files: copies, transfer } = copyFiles(normalized);
    return requests.request(TO_WORKER.WRITE_FILES, { files: copies, removed: [...removed] }, transfer);
  }

  function on(type, listener) {
    if (!listeners.has(type)) listeners.set(type, new Set());
    listeners.get(type).add(listener);
    return () => off(type, listener);
  }

  function off(type, listener) {
    listeners.get(type)?.delete(listener);
  }

  return {
    start,
    restart: manualRestart,
    ready,
    get state() {
      return state;
    },
    on,
    off,
    /** Reruns the app as a widget change would: st.session_state is kept. */
    rerun() {
      if (state === "ready") view.rerun();
    },
    writeFiles,
    writeFile: (path, content) => writeFiles({ [path]: content }),
    /** The file's bytes, or its text with {encoding: "utf8"}. */
    async readFile(path, { encoding = null } = {}) {
      const bytes = await requests.request(TO_WORKER.READ_FILE, { path });
      return encoding ? new TextDecoder(encoding).decode(bytes) : bytes;
    },
    /** Installs requirements with micropip (e.g. ["humanize==4.9.0"]). */
    async install(requirements) {
      const list = typeof requirements === "string" ? [requirements] : [...(requirements ?? [])];
      await requests.request(TO_WORKER.INSTALL, { requirements: list });
      if (app) app = { ...app, requirements: [...(app.requirements ?? []), ...list] };
      dropStandby();
    },
    /** Ends the worker for good (the view stays as it was). */
    destroy() {
      if (state === "destroyed") return;
      dropStandby();
      stopWorker();
      state = "destroyed";
      requests.rejectAll("the app was unmounted");
      settleReady.reject(new Error("the app was unmounted"));
      listeners.clear();
    },
  };
}

/**
 * Python's worker (same origin). With `preload`, the worker starts Python as
 * soon as its module runs (the message travels in its name: protocol/preload-name.js).
 * @param {import("../../protocol/messages.js").PreloadMsg} [preload]
 */
export function defaultWorker(preload) {
  const name = preload ? preloadWorkerName(preload) : undefined;
  return new Worker(new URL("../../worker/worker.js", import.meta.url), { type: "module", name });
}

// The Python session (wasmlit.bridge) seen from the worker: every JSON text the
// runtime emits is parsed and posted. The session is the worker's one record
// of what runs: the request being run (`running`, `runningRequest`: the pump in
// worker.js and the queue in requests.js ask it) and the run Python has open
// (runStarted posted, its runFinished not yet), so that an exception escaping
// the runtime still closes the run for the page. Runs are entered with
// callPromising, so time.sleep suspends Python (JSPI) and the worker keeps
// taking the page's messages meanwhile.
import { FROM_WORKER } from "../protocol/messages.js";
import { APP_DIR } from "./boot.js";
import { errorText } from "./errors.js";
import { pythonFailure } from "./python-failure.js";

export class Session {
  /**
   * @param {import("pyodide").PyodideAPI & {_module?: {jspiSupported?: boolean}}} pyodide
   *   _module: Emscripten's module (internal: not in Pyodide's types)
   * @param {{entrypoint: string, config: object, post: (msg: object) => void,
   *          interruptBuffer?: Int32Array|null, poll: () => string|null,
   *          sleep: (ms: number) => Promise<void>, environment?: object}} options
   *   environment: where the app runs (worker/environment.js; wasmlit.runtime.app_environment)
   */
  constructor(pyodide, { entrypoint, config, post, interruptBuffer = null, poll, sleep, environment = {} }) {
    this.post = post;
    this.pyodide = pyodide;
    /** Pyodide's file system (uploads are written into it). */
    this.FS = pyodide.FS;
    this.interruptBuffer = interruptBuffer;
    const emit = (text) => this.#emit(text);
    const bridge = pyodide.pyimport("wasmlit.bridge");
    try {
      this.py = bridge.create_session(
        APP_DIR,
        entrypoint,
        JSON.stringify(config ?? {}),
        emit,
        poll,
        Boolean(interruptBuffer),
        sleep,
        JSON.stringify(environment),
      );
    } finally {
      bridge.destroy();
    }
    this.handleRerun = this.py.handle_rerun;
    this.jspi = Boolean(pyodide._module?.jspiSupported) && typeof this.handleRerun.callPromising === "function";
  }

  /** The rerun request being run (callbacks and script), null between requests. */
  #request = null;
  /** The run Python has open: {runId, fragmentIds} from its runStarted until its runFinished (null: none). */
  #openRun = null;

  /** Whether a request is being run now (a stop can reach it; the caches wait). */
  get running() {
    return this.#request !== null;
  }

  /** The request being run now (null: none), for the queue's merging rules (requests.js). */
  get runningRequest() {
    return this.#request;
  }

  /** After the page wrote or removed `paths` (relative to `appDir`): {sourceChanged, runOnSave, allowRunOnSave}. */
  filesChanged(appDir, paths) {
    const filesChanged = this.py.files_changed;
    try {
      return JSON.parse(filesChanged(appDir, JSON.stringify(paths)));
    } finally {
      filesChanged.destroy();
    }
  }

  #emit(text) {
    const msg = JSON.parse(text);
    if (msg.type === FROM_WORKER.RUN_STARTED) {
      this.#openRun = { runId: msg.runId, fragmentIds: msg.fragmentIds ?? [] };
      // The page's sequence number of the request being run: which reruns it serves.
      msg.seq = this.#request?.seq ?? 0;
    } else if (msg.type === FROM_WORKER.RUN_FINISHED && msg.runId === this.#openRun?.runId) {
      this.#openRun = null;
    }
    this.post(msg);
  }

  /**
   * Runs callbacks and the script (or a fragment) for one rerun request;
   * messages are posted while it runs. Resolves to null, or to the reason
   * Python can no longer be used (see pythonFailure): the worker must then be replaced.
   */
  async rerun(request) {
    this.#clearInterrupt();
    this.#request = request ?? {};
    try {
      const { type, seq, triggers, ...fields } = request ?? {};
      const json = JSON.stringify({ ...fields, triggers: triggers ?? [] }, keepNegativeZero);
      // callPromising (time.sleep suspends Python) needs JSPI; without it
      // (Safari, older browsers) the run is a plain call.
      if (this.jspi) await this.handleRerun.callPromising(json);
      else this.handleRerun(json);
      return null;
    } catch (error) {
      const failure = pythonFailure(this.pyodide, error);
      this.#closeOpenRun(isKeyboardInterrupt(error) ? "stopped" : "error");
      if (failure) return failure;
      if (!isKeyboardInterrupt(error)) {
        this.post({ type: FROM_WORKER.RUNTIME_ERROR, message: errorText(error) });
      }
      return null;
    } finally {
      this.#request = null;
      this.#clearInterrupt();
    }
  }

  #closeOpenRun(status) {
    if (this.#openRun === null) return;
    // A complete runFinished (protocol RunFinishedMsg): no fragment with run_every is
    // known after a run that did not finish, so the page stops their timers.
    const { runId, fragmentIds } = this.#openRun;
    this.post({ type: FROM_WORKER.RUN_FINISHED, runId, status, fragmentIds, autoReruns: [] });
    this.#openRun = null;
  }

  #clearInterrupt() {
    if (this.interruptBuffer) Atomics.store(this.interruptBuffer, 0, 0);
  }
}

/** JSON has no -0 (a number_input typed "-0" is -0.0 in Streamlit): sent as {"$float": "-0"}. */
function keepNegativeZero(key, value) {
  return Object.is(value, -0) ? { $float: "-0" } : value;
}

function isKeyboardInterrupt(error) {
  return error?.type === "KeyboardInterrupt";
}

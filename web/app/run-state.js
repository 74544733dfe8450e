// The one record of an app's run state on the page: what stApp's
// data-test-script-state and data-test-connection-state show, whether the
// reruns the page sent have started, and whether the worker has a run open.
// The controller (web/boot/controller.js) and the view (web/app/index.js)
// make its transitions and read it; neither keeps a copy.
//
//   const runState = createRunState();
//   runState.subscribe((state, transition) => ...)  after each transition the page shows
//   page -> worker:  rerunSent(seq, {wholeApp}), stopSent()
//   worker -> page, as the view shows them:  runStarted(seq), runFinished(status),
//                    runtimeError(), crashed(), reset(), setConnection(state)
//   worker -> page, as they arrive (the controller's):  workerRunStarted(),
//                    workerRunFinished(), workerGone()
//
// The script state (SCRIPT_STATE, Streamlit's names):
//   initial ──rerunSent / runStarted──▶ running ──runFinished──▶ notRunning
//                                          │                     compilationError
//                                          └─ stays running after a "rerun" status,
//                                             or while a rerun the page sent has not
//                                             started (sentSeq > startedSeq)
//   runtimeError / crashed end a run (notRunning); reset goes back to initial.
//
// The contract the browser tests rely on: "running" is set synchronously when
// the page sends an event, "notRunning" only after the DOM shows the finished
// run. This module says what the state is; its one subscriber in the view
// renders first and then writes the attributes (web/app/index.js).
import { RUN_STATUS, SCRIPT_STATE } from "../../protocol/messages.js";

/** stApp's data-test-connection-state (Streamlit's ConnectionState names; a page-side fact, not a message). */
export const CONNECTION_STATE = Object.freeze({
  INITIAL: "INITIAL",
  CONNECTED: "CONNECTED",
  DISCONNECTED_FOREVER: "DISCONNECTED_FOREVER",
});

/** The transitions a subscriber is told about (the page shows them). */
export const RUN_TRANSITION = Object.freeze({
  RERUN_SENT: "rerunSent",
  RUN_STARTED: "runStarted",
  RUN_FINISHED: "runFinished",
  RUNTIME_ERROR: "runtimeError",
  CRASHED: "crashed",
  RESET: "reset",
  CONNECTION: "connection",
});

/**
 * @typedef {object} RunStateSnapshot
 * @property {string} scriptState SCRIPT_STATE: stApp's data-test-script-state.
 * @property {string} connection CONNECTION_STATE: stApp's data-test-connection-state.
 * @property {boolean} pendingRerun A rerun the page sent has not started yet.
 * @property {boolean} rerunRequested The page asked for a run of the whole app that has not started (everything dims).
 * @property {boolean} runOpen The worker has a run open (runStarted arrived, its runFinished not yet): events interrupt it.
 * @property {string|null} lastStatus RUN_STATUS of the last finished run (null: none since the reset).
 * @property {number} sentSeq The sequence number of the last rerun sent.
 * @property {number} startedSeq The highest sequence number a run has started with.
 */

/** @typedef {(state: RunStateSnapshot, transition: string) => void} RunStateListener */

export function createRunState() {
  /** @type {RunStateSnapshot} */
  const state = {
    scriptState: SCRIPT_STATE.INITIAL,
    connection: CONNECTION_STATE.INITIAL,
    pendingRerun: false,
    rerunRequested: false,
    runOpen: false,
    lastStatus: null,
    sentSeq: 0,
    startedSeq: 0,
  };
  /** @type {Set<RunStateListener>} */
  const listeners = new Set();

  function notify(transition) {
    const snapshot = { ...state };
    for (const listener of [...listeners]) listener(snapshot, transition);
  }

  return {
    get scriptState() {
      return state.scriptState;
    },
    get connection() {
      return state.connection;
    },
    get connected() {
      return state.connection === CONNECTION_STATE.CONNECTED;
    },
    get running() {
      return state.scriptState === SCRIPT_STATE.RUNNING;
    },
    get pendingRerun() {
      return state.pendingRerun;
    },
    get rerunRequested() {
      return state.rerunRequested;
    },
    get runOpen() {
      return state.runOpen;
    },
    get lastStatus() {
      return state.lastStatus;
    },
    /** The sequence number the next rerun message carries. */
    get nextSeq() {
      return state.sentSeq + 1;
    },
    /** @returns {RunStateSnapshot} */
    snapshot() {
      return { ...state };
    },

    /**
     * Calls `listener(state, transition)` after each transition the page shows
     * (not after stopSent and the worker-side ones). Returns the unsubscribe.
     * @param {RunStateListener} listener
     */
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    // ---- page -> worker ----------------------------------------------------
    /** The page sent rerun `seq` (a fragment's run when not `wholeApp`): running, at once. */
    rerunSent(seq, { wholeApp = true } = {}) {
      state.sentSeq = seq;
      state.pendingRerun = true;
      state.rerunRequested = wholeApp;
      state.scriptState = SCRIPT_STATE.RUNNING;
      notify(RUN_TRANSITION.RERUN_SENT);
    },

    /** The page sent a stop: it drops the reruns still waiting in the worker. */
    stopSent() {
      state.startedSeq = state.sentSeq;
      state.pendingRerun = false;
    },

    // ---- worker -> page, as the page shows them -----------------------------
    /** A run started (runStarted.seq: the highest rerun it serves; none: every rerun sent). */
    runStarted(seq = null) {
      state.startedSeq = typeof seq === "number" ? Math.max(state.startedSeq, seq) : state.sentSeq;
      state.pendingRerun = state.sentSeq > state.startedSeq;
      state.rerunRequested = false;
      state.scriptState = SCRIPT_STATE.RUNNING;
      notify(RUN_TRANSITION.RUN_STARTED);
    },

    /** A run ended with `status` (RUN_STATUS): still running while a rerun follows. */
    runFinished(status) {
      state.lastStatus = status;
      if (status === RUN_STATUS.RERUN || state.pendingRerun) state.scriptState = SCRIPT_STATE.RUNNING;
      else if (status === RUN_STATUS.COMPILE_ERROR) state.scriptState = SCRIPT_STATE.COMPILATION_ERROR;
      else state.scriptState = SCRIPT_STATE.NOT_RUNNING;
      notify(RUN_TRANSITION.RUN_FINISHED);
    },

    /** The worker reported an error outside a run's own output: a running run is over. */
    runtimeError() {
      state.pendingRerun = false;
      state.rerunRequested = false;
      if (state.scriptState === SCRIPT_STATE.RUNNING) state.scriptState = SCRIPT_STATE.NOT_RUNNING;
      notify(RUN_TRANSITION.RUNTIME_ERROR);
    },

    /** The worker failed while the app was up: nothing runs any more. */
    crashed() {
      state.pendingRerun = false;
      state.rerunRequested = false;
      state.runOpen = false;
      state.scriptState = SCRIPT_STATE.NOT_RUNNING;
      notify(RUN_TRANSITION.CRASHED);
    },

    /** A fresh session is starting (a new worker): back to initial (the connection is the controller's). */
    reset() {
      state.pendingRerun = false;
      state.rerunRequested = false;
      state.runOpen = false;
      state.lastStatus = null;
      state.sentSeq = 0;
      state.startedSeq = 0;
      state.scriptState = SCRIPT_STATE.INITIAL;
      notify(RUN_TRANSITION.RESET);
    },

    /** @param {string} connection CONNECTION_STATE */
    setConnection(connection) {
      state.connection = connection;
      notify(RUN_TRANSITION.CONNECTION);
    },

    // ---- worker -> page, as the controller receives them -----------------------
    // (before the view shows them: a run's end may wait for lazy renderers)
    /** runStarted arrived: events sent now interrupt the run. */
    workerRunStarted() {
      state.runOpen = true;
    },
    /** runFinished arrived. */
    workerRunFinished() {
      state.runOpen = false;
    },
    /** The worker was terminated: no run is open. */
    workerGone() {
      state.runOpen = false;
    },
  };
}

/** @typedef {ReturnType<typeof createRunState>} RunState */

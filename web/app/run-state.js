// The run state of one app on the page: the one object that answers "is a run
// open?", "was a rerun sent?" and "what does stApp's data-test-script-state say?".
// The controller (web/boot/controller.js) creates it and hands it to the view
// (web/app/index.js) with the other hooks:
//   - the controller records what the worker reports, as the messages arrive:
//     workerRunStarted / workerRunFinished / workerGone (`open`: a run is going in
//     the worker, so a page event must interrupt it);
//   - the view records what the page shows, in message order once the DOM is
//     ready for it: rerunSent / runShown / runFinishedShown / runAbandoned / reset
//     (`scriptState`, `pendingRerun`, `wholeAppRerun`).
import { RUN_STATUS, SCRIPT_STATE } from "../../protocol/messages.js";

export class RunState {
  constructor() {
    /** A run is going in the worker: its runStarted arrived, its runFinished not yet. */
    this.open = false;
    this.reset();
  }

  // ---- the worker (controller) -------------------------------------------

  workerRunStarted() {
    this.open = true;
  }

  workerRunFinished() {
    this.open = false;
  }

  /** The worker stopped or crashed: no runFinished will come. */
  workerGone() {
    this.open = false;
  }

  // ---- the page (view) ----------------------------------------------------

  /** A fresh session is starting: nothing ran yet. */
  reset() {
    /** What stApp's data-test-script-state says (one of SCRIPT_STATE). @type {string} */
    this.scriptState = SCRIPT_STATE.INITIAL;
    /** The page sent a rerun that no runStarted has answered yet. */
    this.pendingRerun = false;
    /** That rerun is of the whole app (not a fragment): everything shows as stale. */
    this.wholeAppRerun = false;
  }

  /** The page sent a rerun (of the whole app, or of one fragment). */
  rerunSent(wholeApp) {
    this.pendingRerun = true;
    this.wholeAppRerun = wholeApp;
    this.scriptState = SCRIPT_STATE.RUNNING;
  }

  /** The page shows a run starting. */
  runShown() {
    this.pendingRerun = false;
    this.wholeAppRerun = false;
    this.scriptState = SCRIPT_STATE.RUNNING;
  }

  /**
   * The script state to show once the DOM shows the finished run: still running
   * when it was cut short for a rerun or the page has sent one since.
   * @param {string} status runFinished's status (RUN_STATUS)
   */
  stateAfterRun(status) {
    if (status === RUN_STATUS.RERUN || this.pendingRerun) return SCRIPT_STATE.RUNNING;
    return status === RUN_STATUS.COMPILE_ERROR ? SCRIPT_STATE.COMPILATION_ERROR : SCRIPT_STATE.NOT_RUNNING;
  }

  /** No run will finish for what the page waits for (a runtime error, a crash). */
  runAbandoned() {
    this.pendingRerun = false;
    this.wholeAppRerun = false;
    if (this.scriptState === SCRIPT_STATE.RUNNING) this.scriptState = SCRIPT_STATE.NOT_RUNNING;
  }

  /** How stale nodes show: "all" (a rerun of the app was sent: everything dims, as in
   *  Streamlit), "flags" (a run is going: nodes it has not re-put are stale), "none". */
  get showStale() {
    if (this.scriptState !== SCRIPT_STATE.RUNNING) return "none";
    return this.wholeAppRerun ? "all" : "flags";
  }
}

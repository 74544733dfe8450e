// web/app/run-state.js: the one record of an app's run state on the page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { RUN_STATUS, SCRIPT_STATE } from "../../protocol/messages.js";
import { CONNECTION_STATE, createRunState, RUN_TRANSITION } from "../../web/app/run-state.js";

/** A run state with a log of what its subscriber saw. */
function watched() {
  const runState = createRunState();
  const seen = [];
  runState.subscribe((state, transition) => seen.push([transition, state.scriptState]));
  return { runState, seen };
}

/** Sends a rerun as the view does: the seq it carries, then the transition. */
function sendRerun(runState, options) {
  const seq = runState.nextSeq;
  runState.rerunSent(seq, options);
  return seq;
}

test("a new run state is initial and not connected", () => {
  const runState = createRunState();
  assert.equal(runState.scriptState, SCRIPT_STATE.INITIAL);
  assert.equal(runState.connection, CONNECTION_STATE.INITIAL);
  assert.equal(runState.connected, false);
  assert.equal(runState.runOpen, false);
  assert.equal(runState.pendingRerun, false);
  assert.equal(runState.nextSeq, 1);
});

test("a rerun sent is running at once; its run's end is notRunning", () => {
  const { runState, seen } = watched();
  const seq = sendRerun(runState);
  assert.equal(runState.scriptState, SCRIPT_STATE.RUNNING);
  assert.equal(runState.rerunRequested, true);
  assert.equal(runState.pendingRerun, true);
  runState.runStarted(seq);
  assert.equal(runState.pendingRerun, false);
  assert.equal(runState.rerunRequested, false);
  runState.runFinished(RUN_STATUS.COMPLETE);
  assert.equal(runState.scriptState, SCRIPT_STATE.NOT_RUNNING);
  assert.equal(runState.lastStatus, RUN_STATUS.COMPLETE);
  assert.deepEqual(seen, [
    [RUN_TRANSITION.RERUN_SENT, "running"],
    [RUN_TRANSITION.RUN_STARTED, "running"],
    [RUN_TRANSITION.RUN_FINISHED, "notRunning"],
  ]);
});

test("a fragment's rerun does not dim the whole app", () => {
  const runState = createRunState();
  sendRerun(runState, { wholeApp: false });
  assert.equal(runState.rerunRequested, false);
  assert.equal(runState.scriptState, SCRIPT_STATE.RUNNING);
});

test("a rerun sent while a run goes keeps the page running until a run serves it", () => {
  const runState = createRunState();
  const first = sendRerun(runState);
  runState.runStarted(first);
  const second = sendRerun(runState);
  assert.equal(second, first + 1);
  assert.equal(runState.pendingRerun, true);
  // The first run ends (cut short, or complete before the second started): still running.
  runState.runFinished(RUN_STATUS.COMPLETE);
  assert.equal(runState.scriptState, SCRIPT_STATE.RUNNING);
  runState.runStarted(second);
  assert.equal(runState.pendingRerun, false);
  runState.runFinished(RUN_STATUS.COMPLETE);
  assert.equal(runState.scriptState, SCRIPT_STATE.NOT_RUNNING);
});

test("quick reruns merged in the worker: the run with the highest seq serves them all", () => {
  const runState = createRunState();
  sendRerun(runState);
  sendRerun(runState);
  const last = sendRerun(runState);
  runState.runStarted(last);
  assert.equal(runState.pendingRerun, false);
  // An older seq reported late does not bring a served rerun back.
  runState.runStarted(1);
  assert.equal(runState.pendingRerun, false);
  runState.runFinished(RUN_STATUS.COMPLETE);
  assert.equal(runState.scriptState, SCRIPT_STATE.NOT_RUNNING);
});

test("a run started without a seq serves every rerun sent", () => {
  const runState = createRunState();
  sendRerun(runState);
  sendRerun(runState);
  runState.runStarted();
  assert.equal(runState.pendingRerun, false);
});

test("a run that ends for a rerun stays running", () => {
  const runState = createRunState();
  runState.runStarted(0);
  runState.runFinished(RUN_STATUS.RERUN);
  assert.equal(runState.scriptState, SCRIPT_STATE.RUNNING);
});

test("a stop drops the reruns still waiting: the stopped run's end is notRunning", () => {
  const { runState, seen } = watched();
  const first = sendRerun(runState);
  runState.runStarted(first);
  sendRerun(runState);
  runState.stopSent();
  assert.equal(runState.pendingRerun, false);
  assert.equal(seen.length, 3, "a stop changes nothing shown until the run ends");
  runState.runFinished(RUN_STATUS.STOPPED);
  assert.equal(runState.scriptState, SCRIPT_STATE.NOT_RUNNING);
  assert.equal(runState.lastStatus, RUN_STATUS.STOPPED);
});

test("a run that ends in an error is notRunning; one that does not compile is compilationError", () => {
  const runState = createRunState();
  runState.runStarted(0);
  runState.runFinished(RUN_STATUS.ERROR);
  assert.equal(runState.scriptState, SCRIPT_STATE.NOT_RUNNING);
  runState.runStarted(0);
  runState.runFinished(RUN_STATUS.COMPILE_ERROR);
  assert.equal(runState.scriptState, SCRIPT_STATE.COMPILATION_ERROR);
  // A rerun waiting wins over the compile error: the page is still running.
  sendRerun(runState);
  runState.runFinished(RUN_STATUS.COMPILE_ERROR);
  assert.equal(runState.scriptState, SCRIPT_STATE.RUNNING);
});

test("a runtime error ends a run the page shows as running, and nothing else", () => {
  const runState = createRunState();
  sendRerun(runState);
  runState.runtimeError();
  assert.equal(runState.scriptState, SCRIPT_STATE.NOT_RUNNING);
  assert.equal(runState.pendingRerun, false);
  assert.equal(runState.rerunRequested, false);
  const idle = createRunState();
  idle.runtimeError();
  assert.equal(idle.scriptState, SCRIPT_STATE.INITIAL);
});

test("the worker's open run: events interrupt it until its runFinished arrives", () => {
  const runState = createRunState();
  runState.workerRunStarted();
  assert.equal(runState.runOpen, true);
  runState.workerRunFinished();
  assert.equal(runState.runOpen, false);
  runState.workerRunStarted();
  runState.workerGone();
  assert.equal(runState.runOpen, false);
});

test("a crash ends everything: notRunning, no run open, no rerun waiting", () => {
  const { runState, seen } = watched();
  runState.setConnection(CONNECTION_STATE.CONNECTED);
  sendRerun(runState);
  runState.workerRunStarted();
  runState.crashed();
  assert.equal(runState.scriptState, SCRIPT_STATE.NOT_RUNNING);
  assert.equal(runState.runOpen, false);
  assert.equal(runState.pendingRerun, false);
  assert.deepEqual(seen.at(-1), [RUN_TRANSITION.CRASHED, "notRunning"]);
});

test("a restart resets the run state to initial; the sequence starts again", () => {
  const runState = createRunState();
  runState.setConnection(CONNECTION_STATE.CONNECTED);
  const seq = sendRerun(runState);
  runState.runStarted(seq);
  runState.workerRunStarted();
  sendRerun(runState);
  runState.reset();
  assert.equal(runState.scriptState, SCRIPT_STATE.INITIAL);
  assert.equal(runState.runOpen, false);
  assert.equal(runState.pendingRerun, false);
  assert.equal(runState.lastStatus, null);
  assert.equal(runState.nextSeq, 1);
  // The connection is the controller's: it says INITIAL when the new worker starts.
  assert.equal(runState.connection, CONNECTION_STATE.CONNECTED);
  runState.setConnection(CONNECTION_STATE.INITIAL);
  assert.equal(runState.connected, false);
  // The first run of the new session (seq 0) ends notRunning.
  runState.runStarted(0);
  runState.runFinished(RUN_STATUS.COMPLETE);
  assert.equal(runState.scriptState, SCRIPT_STATE.NOT_RUNNING);
});

test("subscribers see each shown transition with the state after it, and can unsubscribe", () => {
  const runState = createRunState();
  const seen = [];
  const unsubscribe = runState.subscribe((state, transition) => seen.push([transition, state.connection]));
  runState.setConnection(CONNECTION_STATE.CONNECTED);
  runState.workerRunStarted(); // the controller's own: nobody is told
  unsubscribe();
  runState.setConnection(CONNECTION_STATE.DISCONNECTED_FOREVER);
  assert.deepEqual(seen, [[RUN_TRANSITION.CONNECTION, "CONNECTED"]]);
});

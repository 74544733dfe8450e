// web/app/run-state.js: the page's one run state.
import assert from "node:assert/strict";
import { test } from "node:test";
import { RunState } from "../../web/app/run-state.js";

test("a rerun, its run, and its end", () => {
  const run = new RunState();
  assert.equal(run.scriptState, "initial");
  run.rerunSent(true);
  assert.equal(run.scriptState, "running");
  assert.equal(run.showStale, "all");
  run.workerRunStarted();
  assert.equal(run.open, true);
  run.runShown();
  assert.equal(run.showStale, "flags");
  run.workerRunFinished();
  assert.equal(run.open, false);
  assert.equal(run.stateAfterRun("complete"), "notRunning");
  assert.equal(run.stateAfterRun("compileError"), "compilationError");
  assert.equal(run.stateAfterRun("rerun"), "running");
});

test("a rerun sent during a run keeps the page running after that run ends", () => {
  const run = new RunState();
  run.runShown();
  run.rerunSent(false);
  assert.equal(run.showStale, "flags");
  assert.equal(run.stateAfterRun("complete"), "running");
});

test("a crash or a runtime error ends the wait; a reset starts over", () => {
  const run = new RunState();
  run.workerRunStarted();
  run.rerunSent(true);
  run.workerGone();
  run.runAbandoned();
  assert.deepEqual([run.open, run.pendingRerun, run.scriptState, run.showStale], [false, false, "notRunning", "none"]);
  run.reset();
  assert.equal(run.scriptState, "initial");
});

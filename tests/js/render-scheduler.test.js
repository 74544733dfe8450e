// web/app/render-scheduler.js: renders now, or coalesced to one frame; never nested.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createRenderScheduler } from "../../web/app/render-scheduler.js";

/** Animation frames the test runs by hand. */
function fakeFrames() {
  const frames = new Map();
  let next = 1;
  globalThis.requestAnimationFrame = (fn) => {
    frames.set(next, fn);
    return next++;
  };
  globalThis.cancelAnimationFrame = (id) => frames.delete(id);
  return {
    run() {
      const due = [...frames.values()];
      frames.clear();
      for (const fn of due) fn(0);
    },
    get count() {
      return frames.size;
    },
  };
}

test("scheduled renders coalesce into one; a render now cancels the scheduled one", () => {
  const frames = fakeFrames();
  let draws = 0;
  const renders = createRenderScheduler(() => draws++);
  renders.schedule();
  renders.schedule();
  assert.equal(frames.count, 1);
  frames.run();
  assert.equal(draws, 1);
  renders.schedule();
  renders.now();
  assert.equal(draws, 2);
  frames.run();
  assert.equal(draws, 2);
  renders.stop();
});

test("a render asked for during a render runs right after it, not inside it", () => {
  fakeFrames();
  const order = [];
  let depth = 0;
  let again = true;
  const renders = createRenderScheduler(() => {
    depth++;
    order.push(depth);
    if (again) {
      again = false;
      renders.now();
    }
    depth--;
  });
  renders.now();
  assert.deepEqual(order, [1, 1]);
  renders.stop();
});

test("a stopped scheduler renders nothing", () => {
  const frames = fakeFrames();
  let draws = 0;
  const renders = createRenderScheduler(() => draws++);
  renders.stop();
  renders.schedule();
  renders.now();
  assert.equal(frames.count, 0);
  assert.equal(draws, 0);
});

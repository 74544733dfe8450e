// web/app/message-delivery.js: the worker's messages reach their handlers in order,
// a run's end waiting for the lazy renderers it needs.
import assert from "node:assert/strict";
import { test } from "node:test";
import { FROM_WORKER } from "../../protocol/messages.js";
import { createMessageDelivery } from "../../web/app/message-delivery.js";

function setup({ loads = () => null } = {}) {
  const handled = [];
  const failures = [];
  const handlers = {};
  for (const type of Object.values(FROM_WORKER)) handlers[type] = (msg) => handled.push(msg.type);
  handlers[FROM_WORKER.REPLY] = null;
  const deliver = createMessageDelivery({
    handlers,
    pendingLoads: loads,
    stopped: () => false,
    failed: (msg, error) => failures.push([msg.type, error.message]),
  });
  return { deliver, handled, failures, handlers };
}

test("messages reach their handlers at once when nothing loads", () => {
  const { deliver, handled } = setup();
  deliver({ type: FROM_WORKER.RUN_STARTED });
  deliver({ type: FROM_WORKER.DELTA });
  deliver({ type: FROM_WORKER.RUN_FINISHED });
  deliver({ type: FROM_WORKER.REPLY }); // the controller's: no handler here
  deliver(null);
  assert.deepEqual(handled, ["runStarted", "delta", "runFinished"]);
});

test("a run's end and what follows it wait for the lazy loads, in order", async () => {
  let finish;
  const loading = new Promise((resolve) => {
    finish = resolve;
  });
  let pending = loading;
  const { deliver, handled } = setup({ loads: () => pending });
  deliver({ type: FROM_WORKER.DELTA });
  deliver({ type: FROM_WORKER.RUN_FINISHED });
  deliver({ type: FROM_WORKER.RUN_STARTED });
  assert.deepEqual(handled, ["delta"]);
  pending = null;
  finish();
  await loading;
  await Promise.resolve();
  assert.deepEqual(handled, ["delta", "runFinished", "runStarted"]);
});

test("a handler that throws is reported and the next messages still arrive", () => {
  const { deliver, handled, failures, handlers } = setup();
  handlers[FROM_WORKER.DELTA] = () => {
    throw new Error("bad node");
  };
  const warn = console.error;
  console.error = () => {};
  try {
    deliver({ type: FROM_WORKER.DELTA });
  } finally {
    console.error = warn;
  }
  deliver({ type: FROM_WORKER.RUN_FINISHED });
  assert.deepEqual(failures, [["delta", "bad node"]]);
  assert.deepEqual(handled, ["runFinished"]);
});

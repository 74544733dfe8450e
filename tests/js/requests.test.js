// worker/requests.js: how quick page events are merged while the script runs.
import assert from "node:assert/strict";
import { test } from "node:test";
import { PendingRequests, REQUEST_SLOT } from "../../worker/requests.js";
import { INTERRUPT } from "../../protocol/messages.js";

test("a newer rerun's widget values win, an older button trigger is kept", () => {
  const requests = new PendingRequests(null);
  requests.addRerun({ type: "rerun", widgets: { button: true, text: "a" } });
  requests.addRerun({ type: "rerun", widgets: { text: "ab", slider: 3 } });
  const merged = requests.take();
  assert.equal(merged.type, "rerun");
  assert.deepEqual(merged.widgets, { button: true, text: "ab", slider: 3 });
  assert.equal(merged.fragmentId, null);
  assert.equal(requests.take(), null);
});

test("the newer page and query string win; undefined fields do not erase older ones", () => {
  const requests = new PendingRequests(null);
  requests.addRerun({ type: "rerun", widgets: {}, pageName: "one", queryString: "a=1" });
  requests.addRerun({ type: "rerun", widgets: {}, pageName: "two", queryString: undefined });
  const merged = requests.take();
  assert.equal(merged.pageName, "two");
  assert.equal(merged.queryString, "a=1");
});

test("two reruns of different scopes merge into a run of the whole app", () => {
  const requests = new PendingRequests(null);
  requests.addRerun({ type: "rerun", widgets: {}, fragmentId: "f1" });
  requests.addRerun({ type: "rerun", widgets: {}, fragmentId: "f2" });
  assert.equal(requests.take().fragmentId, null);

  requests.addRerun({ type: "rerun", widgets: {}, fragmentId: "f1" });
  requests.addRerun({ type: "rerun", widgets: {}, fragmentId: "f1" });
  assert.equal(requests.take().fragmentId, "f1");
});

test("a stop replaces whatever waits; a rerun after it starts afresh", () => {
  const requests = new PendingRequests(null);
  requests.addRerun({ type: "rerun", widgets: { a: 1 } });
  requests.addStop();
  assert.equal(requests.poll(), "stop");
  requests.addRerun({ type: "rerun", widgets: { b: 2 } });
  assert.deepEqual(requests.take().widgets, { b: 2 });
});

test("a fragment's rerun waits for a running run of the whole app", () => {
  const requests = new PendingRequests(null);
  requests.running = { type: "rerun", widgets: {}, fragmentId: null };
  requests.addRerun({ type: "rerun", widgets: {}, fragmentId: "f" });
  assert.equal(requests.poll(), null);
  requests.running = { type: "rerun", widgets: {}, fragmentId: "g" };
  assert.equal(requests.poll(), "rerun");
});

test("the page's request in the shared buffer is read, and cleared on take", () => {
  const shared = new Int32Array(2);
  const requests = new PendingRequests(shared);
  assert.equal(requests.poll(), null);
  Atomics.store(shared, REQUEST_SLOT, INTERRUPT.REQUEST_STOP);
  assert.equal(requests.poll(), "stop");
  Atomics.store(shared, REQUEST_SLOT, INTERRUPT.REQUEST_RERUN);
  assert.equal(requests.poll(), "rerun");
  requests.take();
  assert.equal(Atomics.load(shared, REQUEST_SLOT), 0);
});

test("a sleep slice ends at once when a request arrives", async () => {
  const requests = new PendingRequests(null);
  const started = Date.now();
  const slept = requests.sleep(10_000);
  requests.addStop();
  await slept;
  assert.ok(Date.now() - started < 5_000);
  assert.equal(requests.wake, null);
});

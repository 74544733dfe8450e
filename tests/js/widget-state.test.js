// web/app/widget-state.js: the page's widget values (committed and pending edits).
import assert from "node:assert/strict";
import { test } from "node:test";
import { WidgetState } from "../../web/app/widget-state.js";

test("the page adopts Python's value only when it has none or Python sets it", () => {
  const state = new WidgetState();
  state.adopt({ id: "w", value: 1 });
  state.set("w", 2);
  state.adopt({ id: "w", value: 1 });
  assert.equal(state.value("w"), 2);
  state.adopt({ id: "w", value: 5, setValue: true });
  assert.equal(state.value("w"), 5);
  state.adopt({ id: null, value: 9 });
  assert.equal(state.committed.size, 1);
});

test("a pending edit shows, is dirty until committed, and commit says whether it changed", () => {
  const state = new WidgetState();
  state.set("w", [1, 2]);
  state.setPending("w", [1, 2]);
  assert.equal(state.isDirty("w"), false);
  state.setPending("w", [1, 3]);
  assert.equal(state.isDirty("w"), true);
  assert.deepEqual(state.value("w"), [1, 3]);
  assert.deepEqual(state.committedValue("w"), [1, 2]);
  assert.equal(state.commit("w"), true);
  assert.equal(state.commit("w"), false);
  state.setPending("w", [0]);
  state.discardPending("w");
  assert.deepEqual(state.value("w"), [1, 3]);
});

test("values are copied, so a caller's array cannot change the state", () => {
  const state = new WidgetState();
  const value = ["a"];
  state.set("w", value);
  value.push("b");
  assert.deepEqual(state.value("w"), ["a"]);
});

test("the rerun snapshot holds every widget's committed value, never a trigger", () => {
  const state = new WidgetState();
  state.set("box", true);
  state.set("button", true);
  state.setPending("text", "typing");
  const entries = [
    { type: "checkbox", props: { id: "box" } },
    { type: "button", props: { id: "button" } },
    { type: "textInput", props: { id: "text" } },
  ];
  assert.deepEqual(state.snapshot(entries), { box: true });
});

test("prune forgets widgets that left the page", () => {
  const state = new WidgetState();
  state.set("a", 1);
  state.set("b", 2);
  state.setPending("b", 3);
  state.prune(new Set(["a"]));
  assert.equal(state.has("b"), false);
  assert.equal(state.value("b"), undefined);
  assert.equal(state.value("a"), 1);
});

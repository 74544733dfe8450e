// node --test tests/js/: the element tree's record of which fragment holds
// each widget (web/app/tree.js) forgets widgets that are gone, so a widget
// whose key changes every run does not leave one entry per run behind.
import assert from "node:assert/strict";
import test from "node:test";
import { NodeTree } from "../../web/app/tree.js";

const FRAGMENT = { kind: "block", type: "vertical", props: { fragmentId: "f1" } };
const checkbox = (id) => ({ kind: "element", type: "checkbox", props: { id, label: id } });

/** One full run: a fragment holding one checkbox with this run's id. */
function run(tree, id) {
  tree.markStale();
  tree.put([0, 0], FRAGMENT);
  tree.put([0, 0, 0], checkbox(id));
  tree.removeStale();
}

test("a widget in a fragment is recorded under it", () => {
  const tree = new NodeTree();
  run(tree, "w1");
  assert.equal(tree.fragmentOf("w1"), "f1");
});

test("widgets that left the tree leave no fragment record behind", () => {
  const tree = new NodeTree();
  for (let n = 1; n <= 50; n++) run(tree, `w${n}`);
  assert.equal(tree.fragmentOf("w50"), "f1");
  assert.equal(tree.fragmentOf("w49"), null);
  assert.deepEqual([...tree.widgetFragments.keys()], ["w50"]);
});

// web/app/tree.js: the element tree the page keeps from the worker's deltas.
import assert from "node:assert/strict";
import { test } from "node:test";
import { NodeTree, ROOT_EVENT, ROOT_MAIN, ROOT_SIDEBAR, isTriggerType, isWidgetType } from "../../web/app/tree.js";
import { ELEMENT_TYPES, ROOT } from "../../protocol/messages.js";

const text = (body) => ({ kind: "element", type: "text", props: { body, help: null } });
const block = (type, props = {}) => ({ kind: "block", type, props });
const bodies = (tree, root = ROOT_MAIN) => tree.root(root).children.map((entry) => entry?.props.body ?? entry?.type);

test("the roots are the protocol's", () => {
  assert.deepEqual([ROOT_MAIN, ROOT_SIDEBAR, ROOT_EVENT], [ROOT.MAIN, ROOT.SIDEBAR, ROOT.EVENT]);
});

test("a delta puts a node at its path; missing parents become vertical blocks", () => {
  const tree = new NodeTree();
  tree.put([0, 0], text("a"));
  tree.put([0, 2, 1], text("deep"));
  const parent = tree.root(0).children[2];
  assert.equal(parent.kind, "block");
  assert.equal(parent.type, "vertical");
  assert.equal(parent.children[1].props.body, "deep");
  assert.throws(() => tree.put([0], text("x")), /at least 2 parts/);
  assert.throws(() => tree.put([ROOT_EVENT, 0], text("toast")), /ToastStore/);
});

test("an unchanged node keeps its props' identity; a block keeps its children", () => {
  const tree = new NodeTree();
  const first = tree.put([0, 0], text("same"));
  const second = tree.put([0, 0], text("same"));
  assert.equal(second.props, first.props);
  tree.put([0, 1], block("vertical", { border: false }));
  tree.put([0, 1, 0], text("child"));
  tree.put([0, 1], block("vertical", { border: true }));
  assert.equal(tree.root(0).children[1].children[0].props.body, "child");
});

test("a full run removes what it did not put again", () => {
  const tree = new NodeTree();
  tree.put([0, 0], text("a"));
  tree.put([0, 1], text("b"));
  tree.put([1, 0], text("side"));
  tree.markStale();
  tree.put([0, 0], text("a"));
  tree.removeStale();
  assert.deepEqual(bodies(tree), ["a"]);
  assert.ok(tree.isEmpty(ROOT_SIDEBAR));
});

test("a fragment run marks only what is inside its container stale", () => {
  const tree = new NodeTree();
  tree.put([0, 0], text("outside"));
  tree.put([0, 1], block("vertical", { fragmentId: "f" }));
  tree.put([0, 1, 0], text("inside"));
  tree.put([0, 1, 1], text("gone"));
  tree.markStale(["f"]);
  tree.put([0, 1, 0], text("inside"));
  tree.removeStale();
  assert.deepEqual(bodies(tree), ["outside", "vertical"]);
  assert.deepEqual(tree.root(0).children[1].children.map((e) => e.props.body), ["inside"]);
});

test("widgets are found by type and id, and know their fragment", () => {
  const tree = new NodeTree();
  const widget = (id) => ({ kind: "element", type: "checkbox", props: { id, value: false } });
  tree.put([0, 0], widget("a"));
  tree.put([0, 1], block("vertical", { fragmentId: "f" }));
  tree.put([0, 1, 0], widget("b"));
  tree.put([0, 2], block("form", { formId: "form1" }));
  assert.deepEqual(tree.widgets().map((entry) => entry.props.id), ["a", "b"]);
  assert.equal(tree.fragmentOf("b"), "f");
  assert.equal(tree.fragmentOf("a"), null);
  assert.equal(tree.findForm("form1").type, "form");
  assert.equal(tree.findForm("nope"), null);
});

test("every widget and trigger type is an element type of the schema", () => {
  assert.ok(isWidgetType("checkbox") && isTriggerType("button") && !isWidgetType("text"));
  for (const type of ["button", "checkbox", "slider", "chatInput", "menuButton"]) {
    assert.ok(ELEMENT_TYPES.includes(type), type);
  }
});

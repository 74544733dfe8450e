// web/app/shortcuts.js: "r" reruns, "c" asks to clear the caches; never while typing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { isEditable, listenForShortcuts } from "../../web/app/shortcuts.js";

function element(tagName, { contentEditable = false, role = null } = {}) {
  return { nodeType: 1, tagName, isContentEditable: contentEditable, getAttribute: (name) => (name === "role" ? role : null) };
}

function key(target, name, fields = {}) {
  const event = new Event("keydown");
  Object.assign(event, { key: name, ...fields });
  Object.defineProperty(event, "composedPath", { value: () => [fields.origin ?? element("DIV")] });
  target.dispatchEvent(event);
}

test("fields the user types in are editable; other elements and text nodes are not", () => {
  assert.equal(isEditable(element("INPUT")), true);
  assert.equal(isEditable(element("TEXTAREA")), true);
  assert.equal(isEditable(element("DIV", { contentEditable: true })), true);
  assert.equal(isEditable(element("DIV", { role: "combobox" })), true);
  assert.equal(isEditable(element("BUTTON")), false);
  assert.equal(isEditable({ nodeType: 3 }), false);
  assert.equal(isEditable(null), false);
});

test("r and c act only when enabled, without modifiers, outside fields", () => {
  const target = new EventTarget();
  const seen = [];
  let enabled = true;
  const stop = listenForShortcuts(target, {
    enabled: () => enabled,
    rerun: () => seen.push("rerun"),
    clearCache: () => seen.push("clearCache"),
  });
  key(target, "r");
  key(target, "C");
  key(target, "r", { ctrlKey: true });
  key(target, "r", { origin: element("INPUT") });
  key(target, "x");
  enabled = false;
  key(target, "r");
  enabled = true;
  stop();
  key(target, "r");
  assert.deepEqual(seen, ["rerun", "clearCache"]);
});

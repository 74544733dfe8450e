// web/app/elements/registry.js: one entry per element type, and what lazy.js
// and the element container derive from it.
import assert from "node:assert/strict";
import { register } from "node:module";
import { test } from "node:test";
import { ELEMENT_TYPES } from "../../protocol/messages.js";

// Vite resolves asset imports (the icon font's `?url`, `?inline` CSS); in Node
// they become empty modules so the renderer modules can be imported.
register(
  `data:text/javascript,${encodeURIComponent(`export async function load(url, context, next) {
  if (/\\.(woff2?|css|svg|png|ttf)(\\?.*)?$/.test(url)) return { format: "module", source: "export default ''", shortCircuit: true };
  return next(url, context);
}`)}`,
);
const { ELEMENT_REGISTRY, containerHeight, containerWidth } = await import("../../web/app/elements/registry.js");
const { STYLESHEETS } = await import("../../web/app/elements/stylesheets.js");
const { componentFor, isLazyType } = await import("../../web/app/elements/lazy.js");

test("every element type of the protocol has one entry (toasts are drawn by the toast store)", () => {
  assert.deepEqual(Object.keys(ELEMENT_REGISTRY).sort(), ELEMENT_TYPES.filter((type) => type !== "toast").sort());
});

test("an entry has a component or a loader, never both, and names known stylesheets", () => {
  for (const [type, entry] of Object.entries(ELEMENT_REGISTRY)) {
    assert.equal(typeof (entry.component ?? entry.load), "function", type);
    assert.ok(!(entry.component && entry.load), type);
    for (const name of entry.css ?? []) assert.ok(Object.hasOwn(STYLESHEETS, name), `${type}: ${name}`);
  }
});

test("lazy.js loads the types with a loader and has the others at once", () => {
  for (const [type, entry] of Object.entries(ELEMENT_REGISTRY)) {
    assert.equal(isLazyType(type), Boolean(entry.load), type);
    if (entry.component) assert.equal(componentFor(type), entry.component, type);
  }
  for (const key of ["block:tabs", "block:expander", "ui:navigation", "ui:toasts", "code:python"]) assert.ok(isLazyType(key), key);
  assert.equal(isLazyType("block:vertical"), false);
});

test("container widths are Streamlit 1.67's", () => {
  const cases = [
    ["markdown", {}, "100%"],
    ["text", {}, "fit-content"],
    ["checkbox", {}, "fit-content"],
    ["radio", {}, "fit-content"],
    ["spinner", {}, "fit-content"],
    ["colorPicker", {}, "fit-content"],
    ["buttonGroup", {}, "fit-content"],
    ["feedback", {}, "fit-content"],
    ["textInput", {}, "100%"],
    ["button", {}, "fit-content"],
    ["button", { useContainerWidth: true }, "100%"],
    ["downloadButton", { useContainerWidth: false }, "fit-content"],
    ["downloadButton", { useContainerWidth: true }, "100%"],
    ["linkButton", { useContainerWidth: true }, "100%"],
    ["pageLink", {}, "fit-content"],
    ["image", { width: "stretch" }, "100%"],
    ["image", { width: "content" }, "auto"],
    ["balloons", {}, "auto"],
    ["snow", {}, "auto"],
    ["iframe", { width: 300 }, "300px"],
    ["iframe", { width: "stretch" }, "100%"],
    ["menuButton", { width: "stretch" }, "100%"],
    ["menuButton", { width: 120 }, "120px"],
    ["menuButton", { width: "content" }, "fit-content"],
    ["skeleton", { width: 50 }, "50px"],
    ["skeleton", {}, "100%"],
    ["graphvizChart", { width: "content" }, "fit-content"],
    ["graphvizChart", { width: 200 }, "200px"],
    ["graphvizChart", { width: "stretch" }, "100%"],
    ["plotlyChart", { width: 400 }, "400px"],
    ["plotlyChart", { width: "content" }, "100%"],
    ["deckGlJsonChart", { width: 10 }, "10px"],
    ["deckGlJsonChart", {}, "100%"],
    // A width the script set wins over the element's own rule.
    ["button", { useContainerWidth: true, layout: { width: "content" } }, "fit-content"],
    ["text", { layout: { width: 200 } }, "200px"],
    ["checkbox", { layout: { width: "stretch" } }, "100%"],
  ];
  for (const [type, props, width] of cases) assert.equal(containerWidth(type, props), width, `${type} ${JSON.stringify(props)}`);
});

test("container heights: a skeleton's pixels, otherwise auto", () => {
  assert.equal(containerHeight("skeleton", { height: 80 }), "80px");
  assert.equal(containerHeight("skeleton", {}), "auto");
  assert.equal(containerHeight("iframe", { height: 80 }), "auto");
});

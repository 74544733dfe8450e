// Renderers kept out of the page's first download, loaded the first time a
// run needs them:
//   - element types with a `load` in registry.js (ELEMENT_REGISTRY) -> their component;
//   - "block:<type>" (LAZY_BLOCKS: tabs, popover, dialog, chat message, expander) -> their component;
//   - "ui:<name>" (the multipage menus, toasts) -> their module;
//   - "code:<language>" (st.code with a language) -> its highlighter (code-highlight.js).
// Each comes with the lazy stylesheets it names (stylesheets.js).
// A delta (or message) that needs one starts loading it at once (preload); it
// shows as an empty placeholder until it is there, and the renderer holds
// back the end of a run until every chunk it needs has arrived, so
// "notRunning" still means the DOM shows the whole run.
import { h } from "preact";
import { ELEMENT_REGISTRY } from "./registry.js";
import { STYLESHEETS } from "./stylesheets.js";

/**
 * A lazy key's loader and the stylesheets it needs (any: each key loads a module
 * of its own shape, read by the code that asked for that key).
 * @typedef {{ load: () => Promise<any>, css?: import("./stylesheets.js").StylesheetName[] }} LazyEntry
 */

/** @type {Record<string, LazyEntry>} */
const LAZY_BLOCKS = {
  "block:tabs": { load: () => import("../layout/tabs.js").then((m) => m.Tabs), css: ["tabs"] },
  "block:popover": { load: () => import("../layout/popover.js").then((m) => m.Popover), css: ["popover"] },
  "block:dialog": { load: () => import("../layout/dialog.js").then((m) => m.Dialog), css: ["dialog"] },
  "block:chatMessage": { load: () => import("../layout/chat-message.js").then((m) => m.ChatMessage), css: ["chatMessage"] },
  "block:expander": { load: () => import("../layout/expander.js").then((m) => m.Expander) },
};

/** @type {Record<string, LazyEntry>} */
const LAZY_UI = {
  "ui:navigation": { load: () => import("../layout/navigation.js"), css: ["navigation", "dialog"] },
  "ui:toasts": { load: () => import("./toast.js") },
  "ui:mainMenu": { load: () => import("../layout/main-menu.js"), css: ["mainMenu", "dialog"] },
  "ui:compileError": { load: () => import("../layout/compile-error.js"), css: ["dialog"] },
  "ui:logo": { load: () => import("../layout/logo.js"), css: ["logo"] },
};

// Built on first use: registry.js's elements import this module (code.js), so
// ELEMENT_REGISTRY may not be defined yet while this module is evaluated.
/** @type {Map<string, LazyEntry> | null} */
let entries = null;
function lazyEntries() {
  if (entries) return entries;
  entries = new Map();
  for (const [type, entry] of Object.entries(ELEMENT_REGISTRY)) {
    if (entry.load) entries.set(type, { load: entry.load, css: entry.css });
  }
  for (const [key, entry] of [...Object.entries(LAZY_BLOCKS), ...Object.entries(LAZY_UI)]) entries.set(key, entry);
  return entries;
}

const CODE_PREFIX = "code:";
/** @returns {LazyEntry | undefined} */
const entryFor = (key) =>
  key.startsWith(CODE_PREFIX)
    ? {
        load: () => import("./code-highlight.js").then((m) => m.highlighterFor(key.slice(CODE_PREFIX.length))),
        css: ["codeTheme"],
      }
    : lazyEntries().get(key);

/** Stylesheet name -> CSS text, for every stylesheet loaded so far. */
const loadedStyles = new Map();

function loadStyles(key) {
  const names = entryFor(key)?.css ?? [];
  return Promise.all(
    names.map((name) =>
      loadedStyles.has(name) ? null : STYLESHEETS[name]().then((module) => loadedStyles.set(name, module.default)),
    ),
  );
}

/** [name, cssText] of every lazy stylesheet loaded so far (to adopt into an app's root). */
export function lazyStyles() {
  return [...loadedStyles.entries()];
}

const loaded = new Map(); // key -> component or module
const loading = new Map(); // key -> promise
const listeners = new Set();

function failed(key, error) {
  const message = `The page could not load the code that shows "${key}": ${error?.message ?? error}`;
  const LoadFailed = () =>
    h("div", { class: "stAlert", "data-testid": "stAlert", role: "alert" }, h("div", { class: "st-alert st-alert-error" }, message));
  // A page without a highlighter still shows its code, unhighlighted.
  return key.startsWith("ui:") || key.startsWith(CODE_PREFIX) ? null : LoadFailed;
}

/** The component for an element type (null while a lazy one loads, or for an unknown type). */
export function componentFor(type) {
  return ELEMENT_REGISTRY[type]?.component ?? loaded.get(type) ?? null;
}

/** What a lazy key loaded (a block's component, a "ui:" module), or null. */
export function loadedValue(key) {
  return loaded.get(key) ?? null;
}

export function isLazyType(key) {
  return lazyEntries().has(key) || key.startsWith(CODE_PREFIX);
}

/** The lazy key an element's props need besides its type's (a code element's highlighter), or null. */
export function extraKeyFor(type, props) {
  return type === "code" && props?.language ? `${CODE_PREFIX}${String(props.language).toLowerCase()}` : null;
}

/** Starts loading a lazy key's code (no-op for others and for loaded ones); with an
 * element's props, also what those props need (extraKeyFor). */
export function preload(key, props) {
  const extra = props ? extraKeyFor(key, props) : null;
  if (extra) preload(extra);
  if (!isLazyType(key) || loaded.has(key) || loading.has(key)) return;
  const promise = Promise.all([entryFor(key).load(), loadStyles(key)])
    .then(([value]) => loaded.set(key, value))
    .catch((error) => {
      console.error(`wasmlit: could not load the "${key}" renderer`, error);
      loaded.set(key, failed(key, error));
    })
    .finally(() => {
      loading.delete(key);
      for (const listener of listeners) listener(key);
    });
  loading.set(key, promise);
}

/** A promise for the loads in progress, or null when none is. */
export function pendingLoads() {
  return loading.size === 0 ? null : Promise.all(loading.values());
}

/** fn(key) after each lazy load settles; returns an unsubscribe function. */
export function onLoaded(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

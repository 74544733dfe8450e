// The element tree store: nodes addressed by integer paths (protocol/messages.js).
//
// Each stored entry is { kind, type, props, children (blocks only), stale }.
// path[0] picks a root container (0 = main, 1 = sidebar); a block at path P
// holds its children at P.concat(i). Root 2 (events: toasts) is not stored
// here: index.js routes those deltas to the ToastStore (toasts.js), so toasts
// never render in the main/sidebar layout nor take part in stale marking. Children arrays may have holes (a slot
// that was never filled, or whose stale node was removed): renderers skip them.

import { ROOT, TRIGGER_TYPES, WIDGET_TYPES } from "../../protocol/messages.js";

/**
 * A stored node: an element, or a block with its children (holes are slots never
 * filled, or whose stale node was removed).
 * @typedef {object} TreeEntry
 * @property {"block"|"element"} kind
 * @property {string} type
 * @property {Object<string, any>} props any: each type has its own props (protocol/messages.js's
 *   *Props typedefs); a renderer reads the ones of its type.
 * @property {Array<TreeEntry|undefined>} [children] blocks only
 * @property {boolean} stale
 * @property {boolean} [root] the root containers (main, sidebar, bottom)
 */

export const ROOT_MAIN = ROOT.MAIN;
export const ROOT_SIDEBAR = ROOT.SIDEBAR;
export const ROOT_EVENT = ROOT.EVENT;
export const ROOT_BOTTOM = ROOT.BOTTOM;

// Which types are widgets and triggers is part of the protocol (py/wasmlit/protocol_props.py).
const WIDGET_TYPE_SET = new Set(WIDGET_TYPES);

export function isWidgetType(type) {
  return WIDGET_TYPE_SET.has(type);
}

// Widgets whose value is a one-shot trigger (a click, a submitted chat
// message): the page keeps no value for them; one rerun carries the trigger.
const TRIGGER_TYPE_SET = new Set(TRIGGER_TYPES);

export function isTriggerType(type) {
  return TRIGGER_TYPE_SET.has(type);
}

/** @returns {TreeEntry} */
function makeRoot() {
  return { kind: "block", type: "vertical", props: {}, children: [], stale: false, root: true };
}

/** @returns {TreeEntry} */
function makeEntry(node) {
  /** @type {TreeEntry} */
  const entry = {
    kind: node.kind === "block" ? "block" : "element",
    type: node.type,
    props: node.props ?? {},
    stale: false,
  };
  if (entry.kind === "block") entry.children = [];
  return entry;
}

/** Deep equality of JSON values (props arrive as parsed JSON). */
function sameValue(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameValue(a[key], b[key]));
}

export class NodeTree {
  constructor() {
    this.clear();
  }

  /** Forgets every node (a new session starts). */
  clear() {
    this.roots = [makeRoot(), makeRoot()];
    /** Widget id -> the fragment whose container holds it (absent: the app's body). */
    this.widgetFragments = new Map();
  }

  /** The fragment a widget belongs to (null: none), for fragment-scoped reruns. */
  fragmentOf(widgetId) {
    return widgetId == null ? null : this.widgetFragments.get(widgetId) ?? null;
  }

  root(index) {
    while (this.roots.length <= index) this.roots.push(makeRoot());
    return this.roots[index];
  }

  /**
   * Puts `node` at `path`, replacing whatever was there. A block replaced by
   * a block of the same type keeps its children (they go stale on their own).
   * Missing parents are created as plain vertical blocks.
   * @returns the stored entry
   */
  put(path, node) {
    if (!Array.isArray(path) || path.length < 2) {
      throw new Error(`delta path must have at least 2 parts, got ${JSON.stringify(path)}`);
    }
    if (path[0] === ROOT_EVENT) throw new Error("event-root (toast) deltas belong to the ToastStore, not the tree");
    let parent = this.root(path[0]);
    let fragmentId = null;
    for (let depth = 1; depth < path.length - 1; depth++) {
      const index = path[depth];
      let child = parent.children[index];
      if (!child || child.kind !== "block") {
        child = makeEntry({ kind: "block", type: "vertical", props: {} });
        parent.children[index] = child;
      }
      child.stale = false;
      if (child.props.fragmentId) fragmentId = child.props.fragmentId;
      parent = child;
    }
    const index = path[path.length - 1];
    const previous = parent.children[index];
    const entry = makeEntry(node);
    if (previous && previous.type === entry.type && sameValue(previous.props, entry.props)) {
      entry.props = previous.props; // unchanged: keep its identity (renderers skip it)
    }
    if (previous && entry.kind === "block" && previous.kind === "block" && previous.type === entry.type) {
      entry.children = previous.children;
    }
    parent.children[index] = entry;
    if (entry.kind === "element" && entry.props.id != null) {
      if (fragmentId) this.widgetFragments.set(entry.props.id, fragmentId);
      else this.widgetFragments.delete(entry.props.id);
    }
    return entry;
  }

  /** Marks every node stale (start of a run, or a rerun was requested). */
  markAllStale() {
    for (const root of this.roots) visit(root, (entry) => (entry.stale = true));
  }

  /**
   * Start of a run: marks what it will redraw stale. A run of the whole app
   * (no fragment ids) redraws everything; a fragment run only what is inside
   * those fragments' containers.
   */
  markStale(fragmentIds = []) {
    if (fragmentIds.length === 0) {
      this.markAllStale();
      return;
    }
    // Only the fragments redraw: nothing else is stale (a full run cut short
    // for this one may have flagged everything).
    this.clearStale();
    const wanted = new Set(fragmentIds);
    const inside = (entry) => {
      for (const child of entry.children ?? []) {
        if (!child) continue;
        if (wanted.has(child.props.fragmentId)) visit(child, (node) => { if (node !== child) node.stale = true; });
        else inside(child);
      }
    };
    for (const root of this.roots) inside(root);
  }

  /** Clears every stale flag without removing anything. */
  clearStale() {
    for (const root of this.roots) visit(root, (entry) => (entry.stale = false));
  }

  /** Removes stale nodes (a block survives if any descendant is fresh). */
  removeStale() {
    for (const root of this.roots) {
      pruneChildren(root);
      root.stale = false;
    }
    // Forget the fragment of every widget that is gone (a widget whose key
    // changes every run would otherwise leave one entry per run).
    if (this.widgetFragments.size > 0) {
      const live = new Set();
      this.forEachWidget((entry) => live.add(entry.props.id));
      for (const id of this.widgetFragments.keys()) if (!live.has(id)) this.widgetFragments.delete(id);
    }
  }

  /** Calls fn(entry) for every widget element in the tree. */
  forEachWidget(fn) {
    for (const root of this.roots) {
      visit(root, (entry) => {
        if (isWidgetType(entry.type) && entry.props.id != null) fn(entry);
      });
    }
  }

  widgets() {
    const list = [];
    this.forEachWidget((entry) => list.push(entry));
    return list;
  }

  /** The form block whose props.formId is `formId`, or null. */
  findForm(formId) {
    let found = null;
    for (const root of this.roots) {
      visit(root, (entry) => {
        if (!found && entry.kind === "block" && entry.type === "form" && entry.props.formId === formId) {
          found = entry;
        }
      });
    }
    return found;
  }

  isEmpty(rootIndex) {
    const root = this.roots[rootIndex];
    return !root || !root.children.some(Boolean);
  }
}

function visit(entry, fn) {
  fn(entry);
  if (entry.children) for (const child of entry.children) if (child) visit(child, fn);
}

/** Drops stale children; returns true when `block` keeps any fresh descendant. */
function pruneChildren(block) {
  let anyFresh = false;
  const children = block.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (!child) continue;
    let keep = !child.stale;
    if (child.kind === "block") keep = pruneChildren(child) || keep;
    if (keep) {
      child.stale = false;
      anyFresh = true;
    } else {
      delete children[i];
    }
  }
  let end = children.length;
  while (end > 0 && !children[end - 1]) end--;
  children.length = end;
  return anyFresh;
}

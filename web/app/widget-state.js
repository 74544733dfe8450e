// Per-page widget values: id -> value.
//
// `committed` holds the value the next rerun reports for each widget (for a
// widget inside a form: its value as of the form's last submit). `pending`
// holds edits the user made that are not committed yet: text being typed, a
// slider being dragged, or any change to a widget inside a form before the
// form is submitted. What a widget shows is pending ?? committed.
//
// Button triggers are never stored: a click adds `true` to one rerun only.

import { isTriggerType } from "./tree.js";

function same(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => same(value, b[i]));
  }
  return false;
}

function copy(value) {
  return Array.isArray(value) ? value.slice() : value;
}

export class WidgetState {
  constructor() {
    this.committed = new Map();
    this.pending = new Map();
  }

  /** Forgets every value (a new session starts). */
  clear() {
    this.committed.clear();
    this.pending.clear();
  }

  /** A widget node arrived: adopt its Python value when the page has none or Python set it. */
  adopt(props) {
    const id = props.id;
    if (id == null) return;
    if (!this.committed.has(id) || props.setValue) {
      this.committed.set(id, copy(props.value));
      this.pending.delete(id);
    }
  }

  has(id) {
    return this.committed.has(id);
  }

  committedValue(id) {
    return this.committed.get(id);
  }

  /** The value the widget shows. */
  value(id) {
    return this.pending.has(id) ? this.pending.get(id) : this.committed.get(id);
  }

  /** True when the widget shows an edit that is not committed. */
  isDirty(id) {
    return this.pending.has(id) && !same(this.pending.get(id), this.committed.get(id));
  }

  setPending(id, value) {
    this.pending.set(id, copy(value));
  }

  discardPending(id) {
    this.pending.delete(id);
  }

  /** Moves the pending edit (if any) into the committed value; returns true if it changed. */
  commit(id) {
    if (!this.pending.has(id)) return false;
    const value = this.pending.get(id);
    this.pending.delete(id);
    const changed = !same(value, this.committed.get(id));
    this.committed.set(id, value);
    return changed;
  }

  /** Sets the committed value directly (and drops any pending edit). */
  set(id, value) {
    this.pending.delete(id);
    const changed = !same(value, this.committed.get(id));
    this.committed.set(id, copy(value));
    return changed;
  }

  /** Forgets every widget whose id is not in `liveIds`. */
  prune(liveIds) {
    for (const id of [...this.committed.keys()]) if (!liveIds.has(id)) this.committed.delete(id);
    for (const id of [...this.pending.keys()]) if (!liveIds.has(id)) this.pending.delete(id);
  }

  /** The rerun payload: the committed value of every given (non-button) widget. */
  snapshot(widgetEntries) {
    const out = {};
    for (const entry of widgetEntries) {
      if (isTriggerType(entry.type)) continue;
      const id = entry.props.id;
      if (this.committed.has(id)) out[id] = copy(this.committed.get(id));
    }
    return out;
  }
}

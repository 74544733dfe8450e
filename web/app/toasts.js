// Toasts (root 2, the events root): overlays with their own lifetime.
//
// A toast is keyed by (runId, path): toast paths restart at [2, 0] every run,
// so a delta at the same path in the same run updates that toast in place
// (body/icon) and keeps its timer, while the same path in a later run is a new
// toast. A toast lives `duration` seconds from when it first appeared (0 =
// until the user closes it), whatever reruns happen meanwhile.
//
// Separately, `slots` mirrors Streamlit's event root (div.stEvent holds one
// empty element container per event-root element of the latest finished
// run); it follows the usual run semantics but never marks anything stale.

export class ToastStore {
  /** @param {() => void} onChange  called when a toast expires (the page re-renders) */
  constructor(onChange) {
    this.onChange = onChange;
    this.toasts = []; // oldest first: { id, props, shownAt, timer }
    this.slots = new Map(); // path key -> runId that last put it
    this.counter = 0;
  }

  /** A delta at an event-root path. Non-toast nodes clear that slot's toast. */
  put(runId, path, node) {
    const pathKey = path.join(".");
    const id = `${runId ?? ""}:${pathKey}`;
    this.slots.set(pathKey, runId);
    const existing = this.toasts.find((toast) => toast.id === id);
    if (!node || node.kind === "block" || node.type !== "toast") {
      if (existing) this.dismiss(id);
      return;
    }
    const props = node.props ?? {};
    if (existing) {
      const durationChanged = durationOf(existing.props) !== durationOf(props);
      existing.props = props;
      if (durationChanged) this.schedule(existing);
      return;
    }
    const toast = { id, uid: ++this.counter, props, shownAt: Date.now(), timer: 0 };
    this.toasts.push(toast);
    this.schedule(toast);
  }

  /** (Re)arms a toast's expiry, counted from when it first appeared. */
  schedule(toast) {
    if (toast.timer) clearTimeout(toast.timer);
    toast.timer = 0;
    const seconds = durationOf(toast.props);
    if (seconds <= 0) return;
    const left = Math.max(0, toast.shownAt + seconds * 1000 - Date.now());
    toast.timer = setTimeout(() => {
      toast.timer = 0;
      if (this.remove(toast.id)) this.onChange();
    }, left);
  }

  remove(id) {
    const index = this.toasts.findIndex((toast) => toast.id === id);
    if (index < 0) return false;
    const [toast] = this.toasts.splice(index, 1);
    if (toast.timer) clearTimeout(toast.timer);
    return true;
  }

  /** The user closed a toast. */
  dismiss(id) {
    return this.remove(id);
  }

  /** A run finished (complete/error): event slots it did not put go away. */
  pruneSlots(runId) {
    for (const [pathKey, slotRun] of this.slots) if (slotRun !== runId) this.slots.delete(pathKey);
  }

  /** Toasts newest first (Streamlit stacks the newest on top). */
  list() {
    return this.toasts.slice().reverse();
  }

  /** Event-root slot paths in order (for the stEvent mirror). */
  slotKeys() {
    return [...this.slots.keys()].sort((a, b) => compareKeys(a, b));
  }
}

function durationOf(props) {
  if (!props || props.duration === null || props.duration === undefined) return 4; // Streamlit's "short"
  const seconds = Number(props.duration);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

function compareKeys(a, b) {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

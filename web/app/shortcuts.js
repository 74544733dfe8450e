// The app's keyboard shortcuts, as in Streamlit: "r" reruns the app and "c"
// asks to clear the caches (where the main menu has "Clear cache"). Neither
// fires while the user types in a field, with a modifier key held, or before
// the worker is connected. An embedded app takes the keys only while the
// focus is inside it (its listener is on its shadow root).
//
//   const stop = listenForShortcuts(target, {enabled, rerun, clearCache});

/**
 * @param {Document|Node} target where keydown events are heard
 * @param {{enabled: () => boolean, rerun: () => void, clearCache: () => void}} actions
 *   enabled: whether shortcuts act now (connected); clearCache: opens the dialog if the menu offers it
 * @returns {() => void} removes the listener
 */
export function listenForShortcuts(target, { enabled, rerun, clearCache }) {
  /** @param {KeyboardEvent} event */
  const onKey = (event) => {
    const key = event.key?.toLowerCase();
    if (key !== "r" && key !== "c") return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const origin = event.composedPath ? event.composedPath()[0] : event.target;
    if (isEditable(origin) || !enabled()) return;
    if (key === "r") rerun();
    else clearCache();
  };
  target.addEventListener("keydown", onKey);
  return () => target.removeEventListener("keydown", onKey);
}

/** A field the user types in: its keys are text, not shortcuts. */
export function isEditable(target) {
  if (target?.nodeType !== 1) return false;
  if (target.isContentEditable) return true;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.getAttribute("role") === "combobox";
}

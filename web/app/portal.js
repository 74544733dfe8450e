// Popups and overlays outside the app's layout (dropdowns, calendars, toasts)
// are portalled into the app's portal root: the document's body on the
// standalone page, a node inside the shadow root for an embedded app (so the
// app's styles reach them and they never mix with the host page).
import { useContext } from "preact/hooks";
import { AppContext } from "./context.js";

export function usePortalRoot() {
  return useContext(AppContext)?.portalRoot ?? document.body;
}

/** The node an event really happened on, also across a shadow root boundary
 * (a listener on the document sees the shadow host as event.target). */
export function eventTarget(event) {
  return (event.composedPath && event.composedPath()[0]) || event.target;
}

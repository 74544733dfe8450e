// `wasmlit serve`'s dev loop in the page. The server announces each new
// revision of the app's files on its change stream (cli/change-stream.js); the
// page then fetches the bundle, writes what changed into the running worker
// (no new Python: st.session_state, caches and imported packages stay) and
// does what Streamlit does after a source file changed: rerun at once when
// server.runOnSave is set or the user chose "Always rerun", else offer Rerun /
// Always rerun in the status widget (web/app/layout/source-changed.js). Files
// Streamlit does not watch (data files, requirements.txt) are written without
// a rerun. Loaded only when the bundle says it comes from `wasmlit serve`.
import { fetchAppBundle } from "./app-bundle.js";
import { SourceChangedPrompt } from "../app/layout/source-changed.js";

/**
 * @param {{controller: ReturnType<typeof import("./controller.js").createAppController>,
 *          view: import("./controller.js").AppView,
 *          bundle: {files: object, dev: {changes: string, revision: number}},
 *          bundleURL?: URL}} options
 * @returns {{close(): void}}
 */
export function followSourceChanges({ controller, view, bundle, bundleURL = undefined }) {
  let known = { ...bundle.files };
  let revision = bundle.dev.revision;
  let alwaysRerun = false;
  let syncing = false;
  let again = false;
  let source = null;
  const streamURL = new URL(bundle.dev.changes, document.baseURI);

  async function sync() {
    if (syncing) {
      again = true;
      return;
    }
    syncing = true;
    try {
      do {
        again = false;
        await syncOnce();
      } while (again);
    } catch (error) {
      console.warn(`wasmlit: could not apply the changed files: ${error?.message ?? error}`);
    } finally {
      syncing = false;
    }
  }

  async function syncOnce() {
    if (controller.state === "failed") {
      // Python never started (a requirement, say): start over with the new files.
      window.location.reload();
      return;
    }
    const latest = await fetchAppBundle(bundleURL);
    revision = latest.dev?.revision ?? revision;
    const { changed, removed } = diffFiles(known, latest.files);
    if (changed.length === 0 && removed.length === 0) return;
    const files = Object.fromEntries(changed.map((path) => [path, latest.files[path]]));
    const answer = await controller.writeFiles(files, { removed });
    known = latest.files;
    if (!answer?.sourceChanged) return;
    if (answer.runOnSave || alwaysRerun) {
      controller.rerun();
      return;
    }
    view.showSourceChanged({
      Prompt: SourceChangedPrompt,
      allowRunOnSave: answer.allowRunOnSave !== false,
      rerun: () => controller.rerun(),
      alwaysRerun: () => {
        alwaysRerun = true;
        controller.rerun();
      },
    });
  }

  function connect() {
    if (source) return;
    source = new EventSource(streamURL);
    source.onmessage = (event) => {
      let announced;
      try {
        announced = JSON.parse(event.data).revision;
      } catch {
        return;
      }
      if (announced !== revision) sync();
    };
  }

  function disconnect() {
    source?.close();
    source = null;
  }

  // A browser keeps about six connections per server: a hidden tab gives its
  // stream back (and catches up when it is shown again), so many open tabs do
  // not stall the others' page loads.
  const onVisibility = () => (document.visibilityState === "hidden" ? disconnect() : connect());
  document.addEventListener("visibilitychange", onVisibility);
  window.addEventListener("pagehide", disconnect);
  window.addEventListener("pageshow", connect);
  if (document.visibilityState !== "hidden") connect();

  return {
    close() {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", disconnect);
      window.removeEventListener("pageshow", connect);
      disconnect();
    },
  };
}

/** Paths whose content differs between two decoded file maps, and paths gone from `after`. */
export function diffFiles(before, after) {
  const changed = Object.keys(after).filter((path) => !sameContent(before[path], after[path]));
  const removed = Object.keys(before).filter((path) => !(path in after));
  return { changed, removed };
}

function sameContent(a, b) {
  if (typeof a === "string" || typeof b === "string") return a === b;
  if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

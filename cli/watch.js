// Watches the folders of the app (the ones its bundle is made from) and calls
// `onEvent` after a burst of file system events has settled. Editors save in
// several steps (truncate + write, or write a temporary file + rename), so a
// check waits until the events stop for `settleMs`, but never longer than
// `maxWaitMs` after the first one. Where the system cannot watch (no inotify
// watches left, ...) it polls instead.
import { watch } from "node:fs";

/**
 * @param {() => string[]} folders the folders to watch now (asked again after each check)
 * @param {() => void} onEvent the check to run
 * @returns {{close(): void, polling: boolean}}
 */
export function watchFolders(folders, onEvent, { settleMs = 100, maxWaitMs = 500, pollMs = 1000, warn = console.error } = {}) {
  const watchers = new Map(); // folder -> FSWatcher
  let settleTimer = null;
  let firstEventAt = 0;
  let poller = null;
  let closed = false;

  const check = () => {
    clearTimeout(settleTimer);
    settleTimer = null;
    firstEventAt = 0;
    if (closed) return;
    try {
      onEvent();
    } finally {
      sync();
    }
  };

  const schedule = () => {
    if (closed) return;
    const now = Date.now();
    if (!firstEventAt) firstEventAt = now;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(check, Math.max(0, Math.min(settleMs, firstEventAt + maxWaitMs - now)));
  };

  const startPolling = (error) => {
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
    poller = setInterval(check, pollMs);
    poller.unref?.();
    warn(`wasmlit: cannot watch the app's folders (${error.message}); checking them every ${pollMs / 1000} s instead`);
  };

  function sync() {
    if (closed || poller) return;
    const wanted = new Set(folders());
    for (const [folder, watcher] of watchers) {
      if (!wanted.has(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
    for (const folder of wanted) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, { persistent: false }, schedule);
        // A watched folder that is removed ends its watcher with an error.
        watcher.on("error", () => {
          watcher.close();
          watchers.delete(folder);
          schedule();
        });
        watchers.set(folder, watcher);
      } catch (error) {
        if (error.code === "ENOENT") continue; // removed meanwhile
        startPolling(error);
        return;
      }
    }
  }

  sync();
  return {
    get polling() {
      return Boolean(poller);
    },
    close() {
      closed = true;
      clearTimeout(settleTimer);
      clearInterval(poller);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

// A worker that should start Python at once can carry its `preload` message
// (PreloadMsg, protocol/messages.js) in its name (the Worker constructor's
// `name` option) instead of receiving it: a message posted to a worker that is
// still loading is handed to it by the page's main thread, which on a page's
// first load is busy with the renderer for a while (measured: the worker sat
// idle ~110 ms with the message waiting). The worker reads its own name
// (self.name) as soon as its module runs.

const PREFIX = "wasmlit-preload ";

/** @param {import("./messages.js").PreloadMsg} msg @returns {string} the worker's name */
export function preloadWorkerName(msg) {
  return PREFIX + JSON.stringify(msg);
}

/**
 * The preload message a worker's name carries, or null (another name, or not one of ours).
 * @param {string|undefined} name
 * @returns {import("./messages.js").PreloadMsg|null}
 */
export function preloadFromWorkerName(name) {
  if (typeof name !== "string" || !name.startsWith(PREFIX)) return null;
  try {
    const msg = JSON.parse(name.slice(PREFIX.length));
    return msg && typeof msg === "object" && msg.type === "preload" && typeof msg.indexURL === "string" ? msg : null;
  } catch {
    return null;
  }
}

// The page's requests that the worker answers (writeFiles, readFile, install:
// protocol/messages.js), each with a requestId and settled by the one REPLY
// that carries it. A request waits for the app to be up; the ones still
// unanswered are rejected when the worker goes away (restart, crash, unmount).
//
//   const requests = createWorkerRequests({ready, status, post});
//   requests.request(type, fields, transfer) -> Promise of the reply's value
//   requests.settle(replyMsg); requests.rejectAll(reason)

/**
 * @param {{ready: Promise<unknown>, status: () => string,
 *          post: (msg: object, transfer: Transferable[]) => void}} options
 *   ready: settles once the app is up; status: the controller's state ("ready", "destroyed", ...);
 *   post: to the current worker
 */
export function createWorkerRequests({ ready, status, post }) {
  // any: a reply's value is what that request type answers (protocol/messages.js ReplyMsg).
  /** @type {Map<number, {resolve: (value: any) => void, reject: (error: Error) => void}>} */
  const pending = new Map();
  let nextRequestId = 1;

  /** @param {string} type @param {object} fields @param {Transferable[]} [transfer] */
  function request(type, fields, transfer = []) {
    if (status() === "destroyed") return Promise.reject(new Error("the app was unmounted"));
    return ready.then(() => {
      if (status() !== "ready") throw new Error("the app is not running");
      const requestId = nextRequestId++;
      return new Promise((resolve, reject) => {
        pending.set(requestId, { resolve, reject });
        post({ type, requestId, ...fields }, transfer);
      });
    });
  }

  /** @param {import("../../protocol/messages.js").ReplyMsg} msg */
  function settle(msg) {
    const waiting = pending.get(msg.requestId);
    if (!waiting) return;
    pending.delete(msg.requestId);
    if (msg.ok) waiting.resolve(msg.value ?? null);
    else waiting.reject(new Error(msg.error ?? "the request failed"));
  }

  /** @param {string} reason */
  function rejectAll(reason) {
    for (const { reject } of pending.values()) reject(new Error(reason));
    pending.clear();
  }

  return { request, settle, rejectAll };
}

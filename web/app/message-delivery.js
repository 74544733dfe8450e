// Hands the worker's messages to their handlers (message-handlers.js) one at a
// time, in the order they came. A run's end waits for the lazily loaded
// renderers its elements need (elements/lazy.js), so that the page says
// "notRunning" only once the DOM shows the whole run; messages that arrive
// meanwhile wait behind it. A handler that throws does not stop the next
// messages: the error is shown in the app.
//
//   const deliver = createMessageDelivery({handlers, pendingLoads, stopped, failed});
//   deliver(msg)
import { FROM_WORKER } from "../../protocol/messages.js";

/**
 * @param {{handlers: import("./message-handlers.js").MessageHandlers,
 *          pendingLoads: () => Promise<unknown>|null,
 *          stopped: () => boolean,
 *          failed: (msg: {type: string}, error: any) => void}} options
 *   stopped: the view is gone (held messages are dropped); failed: a handler threw
 * @returns {(msg: import("../../protocol/messages.js").FromWorker) => void}
 */
export function createMessageDelivery({ handlers, pendingLoads, stopped, failed }) {
  const held = [];
  let holding = false;

  function deliver(msg) {
    if (!msg || typeof msg !== "object") return;
    if (holding) {
      held.push(msg);
      return;
    }
    const loads = msg.type === FROM_WORKER.RUN_FINISHED ? pendingLoads() : null;
    if (loads) {
      holding = true;
      held.push(msg);
      loads.then(release);
      return;
    }
    handle(msg);
  }

  function release() {
    holding = false;
    for (const msg of held.splice(0)) {
      if (stopped()) return;
      deliver(msg);
    }
  }

  function handle(msg) {
    const handler = Object.hasOwn(handlers, msg.type) ? handlers[msg.type] : undefined;
    if (handler === undefined) {
      console.warn("wasmlit: unknown message from the worker", msg);
      return;
    }
    try {
      handler?.(msg);
    } catch (error) {
      console.error("wasmlit: could not handle a message from the worker", msg, error);
      failed(msg, error);
    }
  }

  return deliver;
}

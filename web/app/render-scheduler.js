// When the app's view is drawn: at once (renderNow, after a change the user
// must see before the next event), or coalesced while a run streams deltas
// (schedule: the next animation frame, with a timer for hidden tabs, which get
// no frames). A render asked for while one is patching the DOM (a blur fired
// by a removed input, say) runs again right after it instead of nesting.
//
//   const renders = createRenderScheduler(draw);
//   renders.now(); renders.schedule(); renders.cancel(); renders.stop()

/** How long a scheduled render waits at most (a hidden tab gets no animation frames). */
const FALLBACK_MS = 100;

/** @param {() => void} draw renders the whole view */
export function createRenderScheduler(draw) {
  let frame = 0;
  /** @type {ReturnType<typeof setTimeout>|0} */
  let timer = 0;
  let rendering = false;
  let renderAgain = false;
  let stopped = false;

  function cancel() {
    if (frame) cancelAnimationFrame(frame);
    if (timer) clearTimeout(timer);
    frame = 0;
    timer = 0;
  }

  function now() {
    cancel();
    if (stopped) return;
    if (rendering) {
      renderAgain = true;
      return;
    }
    rendering = true;
    try {
      do {
        renderAgain = false;
        draw();
      } while (renderAgain);
    } finally {
      rendering = false;
    }
  }

  /** Coalesces re-renders while a run streams deltas. */
  function schedule() {
    if (frame || timer || stopped) return;
    frame = requestAnimationFrame(now);
    timer = setTimeout(now, FALLBACK_MS);
  }

  /** No render any more (the view was destroyed). */
  function stop() {
    cancel();
    stopped = true;
  }

  return { now, schedule, cancel, stop };
}

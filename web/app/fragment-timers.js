// Timers of fragments with run_every: each asks for a run of its fragment at
// its interval. The set is replaced after every finished run (the run lists
// the fragments it has with their intervals).
export class FragmentTimers {
  /** @param {(fragmentId: string) => void} fire */
  constructor(fire) {
    this.fire = fire;
    /** @type {Map<string, {interval: number, timer: ReturnType<typeof setInterval>}>} */
    this.timers = new Map();
  }

  /** @param {{fragmentId: string, intervalSeconds: number}[]} autoReruns */
  set(autoReruns) {
    const wanted = new Map();
    for (const { fragmentId, intervalSeconds } of autoReruns) {
      if (fragmentId && intervalSeconds > 0) wanted.set(fragmentId, intervalSeconds * 1000);
    }
    for (const [id, entry] of this.timers) {
      if (wanted.get(id) !== entry.interval) {
        clearInterval(entry.timer);
        this.timers.delete(id);
      }
    }
    for (const [id, interval] of wanted) {
      if (!this.timers.has(id)) this.timers.set(id, { interval, timer: setInterval(() => this.fire(id), interval) });
    }
  }
}

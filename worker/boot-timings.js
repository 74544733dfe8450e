// When each step of a boot ended, in ms since the epoch (performance.timeOrigin
// + now(): comparable with the page's clock), and how many bytes each download
// moved (Resource Timing: 0 for the browser's caches). The worker logs them
// with console.debug once the first run is done ("wasmlit: boot timings {...}");
// `npm run bench` reads that line for its phase breakdown.

export class BootTimings {
  constructor() {
    this.marks = { workerStart: performance.timeOrigin };
    this.path = null;
    /** "page": the wasm was compiled by the page (worker/shared-wasm.js); null: here. */
    this.wasm = null;
  }

  mark(name) {
    this.marks[name] = performance.timeOrigin + performance.now();
  }

  /** {file name: {end, bytes}} for the boot's downloads so far. */
  downloads() {
    /** @type {Record<string, {end: number, bytes: number}>} */
    const files = {};
    for (const entry of /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType("resource"))) {
      const name = entry.name.split("?")[0].split("/").at(-1);
      if (!/\.(wasm|mjs|zip|bin|json|whl)$/.test(name)) continue;
      files[name] = { end: Math.round(performance.timeOrigin + entry.responseEnd), bytes: entry.transferSize };
    }
    return files;
  }

  report() {
    const marks = Object.fromEntries(Object.entries(this.marks).map(([k, v]) => [k, Math.round(v)]));
    return { path: this.path, ...(this.wasm ? { wasm: this.wasm } : {}), marks, downloads: this.downloads() };
  }
}

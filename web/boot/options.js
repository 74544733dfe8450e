// Boot options read from the page URL.

export const DEFAULT_BOOT_TIMEOUT_MS = 120_000;

/** `?wasmlit_boot_timeout_ms=N` overrides how long the page waits for `ready`. */
export function bootTimeoutMs(search = location.search) {
  const raw = new URLSearchParams(search).get("wasmlit_boot_timeout_ms");
  const value = raw === null ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_BOOT_TIMEOUT_MS;
}

/**
 * `?wasmlit_boot=no-snapshot,no-bytecode,no-code-cache` switches the boot's
 * optimisations off (for measurements and to compare behaviour); the boot
 * message's `boot` field (protocol/messages.js).
 */
export function bootSwitches(search = location.search) {
  const words = (new URLSearchParams(search).get("wasmlit_boot") ?? "").split(",").map((w) => w.trim());
  const switches = {};
  if (words.includes("no-snapshot")) switches.snapshot = false;
  if (words.includes("no-bytecode")) switches.bytecode = false;
  if (words.includes("no-code-cache")) switches.codeCache = false;
  return switches;
}

/** Where Pyodide's files and the micropip wheel are served. */
export function pyodideIndexURL() {
  return new URL("./pyodide/", document.baseURI).href;
}

export function micropipURL() {
  // eslint-disable-next-line no-undef
  return new URL(__WASMLIT_MICROPIP_WHEEL__, pyodideIndexURL()).href;
}

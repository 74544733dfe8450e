// Boot options read from the page URL.

export const DEFAULT_BOOT_TIMEOUT_MS = 120_000;

/** `?wasmlit_boot_timeout_ms=N` overrides how long the page waits for `ready`. */
export function bootTimeoutMs(search = location.search) {
  const raw = new URLSearchParams(search).get("wasmlit_boot_timeout_ms");
  const value = raw === null ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_BOOT_TIMEOUT_MS;
}

/** Where Pyodide's files and the micropip wheel are served. */
export function pyodideIndexURL() {
  return new URL("./pyodide/", document.baseURI).href;
}

export function micropipURL() {
  // eslint-disable-next-line no-undef
  return new URL(__WASMLIT_MICROPIP_WHEEL__, pyodideIndexURL()).href;
}

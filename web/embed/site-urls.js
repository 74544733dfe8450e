// Where an embedded app's files are: next to wasmlit.js (the site's root),
// whatever page loaded it. The entry module sets the base once.

let base = null;

/** Called by the entry module with its own URL's folder. */
export function setSiteBase(url) {
  base = new URL(url).href;
}

export function siteURLs() {
  if (!base) throw new Error("wasmlit: the site base URL is unknown (load wasmlit.js as a module)");
  const pyodide = new URL("pyodide/", base).href;
  // eslint-disable-next-line no-undef
  return { base, pyodide, micropip: new URL(__WASMLIT_MICROPIP_WHEEL__, pyodide).href };
}

// What to do about a failed boot: the worker's message plus a hint for the
// failures a site owner can fix (how the files are served, missing packages).

/** @type {[RegExp, string][]} [pattern, what to do] */
const HINTS = [
  // Before the generic "could not be loaded" one below: the message says how to get them.
  [
    /Pyodide's package\(s\) .* this site does not hold them/i,
    "Give wasmlit a Pyodide distribution as the message says, then restart `wasmlit serve` or build " +
      "the site again. wasmlit's docs/deploy.md (\"Pyodide's compiled packages\") has the details.",
  ],
  [
    /Pyodide's package\(s\) .* could not be loaded from /i,
    "Check the --pyodide-packages-url the site was built with: it must serve the files of the Pyodide " +
      "distribution of the same version and allow cross-origin requests (CORS). Or build with " +
      "--pyodide-packages DIR to ship the packages in the site itself.",
  ],
  [
    /MIME type|application\/wasm|WebAssembly/i,
    "The server must send pyodide/*.wasm with the Content-Type application/wasm " +
      "(and .mjs/.js as text/javascript). Configure the static host's MIME types, then reload.",
  ],
  [
    /standard library|python_stdlib|pyodide-lock|pyodide\.asm/i,
    "The Python runtime files (the site's pyodide/ folder) could not be loaded: check that they " +
      "were deployed next to the page and are reachable, then reload.",
  ],
  [
    /could not install|micropip|No matching distribution|Can't find a pure Python 3 wheel/i,
    "A required package could not be installed: check its name and version, and that its " +
      "wheel is in the site's wheelhouse (or that the package index can be reached).",
  ],
  [
    /worker crashed|could not be loaded|Failed to fetch dynamically imported|importScripts/i,
    "The page's files (assets/ and the worker script) could not be loaded: check that the whole " +
      "built site was deployed and is served from the same origin, then reload.",
  ],
  [
    /file:|origin 'null'|CORS/i,
    "Pages opened from file:// cannot start web workers: serve the folder with any static " +
      "server (e.g. `python3 -m http.server`) and open it over http://.",
  ],
];

/** `message` followed by what to do, when a hint matches (only the first that matches). */
export function explainBootFailure(message) {
  const text = String(message ?? "Unknown error");
  for (const [pattern, hint] of HINTS) {
    if (pattern.test(text)) return text.includes(hint) ? text : `${text}\n\nWhat to do: ${hint}`;
  }
  return text;
}

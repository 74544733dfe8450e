// An embedded app's Python worker with an opaque origin.
//
// A worker created from a site URL runs with the site's origin: Python in it
// could fetch the host site's same-origin resources (with the visitor's
// cookies), read and poison its Cache Storage and IndexedDB, and talk to other
// same-origin contexts. An embedded app's code is not the host's (a playground
// edit, a share link, a docs snippet), so its worker starts from a data: URL
// instead, which gives it an opaque origin ("null"): the browser then treats
// every request it makes to the site as cross-origin (refused without CORS
// headers), and storage APIs throw.
//
// The worker still needs the runtime's own files from the site. The page (the
// trusted side) hands them over:
//   1. the bootstrap below starts, queues every message, and wraps fetch;
//   2. the page fetches the worker bundle's code and posts it (SANDBOX.RUNTIME);
//      the bootstrap imports it from a blob: URL (the runtime sets its own
//      onmessage), then replays the queued messages to it;
//   3. the runtime's GET requests to the site's origin (Pyodide's files,
//      micropip, the wheelhouse) become SANDBOX.SITE_FETCH messages; the page
//      answers only for the URLs `isAllowed` accepts (403 otherwise), so
//      Python cannot read anything else of the site through this door either.
// Requests to other origins (a package index) go to the network as the
// worker's own CORS requests.
//
// Measured (bench/embed.py): the same bytes as a same-origin worker (the
// bundle is fetched by the page instead of the worker); the page keeps the
// big runtime files in memory for a short while so that several apps booting
// together download them once.
import { FROM_WORKER, SANDBOX } from "../../protocol/messages.js";
import { fetchGunzippedOffThread } from "../../worker/gunzip-off-thread.js";

/** The worker-side bootstrap; runs in the data: URL worker (self-contained: no outer names). */
function sandboxBootstrap(names) {
  const pending = [];
  const waiting = new Map();
  let nextId = 1;
  let siteOrigin = null;
  const networkFetch = self.fetch.bind(self);
  // Registered before any onmessage handler, so it sees the page's answers first.
  self.addEventListener("message", (event) => {
    const msg = event.data;
    if (!msg || msg.type !== names.SITE_FETCHED) return;
    event.stopImmediatePropagation();
    const request = waiting.get(msg.id);
    if (!request) return;
    waiting.delete(msg.id);
    if (msg.error) {
      request.reject(new TypeError(msg.error));
      return;
    }
    const empty = [101, 204, 205, 304].includes(msg.status);
    const headers = msg.contentType ? { "content-type": msg.contentType } : {};
    request.resolve(new Response(empty ? null : msg.body, { status: msg.status, statusText: msg.statusText, headers }));
  });
  self.fetch = function fetch(input, init) {
    let request;
    try {
      request = new Request(input, init);
    } catch {
      return networkFetch(input, init);
    }
    if (!siteOrigin || request.method !== "GET" || new URL(request.url).origin !== siteOrigin) return networkFetch(input, init);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      self.postMessage({ type: names.SITE_FETCH, id, url: request.url });
    });
  };
  self.onmessage = async (event) => {
    const msg = event.data;
    if (!msg || msg.type !== names.RUNTIME || siteOrigin !== null) {
      pending.push(event);
      return;
    }
    siteOrigin = msg.siteOrigin;
    const url = URL.createObjectURL(new Blob([msg.source], { type: "text/javascript" }));
    try {
      await import(url);
    } catch (error) {
      self.postMessage({ type: names.BOOT_ERROR, message: `The Python worker could not be started: ${error && error.message ? error.message : error}` });
      return;
    } finally {
      URL.revokeObjectURL(url);
    }
    for (const queued of pending.splice(0)) self.onmessage(queued);
  };
}

const BOOTSTRAP_SOURCE = `(${sandboxBootstrap.toString()})(${JSON.stringify({ ...SANDBOX, BOOT_ERROR: FROM_WORKER.BOOT_ERROR })});`;
export const BOOTSTRAP_URL = `data:text/javascript;charset=utf-8,${encodeURIComponent(BOOTSTRAP_SOURCE)}`;

/** The runtime's big files, kept in the page for a short while after their last use. */
const CORE_FILE =
  /\/(pyodide\.asm\.(wasm|mjs)|python_stdlib\.zip|pyodide-lock\.json|micropip-[^/]*\.whl|wasmlit-(runtime|snapshot)-[0-9a-f]+\.bin|wasmlit-stdlib-[0-9a-f]+\.zip)$/;
const KEEP_MS = 30_000;
const kept = new Map(); // url -> {response: Promise, timer}
const sources = new Map(); // worker bundle URL -> Promise<string>

async function download(url) {
  const response = await fetch(url, { credentials: "same-origin" });
  return {
    status: response.status,
    statusText: response.statusText,
    contentType: response.headers.get("content-type"),
    bytes: await response.arrayBuffer(),
  };
}

// Pyodide's biggest files also go to the Cache Storage that same-origin workers
// use (worker/wasm-cache.js, same cache name), so that later visits, other
// pages of the site and private windows do not download them again.
// eslint-disable-next-line no-undef
const CACHE_NAME = `wasmlit-pyodide-${__WASMLIT_PYODIDE_VERSION__}`;
const CACHED_FILE = /\/(pyodide\.asm\.wasm|python_stdlib\.zip|pyodide-lock\.json)$/;

async function cachedDownload(url) {
  let cache = null;
  try {
    cache = await caches.open(CACHE_NAME);
    const hit = await cache.match(url);
    if (hit) {
      return { status: hit.status, statusText: hit.statusText, contentType: hit.headers.get("content-type"), bytes: await hit.arrayBuffer() };
    }
  } catch {
    cache = null; // no Cache Storage (an insecure origin): the network as before
  }
  const response = await fetch(url, { credentials: "same-origin" });
  const keep = cache && response.status === 200 &&
    (!url.endsWith(".wasm") || (response.headers.get("content-type") ?? "").startsWith("application/wasm"));
  if (keep) cache.put(url, response.clone()).catch(() => {});
  return {
    status: response.status,
    statusText: response.statusText,
    contentType: response.headers.get("content-type"),
    bytes: await response.arrayBuffer(),
  };
}

// The boot's gzipped files (the memory snapshot, the runtime archive): the page
// decompresses them once, on a thread of its own (worker/gunzip-off-thread.js),
// and keeps the bytes, so every app's worker skips ~15 MB of inflating (a
// worker takes bytes that are not gzip as they are: worker/fetch-bytes.js).
// The apps of a docs page boot from them one after another.
const GZIPPED_FILE = /\/wasmlit-(runtime|snapshot)-[0-9a-f]+\.bin$/;

async function decompressedDownload(url) {
  let bytes;
  try {
    bytes = await fetchGunzippedOffThread(url, "a boot file");
  } catch {
    return download(url); // the worker sees the status or the damaged bytes, and says so itself
  }
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
  return { status: 200, statusText: "OK", contentType: "application/octet-stream", bytes: whole };
}

/** A site file for a sandboxed worker: {status, statusText, contentType, bytes} (bytes: a copy to transfer). */
async function siteFile(url) {
  const path = new URL(url).pathname;
  if (!CORE_FILE.test(path)) return download(url);
  let entry = kept.get(url);
  if (!entry) {
    const response = CACHED_FILE.test(path) ? cachedDownload(url) : GZIPPED_FILE.test(path) ? decompressedDownload(url) : download(url);
    entry = { response, timer: 0 };
    kept.set(url, entry);
    entry.response.catch(() => kept.delete(url));
  }
  clearTimeout(entry.timer);
  entry.timer = setTimeout(() => kept.delete(url), KEEP_MS);
  const file = await entry.response;
  if (file.status !== 200) kept.delete(url);
  return { ...file, bytes: file.bytes.slice(0) };
}

function workerSource(url) {
  if (!sources.has(url)) {
    const text = fetch(url).catch((error) => {
      throw new Error(`The Python worker could not be loaded: ${url}: ${error.message}`);
    }).then((response) => {
      if (!response.ok) throw new Error(`The Python worker could not be loaded: ${url} answered HTTP ${response.status}`);
      return response.text();
    });
    text.catch(() => sources.delete(url));
    sources.set(url, text);
  }
  return sources.get(url);
}

/**
 * Which site URLs a sandboxed app's runtime may read: the runtime's own files
 * (prefixes and exact URLs), extended once the app's packages are known.
 */
export function createSiteAccess(prefixes = [], exact = []) {
  const allowedPrefixes = new Set(prefixes.filter(Boolean).map((url) => new URL(url).href));
  const allowedExact = new Set(exact.filter(Boolean).map((url) => new URL(url).href));
  return {
    allowPrefix(url) {
      if (url) allowedPrefixes.add(new URL(url).href);
    },
    allowExact(url) {
      if (url) allowedExact.add(new URL(url).href);
    },
    /** The app's package plan: its wheels, the package indexes the host named, and Pyodide's package folder. */
    allowPlan(plan) {
      for (const wheel of plan?.wheels ?? []) this.allowExact(wheel.url);
      for (const index of plan?.indexURLs ?? []) this.allowPrefix(index.endsWith("/") ? index : `${index}/`);
      if (plan?.pyodideBaseURL) this.allowPrefix(plan.pyodideBaseURL.replace(/[^/]*$/, ""));
      if (plan?.pyodideLockURL) this.allowPrefix(plan.pyodideLockURL.replace(/[^/]*$/, ""));
    },
    isAllowed(url) {
      let parsed;
      try {
        parsed = new URL(url);
      } catch {
        return false;
      }
      // No encoded or backslash tricks a server might decode into another path.
      if (/%|\\/.test(parsed.pathname) || parsed.username || parsed.password) return false;
      const href = parsed.origin + parsed.pathname;
      if (allowedExact.has(href)) return true;
      for (const prefix of allowedPrefixes) if (href.startsWith(prefix) && prefix.endsWith("/")) return true;
      return false;
    },
  };
}

/**
 * @param {{workerURL: string, access: ReturnType<typeof createSiteAccess>}} options
 * @returns {() => Worker} a factory of sandboxed workers (for createAppController's createWorker)
 */
export function sandboxedWorkerFactory({ workerURL, access }) {
  const siteOrigin = new URL(workerURL).origin;
  return () => {
    const worker = new Worker(BOOTSTRAP_URL, { type: "module" });
    // Added before the controller's onmessage: site requests never reach it.
    worker.addEventListener("message", (event) => {
      if (event.data?.type !== SANDBOX.SITE_FETCH) return;
      event.stopImmediatePropagation();
      answer(worker, event.data, access);
    });
    workerSource(workerURL).then(
      (source) => {
        worker.postMessage({ type: SANDBOX.RUNTIME, source, siteOrigin });
        // Once an earlier worker has asked for the wasm (the page's first app
        // compiles it itself: the page compiling it too would double the work
        // during the boot a visitor waits for).
        if (wasmAsked && access.isAllowed(wasmAsked)) offerCompiledWasm(worker, wasmAsked);
      },
      (error) => worker.dispatchEvent(new MessageEvent("message", { data: { type: FROM_WORKER.BOOT_ERROR, message: error.message } })),
    );
    return worker;
  };
}

// Pyodide's wasm, compiled once by the page for its sandboxed workers
// (SandboxWasmModuleMsg; worker/shared-wasm.js): they get no compiled-code
// cache, so each compiled the 9.6 MB itself. Kept like the files above.
const compiledModules = new Map(); // url -> {module: Promise<WebAssembly.Module|null>, timer}
/** The wasm's URL as a worker asked for it (a site fetch), once one has. */
let wasmAsked = null;

function compiledWasm(url) {
  let entry = compiledModules.get(url);
  if (!entry) {
    const module = siteFile(url)
      .then((file) => (file.status === 200 ? WebAssembly.compile(file.bytes) : null))
      .catch(() => null);
    entry = { module, timer: 0 };
    compiledModules.set(url, entry);
  }
  clearTimeout(entry.timer);
  entry.timer = setTimeout(() => compiledModules.delete(url), KEEP_MS);
  return entry.module;
}

function offerCompiledWasm(worker, url) {
  compiledWasm(url).then((module) => {
    if (!module) return;
    try {
      worker.postMessage({ type: SANDBOX.WASM_MODULE, url, module });
    } catch {
      // terminated, or this browser cannot share a module with the worker: it compiles the wasm itself
    }
  });
}

async function answer(worker, { id, url }, access) {
  let reply;
  try {
    if (!access.isAllowed(url)) {
      const text = `wasmlit: an embedded app's Python may not read ${url} from the host site`;
      reply = { status: 403, statusText: "Forbidden", contentType: "text/plain;charset=utf-8", body: new TextEncoder().encode(text).buffer };
    } else {
      if (/\/pyodide\.asm\.wasm$/.test(new URL(url).pathname)) wasmAsked = url;
      const file = await siteFile(url);
      reply = { status: file.status, statusText: file.statusText, contentType: file.contentType, body: file.bytes };
    }
  } catch (error) {
    reply = { error: `Failed to fetch ${url}: ${error?.message ?? error}` };
  }
  try {
    worker.postMessage({ type: SANDBOX.SITE_FETCHED, id, ...reply }, reply.body ? [reply.body] : []);
  } catch {
    // the worker was terminated
  }
}

// Cross-origin isolation for static hosts that cannot send headers: a site
// built with `wasmlit build --isolation-service-worker` has
// <meta name="wasmlit-isolation" content="service-worker">, and the page then
// registers public/wasmlit-isolation-sw.js and reloads once under its control.
// Without it (or where service workers are unavailable) the app still works;
// only a CPU-bound script can then not be interrupted (Stop restarts Python).

const SW_FILE = "./wasmlit-isolation-sw.js";
const RELOADED = "wasmlit-isolation-reloaded";

/** @returns {Promise<"isolated"|"not-isolated"|"reloading">} */
export async function ensureIsolation() {
  if (globalThis.crossOriginIsolated) {
    sessionStorage.removeItem(RELOADED);
    return "isolated";
  }
  // querySelector types an attribute selector's match as Element; this one is a <meta>.
  const meta = /** @type {HTMLMetaElement|null} */ (document.querySelector('meta[name="wasmlit-isolation"]'));
  const wanted = meta?.content === "service-worker";
  if (!wanted || !("serviceWorker" in navigator) || !window.isSecureContext) return "not-isolated";
  try {
    await navigator.serviceWorker.register(new URL(SW_FILE, document.baseURI), { scope: "./" });
    await navigator.serviceWorker.ready;
  } catch (error) {
    console.warn("wasmlit: the isolation service worker could not be registered", error);
    return "not-isolated";
  }
  // Reload once so that the worker serves this page with the headers; never loop.
  if (sessionStorage.getItem(RELOADED)) return "not-isolated";
  sessionStorage.setItem(RELOADED, "1");
  location.reload();
  return "reloading";
}

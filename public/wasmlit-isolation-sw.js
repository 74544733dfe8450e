// wasmlit's isolation service worker, for static hosts that cannot send
// headers (GitHub Pages and the like). It re-serves the site's own responses
// with the cross-origin isolation headers (COOP/COEP), so the page becomes
// cross-origin isolated and can interrupt a busy Python script. A site built
// with `wasmlit build --isolation-service-worker` registers it (web/boot/isolation.js).

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// Only documents and worker scripts need the headers (a worker is isolated by
// its own script's headers). Every other request goes to the network and the
// HTTP cache as usual: a response re-made here would lose Chromium's compiled
// code cache for pyodide.asm.wasm (docs/boot.md).
const NEEDS_HEADERS = new Set(["document", "iframe", "worker", "sharedworker"]);

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.mode !== "navigate" && !NEEDS_HEADERS.has(request.destination)) return;
  // Chromium rejects this combination outside same-origin requests.
  if (request.cache === "only-if-cached" && request.mode !== "same-origin") return;
  event.respondWith(
    fetch(request).then((response) => {
      if (response.status === 0 || response.type === "opaque") return response;
      const headers = new Headers(response.headers);
      headers.set("Cross-Origin-Opener-Policy", "same-origin");
      headers.set("Cross-Origin-Embedder-Policy", "require-corp");
      headers.set("Cross-Origin-Resource-Policy", "same-origin");
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
    }),
  );
});

// Vite plugin: serves Pyodide's runtime files and the micropip wheel unhashed
// under pyodide/ — emitted into the build output, and answered by a middleware
// in the dev and preview servers (preview would find them in dist/ anyway).
// In the dev server it can also serve an app bundle (see `appBundle` below).
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { MICROPIP_WHEEL, PYODIDE_DIR, pyodideAssetSources } from "./pyodide-files.js";
import { ensureMicropipWheel } from "./fetch-micropip.js";
import { contentType } from "../cli/mime.js";
import { buildAppBundle, resolveApp } from "../cli/appBundle.js";

export function pyodideAssets() {
  let sources;
  let resolved;
  // This middleware runs before Vite's own, so it sets the configured headers itself.
  const middleware = (headers) => (req, res, next) => {
    const match = /^\/pyodide\/([^/?#]+)/.exec(req.url ?? "");
    const file = match && sources.get(decodeURIComponent(match[1]));
    if (!file || !existsSync(file)) return next();
    for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
    res.setHeader("Content-Type", contentType(file));
    res.setHeader("Content-Length", statSync(file).size);
    createReadStream(file).pipe(res);
  };
  // `WASMLIT_APP=examples/counter/app.py npx vite` also serves that app's bundle,
  // so the page can be developed with Vite's dev server and hot reload.
  const appBundle = (req, res, next) => {
    if (!process.env.WASMLIT_APP || !(req.url ?? "").startsWith("/_wasmlit/app.json")) return next();
    const body = JSON.stringify(buildAppBundle(resolveApp(process.env.WASMLIT_APP)));
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    res.end(body);
  };
  return {
    name: "wasmlit-pyodide-assets",
    config() {
      // The page finds the wheel as new URL(`./pyodide/${name}`, document.baseURI).
      // The Pyodide version names the Cache Storage of its core files (worker/coreFileCache.js),
      // also for pages that keep them for sandboxed workers (web/boot/sandboxed-worker.js).
      const pyodideVersion = JSON.parse(readFileSync(`${PYODIDE_DIR}/package.json`, "utf8")).version;
      return {
        define: {
          __WASMLIT_MICROPIP_WHEEL__: JSON.stringify(MICROPIP_WHEEL),
          __WASMLIT_PYODIDE_VERSION__: JSON.stringify(pyodideVersion),
        },
      };
    },
    configResolved(config) {
      resolved = config;
      ensureMicropipWheel();
      sources = pyodideAssetSources();
    },
    generateBundle() {
      for (const [name, file] of sources) {
        this.emitFile({ type: "asset", fileName: `pyodide/${name}`, source: readFileSync(file) });
      }
    },
    configureServer(server) {
      server.middlewares.use(middleware(resolved.server.headers));
      server.middlewares.use(appBundle);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware(resolved.preview.headers));
    },
  };
}

// Vite plugin: serves Pyodide's runtime files, wasmlit's boot files and the
// micropip wheel under pyodide/ (scripts/pyodide-files.js) — emitted into the
// build output, and answered by a middleware in the dev and preview servers
// (preview would find them in dist/ anyway). In the dev server it can also
// serve an app bundle (see `appBundle` below).
//
// `vite build` makes the boot files first (scripts/boot/: bytecode and the
// memory snapshot, cached in vendor-cache/boot/) and tells the worker their
// names through `__WASMLIT_BOOT__`. The dev server skips that (the worker then
// boots from sources, without a snapshot).
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { MICROPIP_WHEEL, pyodideAssetSources, pyodideFolder } from "./pyodide-files.js";
import { ensureMicropipWheel } from "./fetch-micropip.js";
import { buildBootAssets, sourceOnlyRuntime } from "./boot/assets.js";
import { contentType } from "../cli/mime.js";
import { buildAppBundle, resolveApp } from "../cli/app-bundle.js";

export function pyodideAssets() {
  let sources;
  let resolved;
  /** name under pyodide/ -> () => bytes made on request (the dev server's runtime archive, from py/ as it is now) */
  const generated = new Map();
  // This middleware runs before Vite's own, so it sets the configured headers itself.
  const middleware = (headers) => (req, res, next) => {
    const match = /^\/pyodide\/([^?#]+)/.exec(req.url ?? "");
    const name = match && decodeURIComponent(match[1]);
    const file = name && sources.get(name);
    const bytes = name && generated.get(name)?.();
    if (!bytes && (!file || !existsSync(file))) return next();
    for (const [header, value] of Object.entries(headers ?? {})) res.setHeader(header, value);
    res.setHeader("Content-Type", contentType(name));
    if (bytes) return res.end(bytes);
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
    config(_, env) {
      sources = pyodideAssetSources();
      const folder = pyodideFolder();
      let manifest;
      if (env.command === "build" && !env.isPreview) {
        const boot = buildBootAssets({ log: (line) => console.log(line) });
        for (const warning of boot.warnings) console.warn(`\x1b[33mwasmlit: warning: ${warning}\x1b[0m`);
        manifest = boot.manifest;
        for (const entry of [manifest.stdlib, manifest.runtime, manifest.snapshot]) {
          if (entry) sources.set(`${folder}/${entry.file}`, path.join(boot.dir, entry.file));
        }
      } else {
        const runtime = sourceOnlyRuntime();
        generated.set(`${folder}/${runtime.file}`, () => sourceOnlyRuntime().bytes);
        manifest = { stdlib: null, runtime: { file: runtime.file }, snapshot: null };
      }
      const worker = {
        pyodideFolder: folder,
        buildId: manifest.buildId ?? null,
        stdlib: manifest.stdlib?.file ?? null,
        runtime: manifest.runtime.file,
        snapshot: manifest.snapshot ? { file: manifest.snapshot.file, bytes: manifest.snapshot.bytes } : null,
      };
      return {
        define: {
          // The page finds the wheel as new URL(`./pyodide/${name}`, document.baseURI).
          __WASMLIT_MICROPIP_WHEEL__: JSON.stringify(MICROPIP_WHEEL),
          __WASMLIT_BOOT__: JSON.stringify(worker),
          // Names the Cache Storage of Pyodide's big files (worker/wasm-cache.js), also for
          // pages that keep them for sandboxed workers (web/boot/sandboxed-worker.js).
          __WASMLIT_PYODIDE_VERSION__: JSON.stringify(folder),
        },
      };
    },
    configResolved(config) {
      resolved = config;
      ensureMicropipWheel();
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

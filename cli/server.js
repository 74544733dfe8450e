// `wasmlit serve`: dist/ plus a live `_wasmlit/app.json` (and `_wasmlit/changes`,
// the stream that tells open pages when the app's files change: cli/live-app.js),
// cross-origin isolated.
import { createReadStream, readFileSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { CHANGES_PATH, LiveApp } from "./live-app.js";
import { contentType } from "./mime.js";
import { APP_COMPONENTS_PATH, appComponentFile } from "./components.js";
import { PACKAGE_COMPONENTS_PATH, WHEELS_PATH } from "./packages.js";

const ISOLATION_HEADERS = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
};
// Missing files under these answer 404; any other unknown path is a page URL.
const RESERVED_PREFIXES = ["/assets/", "/pyodide/", "/_wasmlit/"];

/** index.html with <base href="/"> so its relative URLs resolve from the site root at any path. */
function indexHtml(distDir) {
  const html = readFileSync(path.join(distDir, "index.html"), "utf8");
  return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}\n    <base href="/" />`);
}

function fileIn(distDir, pathname) {
  const file = path.join(distDir, ...pathname.split("/").filter(Boolean));
  if (file !== distDir && !file.startsWith(distDir + path.sep)) return null;
  try {
    const stat = statSync(file);
    return stat.isFile() ? { file, stat } : null;
  } catch {
    return null;
  }
}

function send(req, res, status, headers, body) {
  res.writeHead(status, { ...res.baseHeaders, ...headers });
  res.end(req.method === "HEAD" ? undefined : body);
}

function sendText(req, res, status, type, text, extra = {}) {
  const body = Buffer.from(text);
  send(req, res, status, { "Content-Type": type, "Content-Length": body.length, ...extra }, body);
}

/**
 * Files whose URL changes whenever their content does: Vite's hashed assets/,
 * and pyodide/<version>/ (Pyodide's files and wasmlit's content-hashed boot
 * files). Browsers keep them without asking again, and Chromium keeps the
 * compiled wasm code beside the cached pyodide.asm.wasm. Everything else is
 * revalidated (ETag).
 */
export function isImmutablePath(pathname) {
  return pathname.startsWith("/assets/") || /^\/pyodide\/[^/]+\/[^/]+$/.test(pathname);
}

function sendFile(req, res, { file, stat }, pathname) {
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const headers = {
    "Content-Type": contentType(file),
    ETag: etag,
    "Last-Modified": stat.mtime.toUTCString(),
    "Cache-Control": isImmutablePath(pathname) ? "public, max-age=31536000, immutable" : "no-cache",
  };
  if (req.headers["if-none-match"] === etag) return send(req, res, 304, headers);
  res.writeHead(200, { ...res.baseHeaders, ...headers, "Content-Length": stat.size });
  if (req.method === "HEAD") return res.end();
  createReadStream(file).pipe(res);
}

/** `isolate`: send the cross-origin isolation headers (a running script can
 * then be interrupted); without them the page falls back to polling. */
/** `packages`: a PackageCache (cli/packages.js) that vendors the requirements. */
/** `live`: the LiveApp (cli/live-app.js) to serve; made from `app` and `config` when not given. */
/** `pyodidePackagesDir`: an extracted Pyodide distribution answering pyodide/<file> the site lacks. */
export function createHandler({
  distDir, app, config, isolate = true, packages = null, live = new LiveApp(app, config, { watch: false }),
  pyodidePackagesDir = null,
}) {
  const baseHeaders = isolate ? ISOLATION_HEADERS : {};
  return (req, res) => {
    res.baseHeaders = baseHeaders;
    if (req.method !== "GET" && req.method !== "HEAD") {
      return sendText(req, res, 405, "text/plain; charset=utf-8", "method not allowed\n", { Allow: "GET, HEAD" });
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    } catch {
      return sendText(req, res, 400, "text/plain; charset=utf-8", "bad request\n");
    }
    if (pathname === "/_wasmlit/app.json") {
      try {
        const json = live.appJson(packages ? (requirements) => packages.packagesFor(requirements) : null);
        return sendText(req, res, 200, "application/json; charset=utf-8", json, { "Cache-Control": "no-store" });
      } catch (error) {
        return sendText(req, res, 500, "text/plain; charset=utf-8", `could not read the app: ${error.message}\n`);
      }
    }
    if (pathname === `/${CHANGES_PATH}`) return live.changes.handle(req, res, baseHeaders);
    if (packages && pathname.startsWith(`/${WHEELS_PATH}/`)) {
      const file = packages.wheelFile(pathname.slice(WHEELS_PATH.length + 2));
      if (file) return sendFile(req, res, { file, stat: statSync(file) }, pathname);
    }
    // Custom component frontends: the app's own folders, and those of its wheels.
    if (pathname.startsWith(`/${APP_COMPONENTS_PATH}/`)) {
      const file = appComponentFile(app.appDir, pathname.slice(APP_COMPONENTS_PATH.length + 2));
      if (file) return sendFile(req, res, { file, stat: statSync(file) }, pathname);
    }
    if (packages && pathname.startsWith(`/${PACKAGE_COMPONENTS_PATH}/`)) {
      const file = packages.componentFile(pathname.slice(PACKAGE_COMPONENTS_PATH.length + 2));
      if (file) return sendFile(req, res, { file, stat: statSync(file) }, pathname);
    }
    const found = pathname === "/index.html" ? null : fileIn(distDir, pathname);
    if (found) return sendFile(req, res, found, pathname);
    if (pyodidePackagesDir && pathname.startsWith("/pyodide/")) {
      const fromDistribution = fileIn(pyodidePackagesDir, pathname.slice("/pyodide".length));
      if (fromDistribution) return sendFile(req, res, fromDistribution, pathname);
    }
    if (RESERVED_PREFIXES.some((prefix) => pathname.startsWith(prefix))) {
      return sendText(req, res, 404, "text/plain; charset=utf-8", `not found: ${pathname}\n`);
    }
    return sendText(req, res, 200, "text/html; charset=utf-8", indexHtml(distDir), { "Cache-Control": "no-cache" });
  };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server.address().port);
    });
  });
}

/**
 * Listens on `host` (default 127.0.0.1). For a loopback host it also listens
 * on ::1 at the same port, so http://localhost:N works whichever address
 * "localhost" resolves to first.
 */
export async function startServer({
  distDir, app, config, host = "127.0.0.1", port = 8501, isolate = true, packages = null, pyodidePackagesDir = null,
}) {
  const live = new LiveApp(app, config);
  const handler = createHandler({ distDir, app, config, isolate, packages, live, pyodidePackagesDir });
  const loopback = host === "127.0.0.1" || host === "localhost";
  const servers = [http.createServer(handler)];
  let actualPort;
  try {
    actualPort = await listen(servers[0], port, loopback ? "127.0.0.1" : host);
  } catch (error) {
    live.close();
    throw error;
  }
  if (loopback) {
    const v6 = http.createServer(handler);
    try {
      await listen(v6, actualPort, "::1");
      servers.push(v6);
    } catch {
      // no IPv6 loopback here: 127.0.0.1 is enough
    }
  }
  return {
    port: actualPort,
    close: () => {
      live.close(); // ends the change streams, which would keep the servers open
      return Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    },
  };
}

#!/usr/bin/env node
// wasmlit command line: serve an app locally, or build it as a static site.
import { readFileSync } from "node:fs";
import path from "node:path";
import { readRequirements, resolveApp } from "./app-bundle.js";
import { parseConfigOptions } from "./config.js";
import { ensureDist, PACKAGE_ROOT } from "./dist.js";
import { describePackages, PackageCache, pyodideVersion } from "./packages.js";
import { startServer } from "./server.js";
import { buildSite } from "./site.js";

const USAGE = `Usage:
  wasmlit serve [PATH] [--port N] [--host H] [--config key=value]... [--rebuild] [--no-isolation] [PACKAGE OPTIONS]
  wasmlit build [PATH] [--out SITE] [--config key=value]... [--rebuild] [--isolation-service-worker] [PACKAGE OPTIONS]
  wasmlit --version

PATH is the app's script, or a folder holding streamlit_app.py or app.py
(default: the current folder). The script's folder (modules, pages/,
.streamlit/, data files) goes with it; hidden folders, node_modules, virtual
environments, caches and earlier wasmlit sites stay out.
serve reruns open pages when the app's files change, as \`streamlit run\` does
(server.runOnSave, or the page's "Always rerun"); otherwise the page offers Rerun.
  --port N      port to listen on (default 8501, or the next free one; 0 picks any free one)
  --host H      address to listen on (default 127.0.0.1, also answers on localhost)
  --out SITE    folder for the static site (default ./site; left out of the app
                when it is inside the app's folder)
  --config k=v  a config option for the app, e.g. runner.enforceSerializableSessionState=true
  --rebuild     rebuild the page with Vite first (otherwise only when dist/ is missing)
  --isolation-service-worker  (build) for hosts that cannot send COOP/COEP headers
                (GitHub Pages): the page registers a service worker that adds them,
                reloading once on the first visit, so a busy script can be interrupted
  --no-isolation  serve without the cross-origin isolation headers (COOP/COEP), as a
                plain static host would: a CPU-bound script can then only be stopped
                by restarting Python

Packages: requirements.txt next to the script lists what the app needs. By default
each requirement and its dependencies are downloaded with pip as pure-Python wheels
into the site (_wasmlit/wheels/); the build fails when one has none. Packages that
Pyodide compiles itself (numpy, pandas, ...) are loaded from the Pyodide package
base URL instead.
  --find-links DIR   also look for wheels in DIR (repeatable; pip's --find-links)
  --no-index         only look in --find-links folders (pip's --no-index)
  --index-url URL    the package index pip downloads from (pip's --index-url)
  --package-index URL  do not vendor: the page installs the requirements at boot with
                     micropip from this index (JSON API or simple index URL; repeatable)
  --pyodide-packages-url URL  where the page loads Pyodide's own packages from: a
                     Pyodide distribution of the bundled version (default: the site's
                     pyodide/ folder, which holds only the packages shipped with it)
  --pyodide-packages DIR  the pyodide/ folder of a downloaded, extracted Pyodide
                     distribution (pyodide-VERSION.tar.bz2 of Pyodide's GitHub release):
                     build copies the Pyodide packages the app needs into the site's
                     pyodide/ folder; serve answers them from DIR`;

class UsageError extends Error {}

function parseArgs(argv) {
  const args = {
    command: null, positional: [], config: [], port: 8501, host: "127.0.0.1", out: "site",
    findLinks: [], packageIndex: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new UsageError(`${flag} needs a value`);
      return argv[++i];
    };
    if (flag === "--port") {
      args.port = Number(value());
      args.portGiven = true;
    }
    else if (flag === "--host") args.host = value();
    else if (flag === "--out") args.out = value();
    else if (flag === "--config") args.config.push(value());
    else if (flag === "--rebuild") args.rebuild = true;
    else if (flag === "--no-isolation") args.isolate = false;
    else if (flag === "--isolation-service-worker") args.isolationServiceWorker = true;
    else if (flag === "--find-links") args.findLinks.push(value());
    else if (flag === "--no-index") args.noIndex = true;
    else if (flag === "--index-url") args.indexURL = value();
    else if (flag === "--package-index") args.packageIndex.push(value());
    else if (flag === "--pyodide-packages-url") args.pyodideBaseURL = withSlash(value());
    else if (flag === "--pyodide-packages") args.pyodidePackagesDir = value();
    else if (flag === "--help" || flag === "-h" || (flag === "help" && args.command === null)) args.help = true;
    else if (flag === "--version" || flag === "-V") args.version = true;
    else if (flag.startsWith("-")) throw new UsageError(`unknown option ${flag}`);
    else if (args.command === null) args.command = arg;
    else args.positional.push(arg);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new UsageError("--port must be 0-65535");
  return args;
}

function packageVersion() {
  return JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")).version;
}

function withSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

/** @returns {import("./packages.js").PackageOptions} */
function packageOptions(args) {
  return {
    findLinks: args.findLinks, noIndex: Boolean(args.noIndex), indexURL: args.indexURL ?? null,
    packageIndex: args.packageIndex, pyodideBaseURL: args.pyodideBaseURL ?? null,
    pyodidePackagesDir: args.pyodidePackagesDir ? path.resolve(args.pyodidePackagesDir) : null,
  };
}

async function serve(args) {
  const app = resolveApp(args.positional[0] ?? ".");
  const distDir = ensureDist({ rebuild: args.rebuild });
  const config = parseConfigOptions(args.config);
  if (args.pyodidePackagesDir && args.pyodideBaseURL) {
    throw new UsageError("--pyodide-packages and --pyodide-packages-url exclude each other: give one");
  }
  // Resolved now, like a build would (and again whenever requirements.txt changes).
  const packages = new PackageCache(packageOptions(args));
  const resolved = packages.packagesFor(readRequirements(app.appDir));
  if (resolved.error) throw new Error(resolved.error);
  const server = await listenOnFreePort(args, (port) =>
    startServer({
      distDir, app, config, host: args.host, port, isolate: args.isolate !== false, packages,
      pyodidePackagesDir: args.pyodidePackagesDir ? path.resolve(args.pyodidePackagesDir) : null,
    }),
  );
  const shownHost = args.host === "127.0.0.1" ? "localhost" : args.host;
  console.log(`wasmlit: serving ${path.join(app.appDir, app.entrypoint)}`);
  console.log(`  Local URL: http://${shownHost}:${server.port}/`);
  if (args.host === "127.0.0.1") console.log(`  Also at:   http://127.0.0.1:${server.port}/`);
  for (const line of describePackages(resolved)) console.log(line);
  const stop = () => server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

/** As `streamlit run`: without --port, the next port is tried while one is in use. */
async function listenOnFreePort(args, start) {
  const tries = args.portGiven ? 1 : 100;
  for (let port = args.port, i = 0; ; port++, i++) {
    try {
      const server = await start(port);
      if (port !== args.port) console.log(`wasmlit: port ${args.port} is in use, so the app is served on ${port}`);
      return server;
    } catch (error) {
      if (error.code !== "EADDRINUSE") throw error;
      if (i + 1 >= tries) {
        throw new Error(`port ${port} is in use (another wasmlit or streamlit?): pass another --port N, or --port 0 for any free one`);
      }
    }
  }
}

function build(args) {
  const app = resolveApp(args.positional[0] ?? ".");
  const distDir = ensureDist({ rebuild: args.rebuild });
  const outDir = path.resolve(args.out);
  if (app.appDir === outDir || app.appDir.startsWith(outDir + path.sep)) {
    throw new UsageError(`--out ${args.out} would replace the app's own folder: choose another folder`);
  }
  const { files, packages, pages, warning, components } = buildSite({
    distDir, app, config: parseConfigOptions(args.config), outDir,
    isolationServiceWorker: Boolean(args.isolationServiceWorker), packageOptions: packageOptions(args),
  });
  console.log(`wasmlit: wrote ${outDir} (${files} app files, entrypoint ${app.entrypoint})`);
  if (warning) console.log(`wasmlit: ${warning}`);
  for (const line of describePackages(packages)) console.log(line);
  if (packages.requirements.length) console.log("  (the list is in _wasmlit/packages.json)");
  if (components.length) {
    console.log(`  custom component frontends of the app (_wasmlit/components/app/): ${components.map((f) => f || ".").join(", ")}`);
  }
  if (pages.length > 0) console.log(`  pages with their own URL: ${pages.map((name) => `${name}/`).join(", ")}`);
  console.log("  Serve it with any static file server. For a busy script to be interruptible the");
  console.log("  page must be cross-origin isolated: send COOP same-origin + COEP require-corp");
  console.log("  headers, or build with --isolation-service-worker where headers cannot be set.");
}

async function main(argv) {
  const args = parseArgs(argv);
  if (args.version) return console.log(`wasmlit ${packageVersion()} (Pyodide ${pyodideVersion()})`);
  if (args.help || !args.command) return console.log(USAGE);
  if (args.command !== "serve" && args.command !== "build") {
    throw new UsageError(`unknown command ${args.command} (the commands are serve and build)`);
  }
  if (args.positional.length > 1) throw new UsageError(`${args.command} takes one PATH, got ${args.positional.join(" ")}`);
  if (args.command === "serve") await serve(args);
  else build(args);
}

main(process.argv.slice(2)).catch((error) => {
  if (error instanceof UsageError) {
    const synopsis = USAGE.split("\n").slice(0, 4).join("\n");
    console.error(`wasmlit: ${error.message}\n\n${synopsis}\nRun \`wasmlit --help\` for every option.`);
    process.exit(2);
  }
  console.error(`wasmlit: ${error.message}`);
  process.exit(1);
});

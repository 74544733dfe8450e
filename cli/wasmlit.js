#!/usr/bin/env node
// wasmlit command line: serve an app locally, or build it as a static site.
import path from "node:path";
import { resolveApp } from "./appBundle.js";
import { parseConfigOptions } from "./config.js";
import { ensureDist } from "./dist.js";
import { startServer } from "./server.js";
import { buildSite } from "./site.js";

const USAGE = `Usage:
  wasmlit serve PATH [--port N] [--host H] [--config key=value]... [--rebuild] [--no-isolation]
  wasmlit build PATH [--out SITE] [--config key=value]... [--rebuild] [--isolation-service-worker]

PATH is the app's script, or a folder holding streamlit_app.py or app.py. The
script's folder (modules, pages/, .streamlit/, data files) goes with it.
  --port N      port to listen on (default 8501; 0 picks a free one)
  --host H      address to listen on (default 127.0.0.1, also answers on localhost)
  --out SITE    folder for the static site (default ./site)
  --config k=v  a config option for the app, e.g. runner.enforceSerializableSessionState=true
  --rebuild     rebuild the page with Vite first (otherwise only when dist/ is missing)
  --isolation-service-worker  (build) for hosts that cannot send COOP/COEP headers
                (GitHub Pages): the page registers a service worker that adds them,
                reloading once on the first visit, so a busy script can be interrupted
  --no-isolation  serve without the cross-origin isolation headers (COOP/COEP), as a
                plain static host would: a CPU-bound script can then only be stopped
                by restarting Python`;

function parseArgs(argv) {
  const args = { command: argv[0], positional: [], config: [], port: 8501, host: "127.0.0.1", out: "site" };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new Error(`${flag} needs a value`);
      return argv[++i];
    };
    if (flag === "--port") args.port = Number(value());
    else if (flag === "--host") args.host = value();
    else if (flag === "--out") args.out = value();
    else if (flag === "--config") args.config.push(value());
    else if (flag === "--rebuild") args.rebuild = true;
    else if (flag === "--no-isolation") args.isolate = false;
    else if (flag === "--isolation-service-worker") args.isolationServiceWorker = true;
    else if (flag === "--help" || flag === "-h") args.help = true;
    else if (flag.startsWith("-")) throw new Error(`unknown option ${flag}`);
    else args.positional.push(arg);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error("--port must be 0-65535");
  return args;
}

async function serve(args) {
  const app = resolveApp(args.positional[0]);
  const distDir = ensureDist({ rebuild: args.rebuild });
  const config = parseConfigOptions(args.config);
  const server = await startServer({
    distDir, app, config, host: args.host, port: args.port, isolate: args.isolate !== false,
  });
  const shownHost = args.host === "127.0.0.1" ? "localhost" : args.host;
  console.log(`wasmlit: serving ${path.join(app.appDir, app.entrypoint)}`);
  console.log(`  Local URL: http://${shownHost}:${server.port}/`);
  if (args.host === "127.0.0.1") console.log(`  Also at:   http://127.0.0.1:${server.port}/`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

function build(args) {
  const app = resolveApp(args.positional[0]);
  const distDir = ensureDist({ rebuild: args.rebuild });
  const outDir = path.resolve(args.out);
  const { files, pages } = buildSite({
    distDir, app, config: parseConfigOptions(args.config), outDir,
    isolationServiceWorker: Boolean(args.isolationServiceWorker),
  });
  console.log(`wasmlit: wrote ${outDir} (${files} app files, entrypoint ${app.entrypoint})`);
  if (pages.length > 0) console.log(`  pages with their own URL: ${pages.map((name) => `${name}/`).join(", ")}`);
  console.log("  Serve it with any static file server. For a busy script to be interruptible the");
  console.log("  page must be cross-origin isolated: send COOP same-origin + COEP require-corp");
  console.log("  headers, or build with --isolation-service-worker where headers cannot be set.");
}

async function main(argv) {
  const args = parseArgs(argv);
  if (args.help || !args.command) return console.log(USAGE);
  if (args.command !== "serve" && args.command !== "build") throw new Error(`unknown command ${args.command}`);
  if (args.positional.length !== 1) throw new Error(`${args.command} needs exactly one PATH`);
  if (args.command === "serve") await serve(args);
  else build(args);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`wasmlit: ${error.message}\n\n${USAGE}`);
  process.exit(2);
});

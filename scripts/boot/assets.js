// wasmlit's boot files, made once per build (`npm run build`) and kept in
// vendor-cache/boot/<key>/ so an unchanged runtime is not made again:
//   - wasmlit-stdlib-<hash>.zip    Pyodide's stdlib zip plus bytecode for what a boot imports
//   - wasmlit-runtime-<hash>.bin   wasmlit's Python runtime: sources and bytecode (worker/file-archive.js)
//   - wasmlit-snapshot-<hash>.bin  a memory snapshot of Pyodide after importing the runtime (gzipped)
// They are made by scripts/boot/make.mjs in a child Node with JSPI switched on
// (the Node running the build, or $WASMLIT_BOOT_NODE). A build where that
// fails still works: the worker then boots from the sources (and without a
// snapshot), and the build prints a warning. WASMLIT_SNAPSHOT=0 builds
// without a snapshot.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { packFiles } from "../../worker/file-archive.js";
import { PYODIDE_DIR, ROOT, VENDOR_CACHE } from "../pyodide-files.js";

const PY_DIR = path.join(ROOT, "py");
const HERE = path.join(ROOT, "scripts", "boot");
const CACHE_DIR = path.join(VENDOR_CACHE, "boot");
/** Apps run once while the build looks for the modules a boot imports. */
const WARMUP_APPS = [{ dir: path.join(ROOT, "examples", "counter"), entrypoint: "app.py" }];
/** Standard-library modules apps commonly import: in the snapshot and compiled, too. */
export const COMMON_MODULES = [
  "base64", "calendar", "collections", "copy", "csv", "dataclasses", "datetime", "decimal", "enum",
  "fractions", "functools", "hashlib", "html", "io", "itertools", "json", "math", "operator", "pathlib",
  "random", "re", "statistics", "string", "textwrap", "time", "traceback", "typing", "urllib.parse", "uuid",
  "zipfile",
];
/** The runtime's modules a boot uses besides what the warm-up apps import. */
export const BOOT_MODULES = ["wasmlit.boot.snapshot_fixups", "wasmlit.boot.wheels"];
/** Emscripten's program name in a browser (Node would use the script's path): sys.executable and $_ follow it. */
export const BROWSER_PROGRAM_NAME = "./this.program";
/** Node flags that switch JSPI on, newest first (Node 20 has the old API behind two flags). */
const JSPI_FLAGS = [[], ["--experimental-wasm-jspi"], ["--experimental-wasm-stack-switching", "--experimental-wasm-type-reflection"]];

/** Python files of the runtime shipped to the browser: py/**.py without tests and the CPython-only testing tools. */
export function runtimeSourceFiles() {
  const files = {};
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(PY_DIR, full).split(path.sep).join("/");
      if (entry.isDirectory()) {
        if (["tests", "__pycache__"].includes(entry.name) || relative === "wasmlit/testing") continue;
        walk(full);
      } else if (entry.name.endsWith(".py") && relative !== "wasmlit/pytest_plugin.py") {
        files[relative] = full;
      }
    }
  };
  walk(PY_DIR);
  return files;
}

/** The runtime archive without bytecode (dev server, or when Pyodide cannot run in Node). */
export function sourceOnlyRuntime() {
  const files = Object.entries(runtimeSourceFiles())
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([relative, file]) => [relative, new Uint8Array(readFileSync(file))]);
  const bytes = gzipSync(packFiles(files), { level: 9 });
  const digest = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  return { file: `wasmlit-runtime-${digest}.bin`, bytes, files: files.length };
}

function cacheKey(runtimeFiles, options) {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ options, node: process.versions.node.split(".")[0], common: COMMON_MODULES, boot: BOOT_MODULES, program: BROWSER_PROGRAM_NAME }));
  // Contents, not dates: `npm ci` writes the same files anew.
  for (const name of ["pyodide.asm.wasm", "pyodide.asm.mjs", "python_stdlib.zip", "package.json"]) {
    hash.update(name);
    hash.update(readFileSync(path.join(PYODIDE_DIR, name)));
  }
  for (const file of readdirSync(HERE).sort()) hash.update(readFileSync(path.join(HERE, file)));
  // The worker's modules that write the files (and check the snapshot in Node).
  for (const file of ["file-archive.js", "snapshot-pages.js", "snapshot-format.js", "snapshot-restore.js", "pyodide-module.js"]) {
    hash.update(readFileSync(path.join(ROOT, "worker", file)));
  }
  for (const [relative, file] of Object.entries(runtimeFiles).sort(([a], [b]) => (a < b ? -1 : 1))) {
    hash.update(relative);
    hash.update(readFileSync(file));
  }
  for (const app of WARMUP_APPS) hash.update(readFileSync(path.join(app.dir, app.entrypoint)));
  return hash.digest("hex").slice(0, 20);
}

/** The Node that runs Pyodide for the boot files. */
function bootNode() {
  return process.env.WASMLIT_BOOT_NODE || process.execPath;
}

/** The flags that give that Node JSPI, or null. */
function jspiFlags() {
  const probe = "process.exit(('Suspending' in WebAssembly || 'Suspender' in WebAssembly) ? 0 : 3)";
  for (const flags of JSPI_FLAGS) {
    const result = spawnSync(bootNode(), [...flags, "-e", probe], { stdio: "ignore" });
    if (result.status === 0) return flags;
  }
  return null;
}

/**
 * Makes (or finds in the cache) the boot files.
 * @returns {{dir: string, manifest: object, warnings: string[]}}
 *   manifest: {pyodideVersion, buildId, stdlib: {file,...}|null, runtime: {file,...}, snapshot: {file,...}|null}
 */
export function buildBootAssets({ snapshot = process.env.WASMLIT_SNAPSHOT !== "0", log = console.log } = {}) {
  const runtimeFiles = runtimeSourceFiles();
  const key = cacheKey(runtimeFiles, { snapshot, node: bootNode() });
  const dir = path.join(CACHE_DIR, key);
  const saved = path.join(dir, "manifest.json");
  if (existsSync(saved)) {
    const manifest = JSON.parse(readFileSync(saved, "utf8"));
    return { dir, manifest, warnings: manifest.warnings ?? [], cached: true };
  }
  const warnings = [];
  const flags = snapshot ? jspiFlags() : [];
  if (snapshot && flags === null) warnings.push(`${bootNode()} has no JSPI (or does not run): no memory snapshot is made`);
  const building = `${dir}.partial-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const job = {
    pyodideDir: PYODIDE_DIR,
    runtimeFiles,
    warmupApps: WARMUP_APPS,
    extraModules: [...COMMON_MODULES, ...BOOT_MODULES],
    outDir: building,
    sysExecutable: BROWSER_PROGRAM_NAME,
    snapshot: snapshot && flags !== null,
  };
  log("wasmlit: compiling the Python runtime to bytecode and making a memory snapshot (once per change)...");
  const started = Date.now();
  const result = spawnSync(bootNode(), [...(flags ?? []), path.join(HERE, "make.mjs"), JSON.stringify(job)], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lastLine = (result.stdout ?? "").trim().split("\n").at(-1) ?? "";
  let made = null;
  try {
    made = result.status === 0 ? JSON.parse(lastLine) : null;
  } catch {
    made = null;
  }
  if (!made) {
    rmSync(building, { recursive: true, force: true });
    const why = `${result.error?.message ?? ""}${(result.stderr ?? "").trim().split("\n").slice(-6).join("\n")}`;
    warnings.push(`Pyodide could not run in Node to make the boot files, so the site boots from sources, without a snapshot:\n${why}`);
    const runtime = sourceOnlyRuntime();
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, runtime.file), runtime.bytes);
    // Not cached: the next build tries again.
    return {
      dir,
      manifest: { stdlib: null, runtime: { file: runtime.file, bytes: runtime.bytes.length, files: runtime.files }, snapshot: null },
      warnings,
      cached: false,
    };
  }
  for (const line of (result.stderr ?? "").trim().split("\n")) if (line) log(`  ${line.replace(/^wasmlit boot files: /, "")}`);
  made.warnings = [...warnings, ...made.warnings];
  made.seconds = Math.round((Date.now() - started) / 100) / 10;
  writeFileSync(path.join(building, "manifest.json"), `${JSON.stringify(made, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  pruneCache(dir);
  return { dir, manifest: made, warnings: made.warnings, cached: false };
}

/** Keeps the newest few sets of boot files (each is ~10 MB). */
function pruneCache(keep, count = 3) {
  const entries = readdirSync(CACHE_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(CACHE_DIR, entry.name))
    .filter((dir) => dir !== keep && !dir.includes(".partial-"))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const dir of entries.slice(count - 1)) rmSync(dir, { recursive: true, force: true });
}

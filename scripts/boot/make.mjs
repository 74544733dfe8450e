// Makes wasmlit's boot files with Pyodide's own CPython, run in Node. Run by
// scripts/boot/assets.js in a child `node` with JSPI switched on (the memory
// snapshot must be made where JSPI exists: Pyodide fixes how run_sync works at
// start-up). Input: one JSON argument
//   { pyodideDir, runtimeFiles: {relative path: absolute file}, warmupApps: [{dir, entrypoint}],
//     extraModules: [name], outDir, sysExecutable, snapshot: bool }
// Output: the files in outDir and their description as JSON on the last line of stdout:
//   { pyodideVersion, buildId, stdlib: {file, bytes, pycs}, runtime: {file, bytes, files},
//     snapshot: {file, bytes, heapBytes, modules} | null, warnings: [] }
//
// 1. A first Pyodide (the npm package's stdlib, sources only) imports
//    wasmlit's runtime and runs the warm-up apps; the modules that loaded are
//    what a boot needs.
// 2. Those stdlib modules, and all of wasmlit's runtime, are compiled to
//    bytecode: a copy of the stdlib zip with `.pyc` beside those `.py`, and the
//    runtime's sources with their `__pycache__/*.pyc` in one archive.
// 3. A second Pyodide, started from that stdlib zip with `_makeSnapshot`,
//    imports the same modules and the `streamlit` alias (no app, no session:
//    nothing of one visitor) and its memory is saved: the snapshot.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { packFiles } from "../../worker/file-archive.js";
import { encodeSnapshotPages, readSnapshotPages } from "../../worker/snapshot-pages.js";
import { snapshotModuleFactory } from "../../worker/snapshot-restore.js";
import { initialBytes, wrapModuleFactory } from "../../worker/pyodide-module.js";
import { zeroFreeMemory } from "./free-memory.js";
import { checkSnapshot } from "./snapshot-check.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PRIVATE_CACHE_FILE_LIMIT = 6.25 * 1024 * 1024;
const job = JSON.parse(process.argv[2]);
const warnings = [];
const log = (message) => process.stderr.write(`wasmlit boot files: ${message}\n`);

const { loadPyodide, version } = await import(pathToFileURL(path.join(job.pyodideDir, "pyodide.mjs")).href);
const helperSource = readFileSync(path.join(HERE, "inside_pyodide.py"), "utf8");
const quiet = { stdout: () => {}, stderr: (line) => log(`python: ${line}`) };

function hashed(prefix, bytes, extension) {
  const digest = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  return `${prefix}-${digest}${extension}`;
}

function withHelpers(pyodide) {
  const helpers = pyodide.runPython(`
import types
_helpers = types.ModuleType("wasmlit_build_helpers")
exec(compile(${JSON.stringify(helperSource)}, "inside_pyodide.py", "exec"), _helpers.__dict__)
_helpers`);
  return helpers;
}

function writeRuntime(pyodide, files) {
  const sitePackages = pyodide.runPython("import os, sysconfig; os.path.realpath(sysconfig.get_path('purelib'))");
  for (const [relative, bytes] of files) {
    const target = `${sitePackages}/${relative}`;
    pyodide.FS.mkdirTree(target.slice(0, target.lastIndexOf("/")));
    pyodide.FS.writeFile(target, bytes);
  }
  pyodide.runPython("import importlib; importlib.invalidate_caches()");
  return sitePackages;
}

// ---- 1. what a boot imports ------------------------------------------------
const started = performance.now();
const sources = Object.entries(job.runtimeFiles)
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([relative, file]) => [relative, new Uint8Array(readFileSync(file))]);

const first = await loadPyodide({ indexURL: job.pyodideDir + "/", ...quiet });
const sitePackages = writeRuntime(first, sources);
const helpers = withHelpers(first);
first.runPython("import wasmlit.bridge\nfrom wasmlit.alias import install_streamlit_alias\ninstall_streamlit_alias()");
for (const app of job.warmupApps) {
  // Runs the app once as the worker would, so the modules its first run
  // imports lazily (elements, widgets, their stdlib) are found too.
  const appDir = `/tmp/warmup/${path.basename(app.dir)}`;
  first.FS.mkdirTree(appDir);
  first.FS.writeFile(`${appDir}/${app.entrypoint}`, readFileSync(path.join(app.dir, app.entrypoint)));
  const bridge = first.pyimport("wasmlit.bridge");
  try {
    const session = bridge.create_session(appDir, app.entrypoint, "{}", () => {}, null, false, null);
    session.handle_rerun(JSON.stringify({ widgets: {}, client: { timezone: "UTC", timezoneOffset: 0, locale: "en-US" } }));
    session.destroy();
  } catch (error) {
    warnings.push(`the warm-up run of ${app.entrypoint} failed: ${String(error).split("\n").slice(-2).join(" ")}`);
  } finally {
    bridge.destroy();
  }
}
const extraFailures = helpers.import_all(job.extraModules).toJs();
for (const [name, reason] of Object.entries(extraFailures)) warnings.push(`module ${name} not preloaded: ${reason}`);
const loadedProxy = helpers.loaded_modules([sitePackages + "/wasmlit/", helpers.STDLIB_ZIP_PREFIX]);
const loaded = loadedProxy.toJs();
const moduleNames = Object.keys(loaded).filter((name) => name !== "__main__" && !name.startsWith("__wasmlit")).sort();
const members = helpers.stdlib_members(loadedProxy).toJs();
log(`${moduleNames.length} modules load at boot (${members.length} from the stdlib zip)`);

// ---- 2. bytecode ------------------------------------------------------------
mkdirSync(job.outDir, { recursive: true });
helpers.write_stdlib_with_bytecode(helpers.STDLIB_ZIP_PREFIX.replace(/\/$/, ""), "/tmp/stdlib.zip", members);
const stdlibBytes = first.FS.readFile("/tmp/stdlib.zip");
const stdlibFile = hashed("wasmlit-stdlib", stdlibBytes, ".zip");
writeFileSync(path.join(job.outDir, stdlibFile), stdlibBytes);

const pycPaths = helpers.runtime_bytecode(sitePackages, sources.map(([relative]) => relative)).toJs();
const runtimeFiles = [...sources, ...pycPaths.map((relative) => [relative, first.FS.readFile(`${sitePackages}/${relative}`)])];
const runtimeBytes = gzipSync(packFiles(runtimeFiles), { level: 9 });
const runtimeFile = hashed("wasmlit-runtime", runtimeBytes, ".bin");
writeFileSync(path.join(job.outDir, runtimeFile), runtimeBytes);
const buildId = first._api.config.BUILD_ID;
log(`bytecode: ${members.length} stdlib modules, ${pycPaths.length} runtime modules (${((performance.now() - started) / 1000).toFixed(1)} s)`);

// ---- 3. the memory snapshot ------------------------------------------------
let snapshot = null;
if (job.snapshot) {
  try {
    snapshot = await makeSnapshot();
  } catch (error) {
    warnings.push(`no memory snapshot: ${error?.message ?? error}`);
  }
}

async function makeSnapshot() {
  if (!("Suspending" in WebAssembly || "Suspender" in WebAssembly)) {
    throw new Error("this Node has no JSPI (WebAssembly stack switching); the snapshot must be made with it");
  }
  let initialMemory = null;
  let layoutOk = false;
  const { default: createPyodideModule } = await import(pathToFileURL(path.join(job.pyodideDir, "pyodide.asm.mjs")).href);
  const second = await loadPyodide({
    indexURL: job.pyodideDir + "/",
    createPyodideModule: wrapModuleFactory(createPyodideModule, {
      keepInitialMemory: true,
      // (Called inside Pyodide's instantiation, which would swallow an error.)
      onInstantiated: (instance) => {
        layoutOk = zerosAfterData(instance);
      },
      adjust: (_, memory) => {
        initialMemory = memory;
      },
    }),
    // The npm package's own stdlib zip: the modules a boot needs are in the
    // snapshot already, so their bytecode would only add to the download.
    _makeSnapshot: true,
    _sysExecutable: job.sysExecutable,
    ...quiet,
  });
  if (!layoutOk) throw new Error("the wasm memory has data past its stack's start: this Pyodide's layout is not the one the snapshot expects");
  writeRuntime(second, runtimeFiles);
  const secondHelpers = withHelpers(second);
  second.runPython("import wasmlit.bridge\nfrom wasmlit.alias import install_streamlit_alias\ninstall_streamlit_alias()");
  const failed = secondHelpers.import_all(moduleNames).toJs();
  secondHelpers.destroy();
  for (const [name, reason] of Object.entries(failed)) warnings.push(`module ${name} is not in the snapshot: ${reason}`);
  second.runPython(`
import sys
sys.modules.pop("wasmlit_build_helpers", None)
for _name in [n for n in globals() if not n.startswith("__")]:
    del globals()[_name]
import gc
gc.collect()
del gc
`);
  const count = second.runPython("import sys; len(sys.modules)");
  // Freed memory's old bytes would be stored as changed pages: zeros are not.
  const free = zeroFreeMemory(second._module);
  const whole = second.makeMemorySnapshot();
  checkSnapshot(whole);
  // The restoring worker checks these against the files it boots with.
  const identity = { runtime: runtimeFile, stdlib: "python_stdlib.zip", pyodide: version };
  const bytes = encodeSnapshotPages(whole, initialMemory, identity);
  await checkRestore(createPyodideModule, bytes);
  const compressed = gzipSync(bytes, { level: 9 });
  // Chromium's in-memory HTTP cache (private windows) keeps no file over an eighth of its 50 MiB.
  if (compressed.length > PRIVATE_CACHE_FILE_LIMIT) {
    warnings.push(`the memory snapshot is ${(compressed.length / 1e6).toFixed(2)} MB gzipped: over the 6.25 MiB a private ` +
      "window's HTTP cache keeps, so private windows download it on every visit");
  }
  const file = hashed("wasmlit-snapshot", compressed, ".bin");
  writeFileSync(path.join(job.outDir, file), compressed);
  log(`memory snapshot: ${(whole.length / 1e6).toFixed(1)} MB heap, ${(bytes.length / 1e6).toFixed(1)} MB of changed pages, ` +
    `${(compressed.length / 1e6).toFixed(2)} MB gzipped, ${count} modules (${(free.freeBytes / 1e6).toFixed(1)} MB of free memory zeroed)`);
  return { file, bytes: compressed.length, pageBytes: bytes.length, heapBytes: whole.length, modules: count, identity };
}

/**
 * The worker keeps the initial memory only up to the end of the data segments
 * (worker/pyodide-module.js initialBytes) and takes the rest for zeros.
 */
function zerosAfterData(instance) {
  const memory = new Uint8Array(instance.exports.memory.buffer);
  const end = initialBytes(instance).length;
  const aligned = Math.ceil(end / 4) * 4;
  return !memory.subarray(end, aligned).some((b) => b !== 0) && !new Uint32Array(memory.buffer, aligned).some((w) => w !== 0);
}

/**
 * Restores the snapshot the way the worker does (worker/snapshot-restore.js)
 * and runs an app from it: a snapshot that does not come back is not shipped.
 */
async function checkRestore(createPyodideModule, bytes) {
  const parts = readSnapshotPages(bytes);
  const restored = await loadPyodide({
    indexURL: job.pyodideDir + "/",
    _loadSnapshot: bytes,
    createPyodideModule: snapshotModuleFactory(createPyodideModule, parts),
    ...quiet,
  });
  writeRuntime(restored, runtimeFiles);
  const app = job.warmupApps[0];
  restored.FS.mkdirTree("/tmp/check");
  restored.FS.writeFile(`/tmp/check/${app.entrypoint}`, readFileSync(path.join(app.dir, app.entrypoint)));
  const messages = [];
  const bridge = restored.pyimport("wasmlit.bridge");
  try {
    const session = bridge.create_session("/tmp/check", app.entrypoint, "{}", (text) => messages.push(JSON.parse(text)), null, false, null);
    session.handle_rerun(JSON.stringify({ widgets: {} }));
    session.destroy();
  } finally {
    bridge.destroy();
  }
  const finished = messages.find((msg) => msg.type === "runFinished");
  if (finished?.status !== "complete" || !messages.some((msg) => msg.type === "delta")) {
    throw new Error(`the restored snapshot did not run ${app.entrypoint}: ${JSON.stringify(messages).slice(0, 300)}`);
  }
}

const result = {
  pyodideVersion: version,
  buildId,
  stdlib: { file: stdlibFile, bytes: stdlibBytes.length, pycs: members.length },
  runtime: { file: runtimeFile, bytes: runtimeBytes.length, files: runtimeFiles.length },
  snapshot,
  warnings,
};
process.stdout.write(`\n${JSON.stringify(result)}\n`);
process.exit(0);

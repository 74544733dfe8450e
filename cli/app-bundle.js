// The app bundle served as `_wasmlit/app.json`: the entrypoint script's folder,
// recursively, as { entrypoint, files: {path: {text}|{base64}}, config, requirements }.
// What is not the app is left out: earlier wasmlit sites, node_modules, version
// control, virtual environments, Python and tool caches (see skippedDir).
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";

const SKIPPED_DIRS = new Set(["__pycache__", "node_modules", "venv", "site-packages"]);
const SKIPPED_FILES = new Set([".DS_Store", "Thumbs.db"]);
const ENTRYPOINT_NAMES = ["streamlit_app.py", "app.py"];

/** PATH (a script, or a folder holding streamlit_app.py / app.py; default ".") -> {appDir, entrypoint}. */
export function resolveApp(appPath = ".") {
  const absolute = path.resolve(appPath);
  if (!existsSync(absolute)) throw new Error(`no such file or folder: ${appPath}`);
  if (statSync(absolute).isDirectory()) {
    const name = ENTRYPOINT_NAMES.find((n) => existsSync(path.join(absolute, n)));
    if (!name) {
      const shown = appPath === "." ? "this folder" : appPath;
      throw new Error(
        `${shown} holds neither ${ENTRYPOINT_NAMES.join(" nor ")}: name the app's script (wasmlit serve my_app.py) ` +
          `or write an app.py`,
      );
    }
    return { appDir: absolute, entrypoint: name };
  }
  return { appDir: path.dirname(absolute), entrypoint: path.basename(absolute) };
}

/**
 * Why a folder of the app is not part of it (null: it is). `full` is its
 * absolute path, `exclude` absolute folders left out as well (a build's output).
 */
export function skippedDir(name, full, exclude = []) {
  if (name.startsWith(".") && name !== ".streamlit") return "hidden";
  if (SKIPPED_DIRS.has(name) || name.endsWith(".egg-info")) return name;
  if (exclude.some((dir) => full === dir)) return "the build's output";
  // A virtual environment (venv, virtualenv, conda) under any name.
  if (existsSync(path.join(full, "pyvenv.cfg")) || existsSync(path.join(full, "conda-meta"))) return "a virtual environment";
  // A site written by `wasmlit build`: bundling it would snowball.
  if (existsSync(path.join(full, "_wasmlit", "app.json"))) return "a wasmlit site";
  return null;
}

function skippedFile(name) {
  return SKIPPED_FILES.has(name) || name.endsWith(".pyc") || name.endsWith(".pyo");
}

/**
 * The app's files, sorted by relative POSIX path: [{rel, full, stat}], and the
 * folders walked (absolute, the app folder first). `exclude`: absolute folders to leave out.
 */
export function walkAppFolder(appDir, { exclude = [] } = {}) {
  const files = [];
  const dirs = [];
  const seen = new Set(); // real paths of the folders walked (a symlink loop is walked once)
  const walk = (dir, prefix) => {
    const real = realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    dirs.push(dir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // removed while walking
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      const stat = entry.isDirectory() || entry.isFile() || entry.isSymbolicLink() ? statOrNull(full) : null;
      if (!stat) continue;
      if (stat.isDirectory()) {
        if (!skippedDir(entry.name, full, exclude)) walk(full, rel);
      } else if (stat.isFile() && !skippedFile(entry.name)) {
        files.push({ rel, full, stat });
      }
    }
  };
  walk(appDir, "");
  return { files, dirs };
}

/** Relative POSIX paths of the app's files, sorted. */
export function listAppFiles(appDir, options = {}) {
  return walkAppFolder(appDir, options).files.map((file) => file.rel);
}

function statOrNull(file) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

function realpath(file) {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** File content as {text} when it is UTF-8 text, else {base64}. */
export function encodeFile(bytes) {
  if (!bytes.includes(0)) {
    try {
      return { text: utf8.decode(bytes) };
    } catch {
      // not UTF-8: binary
    }
  }
  return { base64: Buffer.from(bytes).toString("base64") };
}

/** Requirement lines of requirements text, without comments, pip options and streamlit itself. */
export function parseRequirements(text) {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
    .filter((line) => line && !line.startsWith("-"))
    .filter((line) => !/^streamlit\s*([<>=!~;[@ ]|$)/i.test(line));
}

/**
 * Requirement lines of requirements.txt next to the entrypoint, without
 * comments, pip options and streamlit itself (wasmlit stands in for it).
 */
export function readRequirements(appDir) {
  const file = path.join(appDir, "requirements.txt");
  if (!existsSync(file)) return [];
  return parseRequirements(readFileSync(file, "utf8"));
}

/** Reads the app folder now. `exclude`: absolute folders to leave out. */
export function buildAppBundle({ appDir, entrypoint }, config = {}, { exclude = [] } = {}) {
  const files = {};
  for (const { rel, full } of walkAppFolder(appDir, { exclude }).files) {
    files[rel] = encodeFile(readFileSync(full));
  }
  return { entrypoint, files, config, requirements: readRequirements(appDir) };
}

/** Bundles above this many bytes of files slow every boot down noticeably. */
export const LARGE_BUNDLE_BYTES = 5 * 1024 * 1024;

/** Bytes a bundle entry stands for (the file's own size). */
function entryBytes(entry) {
  if (typeof entry.text === "string") return Buffer.byteLength(entry.text);
  return Math.floor((entry.base64.length * 3) / 4);
}

/**
 * A warning for a bundle whose files add up to more than `limit` bytes, naming
 * the largest ones, or null.
 */
export function largeBundleWarning(files, { limit = LARGE_BUNDLE_BYTES, appDir = null } = {}) {
  /** @type {[string, number][]} */
  const sizes = Object.entries(files).map(([rel, entry]) => [rel, entryBytes(entry)]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  if (total <= limit) return null;
  const largest = sizes.sort((a, b) => b[1] - a[1]).slice(0, 5);
  const where = appDir ? ` (${appDir})` : "";
  return [
    `warning: the app's files add up to ${humanSize(total)}; every visit downloads all of them before the app starts.`,
    `  largest files${where}:`,
    ...largest.map(([rel, size]) => `    ${humanSize(size).padStart(9)}  ${rel}`),
    "  Move what the app does not read out of its folder (wasmlit ships the script's whole folder,",
    "  without hidden folders, node_modules, virtual environments, caches and earlier builds).",
  ].join("\n");
}

export function humanSize(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

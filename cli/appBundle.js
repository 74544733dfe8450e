// The app bundle served as `_wasmlit/app.json`: the entrypoint script's folder,
// recursively, as { entrypoint, files: {path: {text}|{base64}}, config, requirements }.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const SKIPPED_DIRS = new Set(["__pycache__", "node_modules", ".git", ".venv", "venv"]);
const ENTRYPOINT_NAMES = ["streamlit_app.py", "app.py"];

/** PATH (a script, or a folder holding streamlit_app.py / app.py) -> {appDir, entrypoint}. */
export function resolveApp(appPath) {
  const absolute = path.resolve(appPath);
  if (!existsSync(absolute)) throw new Error(`no such file or folder: ${appPath}`);
  if (statSync(absolute).isDirectory()) {
    const name = ENTRYPOINT_NAMES.find((n) => existsSync(path.join(absolute, n)));
    if (!name) throw new Error(`${appPath} holds neither ${ENTRYPOINT_NAMES.join(" nor ")}`);
    return { appDir: absolute, entrypoint: name };
  }
  return { appDir: path.dirname(absolute), entrypoint: path.basename(absolute) };
}

/** Relative POSIX paths of the app's files, sorted. */
export function listAppFiles(appDir) {
  const files = [];
  const walk = (dir, prefix) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skipDir(entry.name)) walk(full, rel);
      } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(full))) {
        if (!entry.name.endsWith(".pyc")) files.push(rel);
      }
    }
  };
  walk(appDir, "");
  return files;
}

function skipDir(name) {
  return SKIPPED_DIRS.has(name) || (name.startsWith(".") && name !== ".streamlit");
}

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
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

/**
 * Requirement lines of requirements.txt next to the entrypoint, without
 * comments, pip options and streamlit itself (wasmlit stands in for it).
 */
export function readRequirements(appDir) {
  const file = path.join(appDir, "requirements.txt");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
    .filter((line) => line && !line.startsWith("-"))
    .filter((line) => !/^streamlit\s*([<>=!~;[@ ]|$)/i.test(line));
}

/** Reads the app folder now (call it per request so edits show on reload). */
export function buildAppBundle({ appDir, entrypoint }, config = {}) {
  const files = {};
  for (const rel of listAppFiles(appDir)) {
    files[rel] = encodeFile(readFileSync(path.join(appDir, ...rel.split("/"))));
  }
  return { entrypoint, files, config, requirements: readRequirements(appDir) };
}

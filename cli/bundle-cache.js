// `wasmlit serve`'s app bundle, kept current without re-reading the folder on
// every page load: each check walks the app folder and compares the files'
// size and times with the last check; only new or touched files are read, and
// the revision (and the JSON the server sends) changes only when a file's
// content, or the set of files, did.
import { readFileSync } from "node:fs";
import { encodeFile, parseRequirements, walkAppFolder } from "./app-bundle.js";

function statKey(stat) {
  return `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
}

function sameEntry(a, b) {
  return Boolean(a && b) && a.text === b.text && a.base64 === b.base64;
}

export class AppBundleCache {
  /**
   * @param {{appDir: string, entrypoint: string}} app
   * @param {object} config the bundle's config (--config options)
   * @param {{exclude?: string[]}} options absolute folders to leave out
   */
  constructor(app, config = {}, { exclude = [] } = {}) {
    this.app = app;
    this.config = config;
    this.exclude = exclude;
    this.revision = 0;
    /** rel -> {key, entry} of the last check */
    this.known = new Map();
    this.files = {};
    /** The folders walked by the last check (a watcher watches them). */
    this.dirs = [];
    this.json = null;
  }

  /**
   * Checks the folder. Returns {revision, changed: string[], removed: string[]}:
   * the files whose content is new since the previous check (all of them the first time).
   */
  refresh() {
    const { files: found, dirs } = walkAppFolder(this.app.appDir, { exclude: this.exclude });
    this.dirs = dirs;
    const known = new Map();
    const files = {};
    const changed = [];
    for (const { rel, full, stat } of found) {
      const key = statKey(stat);
      const before = this.known.get(rel);
      let entry = before?.key === key ? before.entry : null;
      if (!entry) {
        try {
          entry = encodeFile(readFileSync(full));
        } catch {
          continue; // removed since the walk
        }
        if (!sameEntry(entry, before?.entry)) changed.push(rel);
      }
      known.set(rel, { key, entry });
      files[rel] = entry;
    }
    const removed = [...this.known.keys()].filter((rel) => !known.has(rel));
    this.known = known;
    this.files = files;
    if (changed.length || removed.length || this.revision === 0) {
      this.revision += 1;
      this.json = null;
    }
    return { revision: this.revision, changed, removed };
  }

  /** The bundle as of the last check: {entrypoint, files, config, requirements}. */
  bundle() {
    const requirementsFile = this.files["requirements.txt"];
    const requirements = typeof requirementsFile?.text === "string" ? parseRequirements(requirementsFile.text) : [];
    return { entrypoint: this.app.entrypoint, files: this.files, config: this.config, requirements };
  }

  /** The bundle's JSON text with `extra` fields, made once per revision and `extra`. */
  jsonWith(extra = {}) {
    const key = `${this.revision}|${JSON.stringify(extra)}`;
    if (this.json?.key !== key) this.json = { key, text: JSON.stringify({ ...this.bundle(), ...extra }) };
    return this.json.text;
  }
}

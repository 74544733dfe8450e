// The app `wasmlit serve` serves, kept current while it runs: its bundle
// (cli/bundle-cache.js, read again only when files change), a watcher on its
// folders (cli/watch.js) and the change stream that tells open pages about new
// revisions (cli/change-stream.js). A page load, the watcher and the stream all
// go through check(), so a change is read once and announced once, whichever
// notices it first.
import { AppBundleCache } from "./bundle-cache.js";
import { ChangeStream } from "./change-stream.js";
import { largeBundleWarning } from "./app-bundle.js";
import { watchFolders } from "./watch.js";

export const CHANGES_PATH = "_wasmlit/changes";

export class LiveApp {
  /**
   * @param {{appDir: string, entrypoint: string}} app
   * @param {object} config
   * @param {{watch?: boolean, log?: (line: string) => void}} options
   *   watch: follow the folder and announce changes (off: the bundle is still
   *   checked on each page load)
   */
  constructor(app, config = {}, { watch = true, log = (line) => console.error(line) } = {}) {
    this.app = app;
    this.log = log;
    this.bundles = new AppBundleCache(app, config);
    this.changes = new ChangeStream();
    this.warnedLarge = false;
    this.check();
    this.watcher = watch ? watchFolders(() => this.bundles.dirs, () => this.check(), { warn: log }) : null;
  }

  /** Reads what changed in the folder; announces a new revision. */
  check() {
    const before = this.bundles.revision;
    const { revision, changed, removed } = this.bundles.refresh();
    if (revision === before) return;
    if (before > 0 && (changed.includes("requirements.txt") || removed.includes("requirements.txt"))) {
      this.log("wasmlit: requirements.txt changed: the packages are resolved again for the next page load (reload the page to install them)");
    }
    const warning = largeBundleWarning(this.bundles.files, { appDir: this.app.appDir });
    if (warning && !this.warnedLarge) this.log(`wasmlit: ${warning}`);
    this.warnedLarge = Boolean(warning);
    this.changes.publish(revision);
  }

  /** `_wasmlit/app.json`: the current bundle, with the packages field from `packagesFor(requirements)`. */
  appJson(packagesFor = null) {
    this.check();
    // sourceDir: the folder's real path, which the page's tracebacks show (as `streamlit run` does).
    const extra = { dev: { changes: CHANGES_PATH, revision: this.bundles.revision, sourceDir: this.app.appDir } };
    if (packagesFor) extra.packages = packagesFor(this.bundles.bundle().requirements);
    return this.bundles.jsonWith(extra);
  }

  close() {
    this.watcher?.close();
    this.changes.close();
  }
}

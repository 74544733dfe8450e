// `wasmlit build`: a static site = dist/ + _wasmlit/app.json, relative URLs only
// (+ the vendored wheels and the custom component frontends under _wasmlit/).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildAppBundle, largeBundleWarning } from "./app-bundle.js";
import { copyAppComponents } from "./components.js";
import { pagePaths } from "./page-paths.js";
import { vendorPackages } from "./packages.js";

/** Empties `outDir` if it is new, empty or an earlier wasmlit site; refuses otherwise. */
function prepareOutDir(outDir) {
  if (existsSync(outDir)) {
    const earlier = existsSync(path.join(outDir, "_wasmlit", "app.json"));
    if (!earlier && readdirSync(outDir).length > 0) {
      throw new Error(`${outDir} exists and is not an earlier wasmlit site: refusing to overwrite it`);
    }
    rmSync(outDir, { recursive: true, force: true });
  }
  mkdirSync(outDir, { recursive: true });
}

/** Marks the site's page to register the isolation service worker (web/boot/isolation.js). */
function enableIsolationServiceWorker(outDir) {
  const index = path.join(outDir, "index.html");
  const html = readFileSync(index, "utf8").replace(
    /<head(\s[^>]*)?>/i,
    (head) => `${head}\n    <meta name="wasmlit-isolation" content="service-worker" />`,
  );
  writeFileSync(index, html);
}

/**
 * Writes the site. The requirements are resolved first (into a scratch folder),
 * so a requirement that cannot be installed fails the build before `outDir` is touched.
 * @param {{distDir: string, app: {appDir: string, entrypoint: string}, config: object, outDir: string,
 *          isolationServiceWorker?: boolean,
 *          packageOptions?: import("./packages.js").PackageOptions}} options
 */
export function buildSite({ distDir, app, config, outDir, isolationServiceWorker = false, packageOptions = {} }) {
  // The output never goes into the app (an earlier site is left out by its own marker, too).
  const bundle = buildAppBundle(app, config, { exclude: [outDir] });
  const scratch = mkdtempSync(path.join(os.tmpdir(), "wasmlit-site-"));
  try {
    bundle.packages = vendorPackages(bundle.requirements, scratch, packageOptions);
    prepareOutDir(outDir);
    cpSync(distDir, outDir, { recursive: true });
    cpSync(scratch, outDir, { recursive: true });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (isolationServiceWorker) enableIsolationServiceWorker(outDir);
  const components = copyAppComponents(app.appDir, Object.keys(bundle.files), outDir);
  mkdirSync(path.join(outDir, "_wasmlit"), { recursive: true });
  writeFileSync(path.join(outDir, "_wasmlit", "app.json"), JSON.stringify(bundle));
  // What the site holds, for people and tools (the page reads app.json).
  writeFileSync(path.join(outDir, "_wasmlit", "packages.json"), `${JSON.stringify(bundle.packages, null, 2)}\n`);
  const pages = writePageCopies(outDir, pagePaths(bundle.entrypoint, bundle.files));
  const warning = largeBundleWarning(bundle.files, { appDir: app.appDir });
  return { files: Object.keys(bundle.files).length, packages: bundle.packages, pages, warning, components };
}

/**
 * A copy of index.html at <page>/index.html for each page of a multipage app,
 * with <base href="../"> so its relative URLs still reach the site's root.
 * Names that clash with the site's own files are skipped.
 */
function writePageCopies(outDir, names) {
  const index = readFileSync(path.join(outDir, "index.html"), "utf8");
  const copy = index.replace(/<head(\s[^>]*)?>/i, (head) => `${head}\n    <base href="../" />`);
  const written = [];
  for (const name of names) {
    const folder = path.join(outDir, name);
    if (existsSync(folder)) continue;
    mkdirSync(folder);
    writeFileSync(path.join(folder, "index.html"), copy);
    written.push(name);
  }
  return written;
}

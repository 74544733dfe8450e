// The app's requirements, made ready for an offline boot: pure-Python wheels are
// downloaded with pip (cli/resolve_wheels.py) into a wheelhouse that the site
// serves under _wasmlit/wheels/, and the app bundle's `packages` field says what
// the worker installs from where:
//   { requirements: string[] (what was resolved), wheels: {name, version, file}[]
//       (files under _wasmlit/wheels/), pyodide: {name, version, file, shipped}[]
//       (Pyodide's compiled packages, loaded from the Pyodide package base URL;
//       `shipped`: the site's own pyodide/ folder holds the file),
//     pyodideVersion, python, indexURLs: string[]|null (online: micropip installs
//       the requirements from these indexes instead; no wheelhouse),
//     pyodideBaseURL: string|null (null: the site's pyodide/ folder),
//     pyodideSource: "url"|"folder"|null (where Pyodide's packages come from:
//       --pyodide-packages-url, --pyodide-packages, or nowhere),
//     pyodideLockFile: string|null (a lock file in the site's pyodide/ folder that
//       the page loads Pyodide with: the npm package's lock merged with the one of
//       --pyodide-packages DIR when DIR adds packages; null: pyodide-lock.json),
//     components: {wheel, folder}[] (custom component frontends found in the wheels,
//       extracted under _wasmlit/components/site-packages/<folder>/),
//     error?: string (serve only: the requirements could not be resolved) }
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cacheDir, lockFile, pyodideVersion } from "./pyodide-files.js";
import { PACKAGE_ROOT } from "./dist.js";
import { howToGetPyodidePackages } from "./pyodide-distribution.js";
import { copyDistributionPackages, distributionLock } from "./pyodide-lock.js";

export { pyodideVersion };
export const WHEELS_PATH = "_wasmlit/wheels";
// Where the wheels' custom component frontends go (py/wasmlit/components/frontend_urls.py).
export const PACKAGE_COMPONENTS_PATH = "_wasmlit/components/site-packages";
// Bumped when what a resolution writes changes, so `serve` resolves cached wheelhouses again.
const WHEELHOUSE_LAYOUT = 2;
const RESOLVER = path.join(PACKAGE_ROOT, "cli", "resolve_wheels.py");

/**
 * Package options from the command line.
 * @typedef {{findLinks?: string[], indexURL?: string|null, noIndex?: boolean,
 *            packageIndex?: string[]|null, pyodideBaseURL?: string|null,
 *            pyodidePackagesDir?: string|null}} PackageOptions
 *   findLinks / indexURL / noIndex: where the build's pip looks for wheels;
 *   packageIndex: install at boot from these indexes (online) instead of vendoring;
 *   pyodideBaseURL: where the page loads Pyodide's own packages from;
 *   pyodidePackagesDir: a Pyodide distribution folder to copy chosen packages from.
 */

function pipArgs(options) {
  const args = [];
  if (options.noIndex) args.push("--no-index");
  if (options.indexURL) args.push("--index-url", options.indexURL);
  for (const dir of options.findLinks ?? []) args.push("--find-links", path.resolve(dir));
  return args;
}

/** Runs the resolver: downloads the wheels into `dest`; throws with every problem listed. */
export function resolveRequirements(requirements, dest, options = {}, componentsDest = null, lock = lockFile()) {
  const job = { requirements, lockFile: lock, dest, pip: pipArgs(options), componentsDest };
  const python = process.env.PYTHON || "python3";
  const result = spawnSync(python, [RESOLVER], {
    input: JSON.stringify(job), encoding: "utf8", maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`could not run ${python} (needed to download the app's wheels): ${result.error.message}`);
  if (result.status !== 0) {
    const problems = (result.stderr || "the resolver failed without a message").trim().split("\n");
    throw new Error(
      `the app's requirements cannot be installed in the browser:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
  }
  return JSON.parse(result.stdout);
}

function readLock(file = lockFile()) {
  return JSON.parse(readFileSync(file, "utf8"));
}

function missingFromDistribution(file) {
  return (
    `${file} is missing: --pyodide-packages must be the folder of an extracted Pyodide ` +
    `${pyodideVersion()} distribution (the pyodide/ folder of pyodide-${pyodideVersion()}.tar.bz2, which ` +
    `holds pyodide-lock.json and the package files)`
  );
}

/**
 * For `wasmlit serve --pyodide-packages DIR`: `packages` with each Pyodide
 * package marked shipped (the server answers pyodide/<file> from DIR).
 * Throws when DIR lacks one of them.
 */
export function withPackagesFrom(packages, dir) {
  if (!dir || packages.error) return packages;
  const pyodide = packages.pyodide.map((p) => {
    const file = path.join(dir, p.file);
    if (!existsSync(file)) throw new Error(missingFromDistribution(file));
    return { ...p, shipped: true };
  });
  return { ...packages, pyodide, pyodideSource: packages.pyodideSource ?? "folder" };
}

/** The bundle's `packages` field from a resolution. */
function manifest(requirements, resolution, options, shipped = new Set(), pyodideLockFile = null) {
  return {
    requirements,
    pyodideVersion: pyodideVersion(),
    python: resolution.python ?? null,
    wheels: (resolution.wheels ?? []).map(({ name, version, file, sha256 }) => ({ name, version, file, sha256 })),
    pyodide: (resolution.pyodide ?? []).map(({ name, version, file }) => ({
      name, version, file, shipped: shipped.has(name.toLowerCase()),
    })),
    indexURLs: options.packageIndex?.length ? options.packageIndex : null,
    pyodideBaseURL: options.pyodideBaseURL ?? null,
    pyodideSource: options.pyodideBaseURL ? "url" : options.pyodidePackagesDir ? "folder" : null,
    pyodideLockFile,
    components: resolution.components ?? [],
  };
}

/**
 * For `wasmlit build`: vendors the wheels into SITE/_wasmlit/wheels/ (and chosen
 * Pyodide packages into SITE/pyodide/); returns the `packages` field. Throws
 * when a requirement has no pure-Python wheel.
 */
export function vendorPackages(requirements, siteDir, options = {}) {
  if (options.packageIndex?.length) return manifest(requirements, {}, options);
  if (requirements.length === 0) return manifest(requirements, {}, options);
  const pyodideDir = path.join(siteDir, "pyodide");
  let lock = null;
  let lockName = null;
  let lockPath = lockFile();
  if (options.pyodidePackagesDir) {
    // The distribution's packages join the lock the requirements are resolved with.
    const merged = distributionLock(path.resolve(options.pyodidePackagesDir), readLock(), pyodideVersion());
    lock = merged.lock;
    if (merged.added.length || merged.replaced.length) {
      const text = JSON.stringify(lock);
      lockName = `pyodide-lock-${createHash("sha256").update(text).digest("hex").slice(0, 12)}.json`;
      mkdirSync(pyodideDir, { recursive: true });
      lockPath = path.join(pyodideDir, lockName);
      writeFileSync(lockPath, text);
    }
  }
  const resolution = resolveRequirements(requirements, path.join(siteDir, ...WHEELS_PATH.split("/")), options,
    path.join(siteDir, ...PACKAGE_COMPONENTS_PATH.split("/")), lockPath);
  let shipped = new Set();
  if (lock && resolution.pyodide.length > 0) {
    shipped = copyDistributionPackages(resolution.pyodide.map((p) => p.name), path.resolve(options.pyodidePackagesDir),
      pyodideDir, lock, missingFromDistribution);
  }
  return manifest(requirements, resolution, options, shipped, lockName);
}

/** What a build or serve prints about the packages. */
export function describePackages(packages) {
  const lines = [];
  if (packages.indexURLs) {
    if (packages.requirements.length) {
      lines.push(`  requirements installed at boot from ${packages.indexURLs.join(", ")}: ${packages.requirements.join(", ")}`);
    }
  } else if (packages.wheels.length) {
    lines.push(`  wheelhouse (${WHEELS_PATH}/): ${packages.wheels.map((w) => `${w.name} ${w.version}`).join(", ")}`);
  }
  if (packages.components?.length) {
    lines.push(`  custom component frontends (${PACKAGE_COMPONENTS_PATH}/): ${packages.components.map((c) => c.folder).join(", ")}`);
  }
  const missing = packages.pyodide.filter((p) => !p.shipped);
  const shipped = packages.pyodide.filter((p) => p.shipped);
  if (shipped.length) lines.push(`  Pyodide packages shipped in pyodide/: ${shipped.map((p) => `${p.name} ${p.version}`).join(", ")}`);
  if (packages.pyodideLockFile) lines.push(`  Pyodide lock file with the distribution's packages: pyodide/${packages.pyodideLockFile}`);
  if (missing.length) {
    const where = packages.pyodideBaseURL ?? "the site's pyodide/ folder, which does NOT hold them";
    lines.push(
      `  Pyodide packages loaded at boot from ${where}: ${missing.map((p) => `${p.name} ${p.version}`).join(", ")}`,
    );
    if (!packages.pyodideBaseURL) {
      lines.push(`  The app will not start like this. ${howToGetPyodidePackages(packages.pyodideVersion)}`);
    }
  }
  return lines;
}

/**
 * For `wasmlit serve`: resolves into a cache folder per set of requirements and
 * options, reused across restarts (no pip run when nothing changed).
 */
export class PackageCache {
  constructor(options = {}, cacheRoot = path.join(cacheDir(), "wheelhouses")) {
    this.options = options;
    this.cacheRoot = cacheRoot;
    this.current = null; // {key, dir, packages}
  }

  /** The `packages` field for these requirements; {error} instead of throwing. */
  packagesFor(requirements) {
    const packages = this.#resolved(requirements);
    if (packages.error) return packages;
    // Where Pyodide's packages come from is today's option, whatever the cached resolution says.
    const options = this.options;
    const current = {
      ...packages,
      pyodideBaseURL: options.pyodideBaseURL ?? null,
      pyodideSource: options.pyodideBaseURL ? "url" : options.pyodidePackagesDir ? "folder" : null,
    };
    try {
      return withPackagesFrom(current, options.pyodideBaseURL ? null : options.pyodidePackagesDir);
    } catch (error) {
      return { ...current, error: error.message };
    }
  }

  #resolved(requirements) {
    const key = createHash("sha256")
      .update(JSON.stringify([requirements, pipArgs(this.options), this.options.packageIndex ?? null, pyodideVersion(), WHEELHOUSE_LAYOUT]))
      .digest("hex")
      .slice(0, 16);
    if (this.current?.key === key) return this.current.packages;
    const dir = path.join(this.cacheRoot, key);
    const saved = path.join(dir, "packages.json");
    let packages;
    if (existsSync(saved)) {
      packages = JSON.parse(readFileSync(saved, "utf8"));
    } else {
      const building = `${dir}.partial`;
      rmSync(building, { recursive: true, force: true });
      try {
        packages = vendorPackages(requirements, building, { ...this.options, pyodidePackagesDir: null });
      } catch (error) {
        rmSync(building, { recursive: true, force: true });
        packages = { ...manifest(requirements, {}, this.options), error: error.message };
        this.current = { key, dir: null, packages };
        return packages;
      }
      mkdirSync(building, { recursive: true });
      writeFileSync(path.join(building, "packages.json"), JSON.stringify(packages));
      rmSync(dir, { recursive: true, force: true });
      renameSync(building, dir);
    }
    this.current = { key, dir, packages };
    return packages;
  }

  /** Absolute path of a file under the current wheelhouse's component frontends, or null. */
  componentFile(relative) {
    if (!this.current?.dir) return null;
    const root = path.join(this.current.dir, ...PACKAGE_COMPONENTS_PATH.split("/"));
    const file = path.join(root, ...relative.split("/").filter(Boolean));
    if (!file.startsWith(root + path.sep)) return null;
    try {
      return statSync(file).isFile() ? file : null;
    } catch {
      return null;
    }
  }

  /** Absolute path of a wheel of the current wheelhouse, or null. */
  wheelFile(name) {
    if (!this.current?.dir || !this.current.packages.wheels.some((w) => w.file === name)) return null;
    const file = path.join(this.current.dir, ...WHEELS_PATH.split("/"), name);
    return existsSync(file) ? file : null;
  }
}

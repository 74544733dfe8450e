// `wasmlit build --pyodide-packages DIR`: Pyodide's compiled packages copied
// into the site from a downloaded Pyodide distribution (a folder with
// pyodide-lock.json and the package files it lists).
//
//   distributionLock(dir, siteLock) -> the lock the build resolves with: the
//       site's own lock (the npm pyodide package's) plus the packages DIR's
//       lock adds or builds differently ({lock, added, replaced}); throws when
//       DIR is not a distribution for the same Python and ABI
//   copyDistributionPackages(names, dir, toDir, lock, missing) -> the names copied: each
//       package and what it depends on, every file checked against the lock's
//       sha256 (Pyodide checks it again when it loads the file); missing(file) is the
//       error message for a file the folder lacks
//
// When the merged lock differs from the site's, the build writes it as
// pyodide/pyodide-lock-<hash>.json and the page loads Pyodide with it
// (packages.pyodideLockFile): a new name, so no browser cache serves the old one.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

const COMPATIBLE = ["abi_version", "python", "arch"];

export function sha256File(file) {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

function where(dir, version) {
  return `--pyodide-packages must be a Pyodide ${version} distribution folder`;
}

/** The lock to build with, from the site's lock and DIR's pyodide-lock.json. */
export function distributionLock(dir, siteLock, version) {
  const file = path.join(dir, "pyodide-lock.json");
  if (!existsSync(file)) throw new Error(`${dir} has no pyodide-lock.json: ${where(dir, version)}`);
  let lock;
  try {
    lock = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${error.message}): ${where(dir, version)}`);
  }
  if (!lock || typeof lock.packages !== "object" || typeof lock.info !== "object") {
    throw new Error(`${file} is not a Pyodide lock file (no info and packages): ${where(dir, version)}`);
  }
  for (const field of COMPATIBLE) {
    const want = siteLock.info?.[field];
    const have = lock.info?.[field];
    if (want !== undefined && have !== want) {
      throw new Error(
        `${file} is for ${field} ${JSON.stringify(have ?? null)}, this site's Pyodide ${version} needs ` +
          `${JSON.stringify(want)}: ${where(dir, version)}`,
      );
    }
  }
  const merged = { ...siteLock, packages: { ...siteLock.packages } };
  const added = [];
  const replaced = [];
  for (const [name, entry] of Object.entries(lock.packages)) {
    const own = siteLock.packages[name];
    if (!own) {
      added.push(name);
      merged.packages[name] = entry;
    } else if (own.sha256 !== entry.sha256 || own.file_name !== entry.file_name) {
      replaced.push(name);
      merged.packages[name] = entry;
    }
  }
  return { lock: merged, added: added.sort(), replaced: replaced.sort() };
}

/** Copies the packages `names` (and their dependencies) from `dir` to `toDir`, checking each file's sha256. */
export function copyDistributionPackages(names, dir, toDir, lock, missing) {
  const copied = new Set();
  const visit = (name) => {
    const entry = lock.packages[name];
    if (!entry || copied.has(name)) return;
    copied.add(name);
    const source = path.join(dir, entry.file_name);
    if (!existsSync(source)) throw new Error(missing(source));
    const digest = sha256File(source);
    if (entry.sha256 && digest !== entry.sha256) {
      throw new Error(
        `${source} does not match pyodide-lock.json (sha256 ${digest}, the lock says ${entry.sha256}): ` +
          "the file is damaged or comes from another Pyodide build; download the distribution again",
      );
    }
    mkdirSync(toDir, { recursive: true });
    copyFileSync(source, path.join(toDir, entry.file_name));
    for (const dep of entry.depends ?? []) visit(dep);
  };
  for (const name of names) visit(name.toLowerCase());
  return copied;
}

// Installing the app's requirements at boot (the "packages" phase).
//
// The boot message's `packages` (see protocol/messages.js, PackagePlan) says
// where each requirement comes from:
//   - wheels: pure-Python wheels vendored with the site (its wheelhouse),
//     downloaded here (status and sha256 checked, so a missing file is named),
//     then unpacked into site-packages by wasmlit.boot.wheels: the build
//     resolved them already, so neither micropip nor its resolver is loaded;
//   - pyodide: Pyodide's compiled packages, loaded from the Pyodide package base
//     URL (loadPyodide's packageBaseUrl);
//   - requirements the wheelhouse does not cover (none in a built site) go
//     through micropip with the configured package indexes, or with none at all
//     (offline: only Pyodide's packages can then be found).
import { errorText, lastLine } from "./errors.js";
import { howToGetPyodidePackages } from "../cli/pyodide-distribution.js";

/** A boot failure in the packages phase; `summary` heads the page's message. */
export class PackageInstallError extends Error {
  constructor(message) {
    super(message);
    this.summary = "The app's packages could not be installed";
  }
}

/** The requirements a plan's wheelhouse did not resolve. */
export function unresolvedRequirements(requirements, plan) {
  const resolved = new Set((plan?.requirements ?? []).map((r) => r.trim()));
  if (plan?.indexURLs) return requirements;
  return requirements.filter((r) => !resolved.has(r.trim()));
}

/**
 * @param {import("pyodide").PyodideAPI} pyodide
 * @param {{requirements?: string[], packages?: Partial<import("../protocol/messages.js").PackagePlan>|null,
 *          micropipURL?: string|null}} msg  packages: a missing field counts as empty
 * @param {(phase: string, detail: string) => void} progress
 */
export async function installPackages(pyodide, msg, progress, downloads = null) {
  const plan = msg.packages ?? null;
  if (plan?.error) throw new PackageInstallError(plan.error);
  const requirements = msg.requirements ?? [];
  const wheels = plan?.indexURLs ? [] : (plan?.wheels ?? []);
  const compiled = plan?.indexURLs ? [] : (plan?.pyodide ?? []);
  const rest = unresolvedRequirements(requirements, plan);
  if (wheels.length === 0 && compiled.length === 0 && rest.length === 0) return;

  const names = [...wheels.map((w) => w.name), ...compiled.map((p) => p.name), ...rest];
  progress("packages", `Installing ${names.join(", ")}`);

  if (wheels.length > 0) await installWheels(pyodide, wheels, downloads ?? startWheelDownloads(msg));
  if (rest.length > 0) {
    const micropip = await loadMicropip(pyodide, msg.micropipURL);
    try {
      await installFromIndex(pyodide, micropip, rest, plan?.indexURLs ?? null);
    } finally {
      micropip.destroy();
    }
  }
  if (compiled.length > 0) await loadPyodidePackages(pyodide, compiled, plan);
  pyodide.runPython("import importlib; importlib.invalidate_caches()");
}

async function loadMicropip(pyodide, micropipURL) {
  if (!micropipURL) throw new PackageInstallError("the app has requirements but no micropip wheel URL was given");
  const loaded = await pyodide.loadPackage(micropipURL, { checkIntegrity: false });
  if (!loaded || loaded.length === 0) throw new PackageInstallError(`could not load micropip from ${micropipURL}`);
  return pyodide.pyimport("micropip");
}

/** Where downloaded wheels are put before they are unpacked. */
const WHEEL_DIR = "/tmp/wasmlit-wheels";

/**
 * Starts downloading the wheelhouse's wheels (checking status and sha256), so
 * they arrive while Python starts. @returns {Map<string, Promise<Uint8Array>>} file -> bytes
 */
export function startWheelDownloads(msg) {
  const plan = msg.packages ?? null;
  const downloads = new Map();
  if (plan?.error || plan?.indexURLs) return downloads;
  for (const wheel of plan?.wheels ?? []) {
    const download = downloadWheel(wheel);
    download.catch(() => {}); // reported when the wheel is installed
    downloads.set(wheel.file, download);
  }
  return downloads;
}

/** Writes the downloaded wheels into Pyodide's file system and unpacks them into site-packages. */
async function installWheels(pyodide, wheels, downloads) {
  const files = await Promise.all(wheels.map((wheel) => downloads.get(wheel.file) ?? downloadWheel(wheel)));
  pyodide.FS.mkdirTree(WHEEL_DIR);
  const paths = wheels.map((wheel, i) => {
    const target = `${WHEEL_DIR}/${wheel.file}`;
    pyodide.FS.writeFile(target, files[i]);
    return target;
  });
  const installer = pyodide.pyimport("wasmlit.boot.wheels");
  try {
    installer.install_wheels(paths, pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')"));
  } catch (error) {
    console.error(error);
    throw new PackageInstallError(
      `could not install ${wheels.map((w) => `${w.name} ${w.version}`).join(", ")} from this site's wheelhouse: ` +
        lastLine(errorText(error)),
    );
  } finally {
    installer.destroy();
    for (const path of paths) pyodide.FS.unlink(path);
  }
}

async function downloadWheel(wheel) {
  const problem = (what) =>
    new PackageInstallError(
      `${wheel.name} ${wheel.version} is missing from this site's wheelhouse: ${what} (${wheel.url}). ` +
        "Build the site again with `npx wasmlit build` and upload all of its files, including _wasmlit/wheels/.",
    );
  let response;
  try {
    response = await fetch(wheel.url);
  } catch (error) {
    throw problem(`the download failed: ${errorText(error)}`);
  }
  if (!response.ok) throw problem(`HTTP ${response.status} ${response.statusText}`.trim());
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (wheel.sha256 && crypto?.subtle) {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    const hex = Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
    if (hex !== wheel.sha256) throw problem("the file served differs from the one the build downloaded (sha256 mismatch)");
  }
  return bytes;
}

async function installFromIndex(pyodide, micropip, requirements, indexURLs) {
  try {
    // An empty index list keeps micropip offline: only Pyodide's own packages are found.
    await micropip.install.callKwargs(requirements, { index_urls: indexURLs ?? [] });
  } catch (error) {
    console.error(error);
    const where = indexURLs
      ? `from ${indexURLs.join(", ")}`
      : "(no package index is configured and they are not in this site's wheelhouse: list them in " +
        "requirements.txt and build the site again, or configure a package index)";
    throw new PackageInstallError(`could not install ${requirements.join(", ")} ${where}: ${lastLine(errorText(error))}`);
  }
}

async function loadPyodidePackages(pyodide, packages, plan) {
  const names = packages.map((p) => p.name);
  const problems = [];
  try {
    await pyodide.loadPackage(names, {
      messageCallback: () => {},
      errorCallback: (message) => problems.push(String(message)),
    });
  } catch (error) {
    problems.push(errorText(error));
  }
  const missing = names.filter((name) => !(name in pyodide.loadedPackages));
  if (missing.length === 0) return;
  const base = plan?.pyodideBaseURL ?? null;
  const version = plan?.pyodideVersion || String(pyodide.version ?? "");
  const reason = base
    ? `they could not be loaded from ${base}: check that it serves the Pyodide ${version} distribution ` +
      "and allows cross-origin requests (CORS)"
    : `this site does not hold them. ${howToGetPyodidePackages(version)}`;
  throw new PackageInstallError(
    `Pyodide's package(s) ${missing.join(", ")} could not be loaded: ${reason}` +
      (problems.length ? ` (${lastLine(problems.join("\n"))})` : ""),
  );
}

// The built page (dist/): built with Vite when missing or when asked to.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DIST_DIR = path.join(PACKAGE_ROOT, "dist");

export function ensureDist({ rebuild = false } = {}) {
  if (!rebuild && existsSync(path.join(DIST_DIR, "index.html"))) return DIST_DIR;
  const vite = path.join(PACKAGE_ROOT, "node_modules", "vite", "bin", "vite.js");
  if (!existsSync(vite) && PACKAGE_ROOT.split(path.sep).includes("node_modules")) {
    // An installed package ships its page built; only a checkout can build it.
    throw new Error(
      rebuild
        ? "--rebuild works in a wasmlit checkout only: the installed package comes with its page built"
        : `${DIST_DIR} is missing: reinstall wasmlit (npm install wasmlit, or the .tgz made by \`npm pack\`)`,
    );
  }
  if (!existsSync(vite)) {
    throw new Error(`${DIST_DIR} is not built and Vite is not installed: run \`npm install\` in ${PACKAGE_ROOT}`);
  }
  console.error("wasmlit: building the page with Vite...");
  const result = spawnSync(process.execPath, [vite, "build"], { cwd: PACKAGE_ROOT, stdio: "inherit" });
  if (result.status !== 0 || !existsSync(path.join(DIST_DIR, "index.html"))) {
    throw new Error("`vite build` failed");
  }
  return DIST_DIR;
}

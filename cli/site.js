// `wasmlit build`: a static site = dist/ + _wasmlit/app.json, relative URLs only.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildAppBundle } from "./appBundle.js";

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

export function buildSite({ distDir, app, config, outDir }) {
  const bundle = buildAppBundle(app, config);
  prepareOutDir(outDir);
  cpSync(distDir, outDir, { recursive: true });
  mkdirSync(path.join(outDir, "_wasmlit"), { recursive: true });
  writeFileSync(path.join(outDir, "_wasmlit", "app.json"), JSON.stringify(bundle));
  return { files: Object.keys(bundle.files).length };
}

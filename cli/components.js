// Custom component frontends inside the app's folder, for the iframes of
// `components.declare_component(name, path=DIR)` (the page loads
// _wasmlit/components/app/<DIR relative to the app folder>/index.html, see
// py/wasmlit/components/frontend_urls.py). A component frontend is a folder of
// the app holding an index.html (its built assets are below it). The ones in
// the app's packages' wheels are extracted by cli/resolve_wheels.py instead.
//   build: copyAppComponents() writes them into the site;
//   serve: appComponentFile() finds the file a request asks for.
import { cpSync, existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { skippedDir } from "./app-bundle.js";

export const APP_COMPONENTS_PATH = "_wasmlit/components/app";

/** The folders (relative POSIX paths, "" for the app folder itself) holding an index.html; none inside another. */
export function appComponentFolders(relativeFiles) {
  const folders = [...new Set(
    relativeFiles
      .filter((rel) => rel === "index.html" || rel.endsWith("/index.html"))
      .map((rel) => (rel.includes("/") ? rel.slice(0, rel.lastIndexOf("/")) : "")),
  )].sort();
  const kept = [];
  for (const folder of folders) {
    if (!kept.some((k) => k === "" || folder === k || folder.startsWith(`${k}/`))) kept.push(folder);
  }
  return kept;
}

function inFolder(rel, folder) {
  return folder === "" || rel.startsWith(`${folder}/`);
}

/**
 * Copies the app's component frontends (the bundle's files below each
 * component folder, without source maps) into SITE/_wasmlit/components/app/.
 * Returns the folders.
 */
export function copyAppComponents(appDir, relativeFiles, outDir) {
  const folders = appComponentFolders(relativeFiles);
  const root = path.join(outDir, ...APP_COMPONENTS_PATH.split("/"));
  for (const rel of relativeFiles) {
    if (rel.endsWith(".map") || !folders.some((folder) => inFolder(rel, folder))) continue;
    const target = path.join(root, ...rel.split("/"));
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(path.join(appDir, ...rel.split("/")), target);
  }
  return folders;
}

/**
 * For `serve`: the app's file for a path under _wasmlit/components/app/ (given
 * without that prefix), or null. Only files of a component frontend (a folder
 * of the app with an index.html, at or above the file) that belong to the app
 * (no hidden folders, node_modules, virtual environments, ...) are served.
 */
export function appComponentFile(appDir, relative) {
  const parts = relative.split("/").filter(Boolean);
  if (!parts.length || parts.some((part) => part === ".." || part === ".")) return null;
  let dir = appDir;
  for (const part of parts.slice(0, -1)) {
    dir = path.join(dir, part);
    if (skippedDir(part, dir)) return null;
  }
  const file = path.join(appDir, ...parts);
  if (!file.startsWith(appDir + path.sep)) return null;
  try {
    if (!statSync(file).isFile()) return null;
  } catch {
    return null;
  }
  for (let folder = path.dirname(file); ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, "index.html"))) return file;
    if (folder === appDir || !folder.startsWith(appDir)) return null;
  }
}

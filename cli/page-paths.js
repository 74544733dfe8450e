// The URL pathnames of a multipage app's pages, found at build time so that the
// static site can hold a copy of its page at each of them (a reload or a shared
// link of /<site>/<page> then works on any static host). Found:
//   - scripts in pages/ next to the entrypoint (names as Streamlit infers them);
//   - st.Page(...) calls with a literal file path, a function name or a
//     literal url_path in the app's Python files (a best effort: pages built
//     at run time are only reachable from the app's root URL).
import path from "node:path";

const PAGE_FILE = /^([0-9]*)[_ -]*(.*)\.py$/u;
const LEADING_EMOJI = /^(\p{Extended_Pictographic}|\p{Emoji_Presentation})(\p{Emoji_Modifier}|\u200d|\ufe0f|\p{Extended_Pictographic})*[_ -]*/u;

/** "03_📈_Plot data.py" -> "Plot_data" (Streamlit's inferred URL pathname). */
export function inferredPageName(fileName) {
  const match = PAGE_FILE.exec(path.basename(fileName));
  if (!match) return "";
  const name = match[2].replace(/[_ ]+/g, "_").trim() || match[1];
  return name.replace(LEADING_EMOJI, "");
}

const PAGE_CALL = /\bPage\(\s*([^,)]+)([^)]*)\)/g;
const URL_PATH_ARG = /\burl_path\s*=\s*(["'])(.*?)\1/;
const STRING = /^(["'])(.*)\1$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function pathsInSource(source) {
  const found = [];
  for (const call of source.matchAll(PAGE_CALL)) {
    const first = call[1].trim();
    const urlPath = URL_PATH_ARG.exec(call[0]);
    if (/\bdefault\s*=\s*True\b/.test(call[0])) continue; // served at the app's root
    if (urlPath) {
      found.push(urlPath[2].trim().replace(/^\/+|\/+$/g, ""));
    } else if (STRING.test(first)) {
      const target = STRING.exec(first)[2];
      if (!/^https?:/.test(target)) found.push(inferredPageName(target));
    } else if (IDENTIFIER.test(first)) {
      found.push(first);
    }
  }
  return found;
}

/**
 * @param {string} entrypoint  the entrypoint's path in the bundle ("app.py")
 * @param {Object<string, {text?: string}>} files  the app bundle's files
 * @returns {string[]} distinct, non-empty single-segment URL pathnames
 */
export function pagePaths(entrypoint, files) {
  const names = new Set();
  const pagesDir = path.posix.join(path.posix.dirname(entrypoint), "pages") + "/";
  for (const [file, entry] of Object.entries(files)) {
    const inPagesDir = file.startsWith(pagesDir.replace(/^\.\//, "")) && !file.slice(pagesDir.length).includes("/");
    if (inPagesDir && file.endsWith(".py") && !path.basename(file).startsWith(".") && path.basename(file) !== "__init__.py") {
      names.add(inferredPageName(file));
    }
    if (file.endsWith(".py") && typeof entry?.text === "string") {
      for (const name of pathsInSource(entry.text)) names.add(name);
    }
  }
  return [...names].filter((name) => name && !name.includes("/") && !name.startsWith(".") && !/[\\<>:"|?*]/.test(name));
}

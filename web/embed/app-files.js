// An embedded app's files: the `mount()` options checked and completed
// (entrypoint, requirements from requirements.txt).

export const DEFAULT_ENTRYPOINTS = ["streamlit_app.py", "app.py"];

/** Requirement lines of a requirements.txt text (comments and blank lines dropped). */
export function parseRequirements(text) {
  return String(text)
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
    .filter((line) => line !== "");
}

/**
 * @param {{files?: object, entrypoint?: string, requirements?: string[]|string, config?: object}} options
 * @returns {{files: Object<string, string|Uint8Array>, entrypoint: string, requirements: string[], config: object}}
 */
export function resolveAppOptions({ files = {}, entrypoint, requirements, config = {} } = {}) {
  if (typeof files !== "object" || files === null) throw new TypeError("wasmlit: `files` must be an object {path: content}");
  const checked = {};
  for (const [path, content] of Object.entries(files)) {
    if (typeof content === "string" || content instanceof Uint8Array) checked[path] = content;
    else if (content instanceof ArrayBuffer) checked[path] = new Uint8Array(content);
    else throw new TypeError(`wasmlit: the content of ${JSON.stringify(path)} must be a string, Uint8Array or ArrayBuffer`);
  }
  const paths = Object.keys(checked);
  const entry = entrypoint ?? DEFAULT_ENTRYPOINTS.find((name) => name in checked) ?? paths.find((p) => p.endsWith(".py"));
  if (!entry) throw new Error("wasmlit: no app script: give `files` with a .py file (and `entrypoint` to pick one)");
  if (!(entry in checked)) throw new Error(`wasmlit: the entrypoint ${JSON.stringify(entry)} is not among the files (${paths.join(", ") || "none"})`);
  let reqs = typeof requirements === "string" ? parseRequirements(requirements) : [...(requirements ?? [])];
  if (requirements === undefined && typeof checked["requirements.txt"] === "string") {
    reqs = parseRequirements(checked["requirements.txt"]);
  }
  return { files: checked, entrypoint: entry, requirements: reqs.map(String), config: { ...config } };
}

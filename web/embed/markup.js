// <wasmlit-app> markup -> mount() options. See docs/embedding.md:
//
//   <wasmlit-app [src="app.py"] [entrypoint="app.py"] [requirements="a b"]
//                [packages="site/_wasmlit/packages.json"] [package-index="URL"]
//                [config='{"runner.x": true}'] [lazy] [editor] [autorun-shared]
//                [same-origin]>
//     <script type="text/x-python">…the app script…</script>
//     <script type="text/x-python" name="helpers.py">…</script>
//     <script type="text/plain" name="data.csv" src="data.csv"></script>
//     <script type="text/x-requirements">humanize==4.9.0</script>
//   </wasmlit-app>
//
// Scripts with a non-JavaScript type are inert in the browser; each is a file
// of the app (`name`, default: the entrypoint), inline or fetched from `src`
// (relative to the page). Without any script child the element's own text is
// the app script. Inline text is dedented.

const REQUIREMENTS_TYPE = "text/x-requirements";
const TEXT_FILE = /\.(py|txt|toml|md|csv|tsv|json|yaml|yml|cfg|ini|html|css|js)$/i;

/** The common indentation removed, leading and trailing blank lines dropped. */
export function dedent(text) {
  const lines = String(text).replace(/\r\n?/g, "\n").split("\n");
  while (lines.length && lines[0].trim() === "") lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === "") lines.pop();
  const indents = lines.filter((l) => l.trim() !== "").map((l) => l.match(/^[ \t]*/)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join("\n") + (lines.length ? "\n" : "");
}

function isFileScript(node) {
  if (node.tagName !== "SCRIPT") return false;
  const type = (node.getAttribute("type") ?? "").trim().toLowerCase();
  return type !== "" && type !== "module" && !/javascript|ecmascript/.test(type);
}

async function fetchFile(url, name) {
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`Could not download ${name} from ${url}: ${error.message}`);
  }
  if (!response.ok) throw new Error(`Could not download ${name} from ${url}: HTTP ${response.status}`);
  return TEXT_FILE.test(name) ? await response.text() : new Uint8Array(await response.arrayBuffer());
}

function splitList(text) {
  return String(text ?? "").split(/[\s,]+/).filter(Boolean);
}

/** @returns {Promise<{files: object, entrypoint: string, requirements: string[], config: object}>} */
export async function readAppMarkup(element) {
  const base = element.ownerDocument.baseURI;
  const src = element.getAttribute("src");
  const entrypoint =
    element.getAttribute("entrypoint") ?? (src ? new URL(src, base).pathname.split("/").pop() || "app.py" : "app.py");
  const files = {};
  const requirements = splitList(element.getAttribute("requirements"));
  let config = {};
  const rawConfig = element.getAttribute("config");
  if (rawConfig) {
    try {
      config = JSON.parse(rawConfig);
    } catch (error) {
      throw new Error(`The config attribute is not valid JSON: ${error.message}`);
    }
  }

  const pending = [];
  const scripts = [...element.children].filter(isFileScript);
  for (const script of scripts) {
    const type = script.getAttribute("type").trim().toLowerCase();
    if (type === REQUIREMENTS_TYPE) {
      requirements.push(...dedent(script.textContent).split("\n").map((l) => l.replace(/#.*$/, "").trim()).filter(Boolean));
      continue;
    }
    const name = script.getAttribute("name") ?? entrypoint;
    if (name in files) throw new Error(`Two scripts of the app are both named ${JSON.stringify(name)}`);
    const fileSrc = script.getAttribute("src");
    files[name] = "";
    if (fileSrc) pending.push(fetchFile(new URL(fileSrc, base), name).then((content) => (files[name] = content)));
    else files[name] = dedent(script.textContent);
  }
  if (src && !(entrypoint in files)) {
    files[entrypoint] = "";
    pending.push(fetchFile(new URL(src, base), entrypoint).then((content) => (files[entrypoint] = content)));
  }
  if (!(entrypoint in files)) {
    const own = [...element.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("");
    if (own.trim() !== "") files[entrypoint] = dedent(own);
  }
  await Promise.all(pending);
  if (!(entrypoint in files)) {
    throw new Error(
      `<wasmlit-app> has no app script: put it in a <script type="text/x-python"> child, ` +
        `or give src="app.py"`,
    );
  }
  const packages = element.getAttribute("packages");
  const packageIndex = element.getAttribute("package-index");
  return {
    files, entrypoint, requirements, config,
    ...(packages ? { packages: new URL(packages, base).href } : {}),
    ...(packageIndex ? { packageIndex: new URL(packageIndex, base).href } : {}),
    ...(element.hasAttribute("same-origin") ? { sameOrigin: true } : {}),
  };
}

// Syntax highlighting for st.code / st.echo, loaded lazily (elements/lazy.js
// key "code:<language>"): highlight.js's core, plus the one grammar the
// language needs (each grammar is its own small chunk).
//
// Streamlit 1.67 highlights with Prism and colours Prism's token types; the
// tokens here carry the same class names ("token keyword", "token string", ...)
// so code-theme.css colours them as 1.67 does. Operators and punctuation, which
// highlight.js leaves as plain text, get Prism's classes from a small pass.
import hljs from "highlight.js/lib/core";
import { h } from "preact";

const GRAMMARS = import.meta.glob(["../../../node_modules/highlight.js/es/languages/*.js", "!**/*.js.js"]);
const GRAMMAR_BY_NAME = new Map(
  Object.entries(GRAMMARS).map(([path, load]) => [path.slice(path.lastIndexOf("/") + 1, -3), load]),
);

/** Names Streamlit (Prism) accepts that highlight.js spells differently. */
const ALIASES = {
  py: "python", python3: "python", py3: "python",
  js: "javascript", jsx: "javascript", node: "javascript", mjs: "javascript", cjs: "javascript",
  ts: "typescript", tsx: "typescript",
  sh: "bash", shell: "bash", zsh: "bash", "shell-session": "shell", console: "shell",
  yml: "yaml", toml: "ini", md: "markdown",
  html: "xml", markup: "xml", svg: "xml", mathml: "xml", xhtml: "xml", rss: "xml", atom: "xml", ssml: "xml",
  cs: "csharp", dotnet: "csharp", "c++": "cpp", cc: "cpp", h: "c",
  rb: "ruby", kt: "kotlin", kts: "kotlin", rs: "rust", golang: "go",
  docker: "dockerfile", tex: "latex", context: "latex",
  ps1: "powershell", pwsh: "powershell", objc: "objectivec", hs: "haskell", pl: "perl", jl: "julia",
  mk: "makefile", make: "makefile", plsql: "sql", plpgsql: "pgsql", psql: "pgsql",
  json5: "json", jsonp: "json", webmanifest: "json", gql: "graphql", proto: "protobuf",
  vb: "vbnet", bat: "dos", batch: "dos", cmd: "dos", patch: "diff", conf: "ini", properties: "properties",
  "objective-c": "objectivec", clj: "clojure", ex: "elixir", exs: "elixir", erl: "erlang", fs: "fsharp",
  ml: "ocaml", scm: "scheme", sc: "scala", pas: "delphi", pascal: "delphi", f90: "fortran", asm: "x86asm",
  "django-template": "django", jinja2: "django", jinja: "django", hbs: "handlebars", svelte: "xml", vue: "xml",
};
/** Languages shown as plain text. */
const PLAIN = new Set(["", "plaintext", "plain", "text", "txt", "none", "nohighlight"]);

/** The highlight.js grammar name for a language Streamlit was given, or null. */
export function grammarName(language) {
  const name = String(language ?? "").trim().toLowerCase();
  if (PLAIN.has(name)) return null;
  const resolved = ALIASES[name] ?? name;
  return GRAMMAR_BY_NAME.has(resolved) ? resolved : null;
}

const registered = new Map(); // grammar name -> promise

function register(name) {
  if (!registered.has(name)) {
    registered.set(name, GRAMMAR_BY_NAME.get(name)().then((module) => {
      // import.meta.glob types its modules as unknown: these are highlight.js grammars.
      hljs.registerLanguage(name, /** @type {{default: import("highlight.js").LanguageFn}} */ (module).default);
      // Grammars that embed others (html -> css/javascript, markdown -> ...)
      // highlight those parts only when the embedded grammar is registered too.
      return Promise.all(embeddedGrammars(name).map(register));
    }));
  }
  return registered.get(name);
}

function embeddedGrammars(name) {
  if (name === "xml") return ["css", "javascript"];
  if (name === "markdown") return [];
  if (name === "php-template") return ["php", "xml"];
  return [];
}

/** Marks text that is code again (operators and punctuation split out, as Prism does). */
const CODE_AGAIN = "code";

// highlight.js scope -> Prism token type (what 1.67's code theme colours).
const SCOPE_TO_TOKEN = {
  keyword: "keyword", type: "keyword", built_in: "builtin", literal: "boolean",
  number: "number", regexp: "regex", string: "string", char: "char",
  comment: "comment", doctag: "comment", quote: "comment",
  meta: "decorator", "meta keyword": "keyword", "meta string": "string",
  "title function_": "function", "title class_": "class-name", title: "function",
  "title function_ invoke__": "function", "title class_ inherited__": CODE_AGAIN,
  attr: "property", attribute: "attr-name", property: "property", variable: "variable",
  "variable language_": "keyword", "variable constant_": "constant", "template-variable": "variable",
  symbol: "symbol", bullet: "punctuation", tag: "tag", name: "tag",
  "selector-tag": "selector", "selector-id": "selector", "selector-class": "selector",
  "selector-attr": "selector", "selector-pseudo": "selector",
  operator: "operator", punctuation: "punctuation", link: "url",
  addition: "inserted", deletion: "deleted", section: "important", strong: "important",
  emphasis: "italic",
};
// Scopes whose text is code again (Prism splits it into operators and punctuation).
const TRANSPARENT = new Set(["params", "subst", "template-tag", "function", "class", "tag"]);

const OPERATOR_OR_PUNCTUATION = /(->|=>|\*\*=?|\/\/=?|<<=?|>>>?=?|[-+*/%&|^~<>!=]=?|&&|\|\||\?\?|:=)|([()[\]{};,.:?@])/g;

/** Splits plain code text into [type, text] parts: operators and punctuation as Prism marks them. */
function splitPlain(text, out) {
  let last = 0;
  for (const match of text.matchAll(OPERATOR_OR_PUNCTUATION)) {
    if (match.index > last) out.push([null, text.slice(last, match.index)]);
    out.push([match[1] ? "operator" : "punctuation", match[0]]);
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push([null, text.slice(last)]);
}

const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'" };
const decodeEntities = (text) => text.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (e) => ENTITIES[e]);

/** highlight.js's HTML -> flat [tokenType|null, text] parts, whose texts join to the code. */
export function parts(html) {
  const out = [];
  // Per open span: its token type, CODE_AGAIN, or undefined (takes its parent's).
  const stack = [];
  const current = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i] !== undefined) return stack[i];
    return CODE_AGAIN;
  };
  for (const piece of html.split(/(<span class="[^"]*">|<\/span>)/)) {
    if (!piece) continue;
    if (piece === "</span>") stack.pop();
    else if (piece.startsWith("<span")) {
      const scope = piece.slice(13, -2).split(" ").map((c) => c.replace(/^hljs-/, "")).join(" ");
      const first = scope.split(" ")[0];
      stack.push(TRANSPARENT.has(first) ? CODE_AGAIN : SCOPE_TO_TOKEN[scope] ?? SCOPE_TO_TOKEN[first]);
    } else {
      const text = decodeEntities(piece);
      const type = current();
      if (type === CODE_AGAIN) splitPlain(text, out);
      else out.push([type, text]);
    }
  }
  return out;
}

/** Code -> lines, each a list of [tokenType|null, text] (without the newline). */
export function highlightLines(text, name) {
  const lines = [[]];
  for (const [type, chunk] of parts(hljs.highlight(text, { language: name, ignoreIllegals: true }).value)) {
    chunk.split("\n").forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece) lines[lines.length - 1].push([type, piece]);
    });
  }
  return lines;
}

// Plain runs are spans too (as Streamlit's highlighter writes them), so that a
// test's get_by_text finds the run itself, not the whole <code>.
const token = ([type, text], i) => h("span", type ? { key: i, class: `token ${type}` } : { key: i }, text);

/**
 * The highlighter for one language: (code, lineNumbers) -> the <code> element's
 * children (the same text content as the plain rendering in code.js: line number
 * spans included). Resolves to null for a language shown as plain text.
 */
export async function highlighterFor(language) {
  const name = grammarName(language);
  if (!name) return null;
  await register(name);
  return (text, lineNumbers) => {
    const lines = highlightLines(text, name);
    const last = lines.length - 1;
    if (!lineNumbers) return lines.flatMap((parts, i) => (i < last ? [...parts.map(token), "\n"] : parts.map(token)));
    return lines.map((parts, i) => h("span", { key: i, class: "st-code-line" },
      h("span", { class: "linenumber", "aria-hidden": "true" }, String(i + 1)), ...parts.map(token), i < last ? "\n" : ""));
  };
}

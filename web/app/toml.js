// A TOML 1.0 reader for .streamlit/config.toml on the page (the worker reads the
// same file with Python's tomllib). Tables, arrays of tables, dotted and quoted
// keys, all string forms, integers (also hex/octal/binary), floats, booleans,
// arrays and inline tables; dates and times are kept as their text.
//
//   parseToml(text) -> plain object; throws TomlError (with the line) on bad input

export class TomlError extends Error {}

const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES = { b: "\b", t: "\t", n: "\n", f: "\f", r: "\r", '"': '"', "\\": "\\", e: "\x1b" };

export function parseToml(text) {
  const src = String(text).replace(/^\uFEFF/, "");
  let pos = 0;
  const root = {};
  let table = root;
  // Tables defined by a header (a header may not repeat) and the arrays of tables.
  const defined = new Set();
  const arrays = new Set();

  const fail = (message) => {
    const line = src.slice(0, pos).split("\n").length;
    throw new TomlError(`${message} (config.toml line ${line})`);
  };
  const peek = (n = 0) => src[pos + n];
  const startsWith = (s) => src.startsWith(s, pos);

  function skipSpace() {
    while (peek() === " " || peek() === "\t") pos++;
  }
  function skipComment() {
    if (peek() === "#") while (pos < src.length && peek() !== "\n") pos++;
  }
  function endOfLine() {
    skipSpace();
    skipComment();
    if (pos < src.length) {
      if (startsWith("\r\n")) pos += 2;
      else if (peek() === "\n") pos++;
      else fail(`Unexpected "${peek()}"`);
    }
  }
  /** Whitespace, newlines and comments (inside arrays). */
  function skipAll() {
    for (;;) {
      skipSpace();
      skipComment();
      if (peek() === "\n") pos++;
      else if (startsWith("\r\n")) pos += 2;
      else return;
    }
  }

  function key() {
    const parts = [];
    for (;;) {
      skipSpace();
      if (peek() === '"') parts.push(basicString());
      else if (peek() === "'") parts.push(literalString());
      else {
        const start = pos;
        while (pos < src.length && BARE_KEY.test(peek())) pos++;
        if (pos === start) fail("Expected a key");
        parts.push(src.slice(start, pos));
      }
      skipSpace();
      if (peek() !== ".") return parts;
      pos++;
    }
  }

  function basicString() {
    if (startsWith('"""')) return multiline('"""', true);
    pos++;
    let out = "";
    for (;;) {
      const c = peek();
      if (c === undefined || c === "\n") fail("Unterminated string");
      pos++;
      if (c === '"') return out;
      out += c === "\\" ? escapeSequence() : c;
    }
  }

  function literalString() {
    if (startsWith("'''")) return multiline("'''", false);
    const end = src.indexOf("'", pos + 1);
    const newline = src.indexOf("\n", pos + 1);
    if (end < 0 || (newline >= 0 && newline < end)) fail("Unterminated string");
    const value = src.slice(pos + 1, end);
    pos = end + 1;
    return value;
  }

  function multiline(quote, escapes) {
    pos += 3;
    if (startsWith("\r\n")) pos += 2;
    else if (peek() === "\n") pos++;
    let out = "";
    for (;;) {
      if (pos >= src.length) fail("Unterminated string");
      if (startsWith(quote)) {
        // Up to two quotes may end the content right before the closing ones.
        let extra = 0;
        while (extra < 2 && src[pos + 3 + extra] === quote[0]) extra++;
        out += quote[0].repeat(extra);
        pos += 3 + extra;
        return out;
      }
      const c = src[pos++];
      if (escapes && c === "\\") {
        if (/^[ \t]*\r?\n/.test(src.slice(pos, pos + 64)) || peek() === "\n") {
          while (/[ \t\r\n]/.test(peek() ?? "")) pos++; // a line-ending backslash
        } else {
          out += escapeSequence();
        }
      } else {
        out += c;
      }
    }
  }

  function escapeSequence() {
    const c = src[pos++];
    if (c in ESCAPES) return ESCAPES[c];
    if (c === "u" || c === "U") {
      const size = c === "u" ? 4 : 8;
      const hex = src.slice(pos, pos + size);
      if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== size) fail("Bad unicode escape");
      pos += size;
      return String.fromCodePoint(parseInt(hex, 16));
    }
    return fail(`Bad escape "\\${c}"`);
  }

  function value() {
    skipSpace();
    const c = peek();
    if (c === '"') return basicString();
    if (c === "'") return literalString();
    if (c === "[") return array();
    if (c === "{") return inlineTable();
    if (startsWith("true") && !BARE_KEY.test(src[pos + 4] ?? "")) {
      pos += 4;
      return true;
    }
    if (startsWith("false") && !BARE_KEY.test(src[pos + 5] ?? "")) {
      pos += 5;
      return false;
    }
    const match = /^[^\s,\]}#]+(?: \d{2}:\d{2}[^\s,\]}#]*)?/.exec(src.slice(pos));
    if (!match) return fail("Expected a value");
    pos += match[0].length;
    return scalar(match[0]);
  }

  function scalar(token) {
    if (/^[+-]?(inf|nan)$/.test(token)) return token.endsWith("inf") ? (token[0] === "-" ? -Infinity : Infinity) : NaN;
    const plain = token.replace(/_/g, "");
    if (/^0x[0-9a-f]+$/i.test(plain)) return parseInt(plain.slice(2), 16);
    if (/^0o[0-7]+$/.test(plain)) return parseInt(plain.slice(2), 8);
    if (/^0b[01]+$/.test(plain)) return parseInt(plain.slice(2), 2);
    if (/^[+-]?(0|[1-9]\d*)$/.test(plain)) return Number(plain);
    if (/^[+-]?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(plain)) return Number(plain);
    if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$|^\d{2}:\d{2}:\d{2}(\.\d+)?$/i.test(token)) return token;
    return fail(`Bad value "${token}"`);
  }

  function array() {
    pos++;
    const out = [];
    for (;;) {
      skipAll();
      if (peek() === "]") {
        pos++;
        return out;
      }
      out.push(value());
      skipAll();
      if (peek() === ",") pos++;
      else if (peek() !== "]") fail("Expected , or ] in an array");
    }
  }

  function inlineTable() {
    pos++;
    const out = {};
    skipSpace();
    if (peek() === "}") {
      pos++;
      return out;
    }
    for (;;) {
      const path = key();
      if (peek() !== "=") fail("Expected =");
      pos++;
      assign(out, path, value());
      skipSpace();
      if (peek() === "}") {
        pos++;
        return out;
      }
      if (peek() !== ",") fail("Expected , or } in an inline table");
      pos++;
    }
  }

  function assign(target, path, val) {
    let node = target;
    for (const part of path.slice(0, -1)) {
      if (node[part] === undefined) node[part] = {};
      else if (!isTable(node[part])) fail(`"${part}" is not a table`);
      node = node[part];
    }
    const last = path[path.length - 1];
    if (Object.prototype.hasOwnProperty.call(node, last)) fail(`"${path.join(".")}" is defined twice`);
    node[last] = val;
  }

  function header() {
    const isArray = startsWith("[[");
    pos += isArray ? 2 : 1;
    const path = key();
    if (isArray ? !startsWith("]]") : peek() !== "]") fail("Expected ] after the table name");
    pos += isArray ? 2 : 1;
    let node = root;
    path.forEach((part, i) => {
      const name = path.slice(0, i + 1).join("\u0000");
      const last = i === path.length - 1;
      if (last && isArray) {
        if (node[part] === undefined) {
          node[part] = [];
          arrays.add(name);
        } else if (!arrays.has(name)) fail(`"${path.join(".")}" is not an array of tables`);
        const entry = {};
        node[part].push(entry);
        node = entry;
        return;
      }
      if (node[part] === undefined) node[part] = {};
      let next = node[part];
      if (Array.isArray(next) && arrays.has(name)) next = next[next.length - 1];
      else if (!isTable(next)) fail(`"${part}" is not a table`);
      node = next;
      if (last) {
        if (defined.has(name)) fail(`The table [${path.join(".")}] is defined twice`);
        defined.add(name);
      }
    });
    return node;
  }

  while (pos < src.length) {
    skipAll();
    if (pos >= src.length) break;
    if (peek() === "[") {
      table = header();
    } else {
      const path = key();
      if (peek() !== "=") fail("Expected = after a key");
      pos++;
      assign(table, path, value());
    }
    endOfLine();
  }
  return root;
}

function isTable(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// Fenced code blocks in markdown, as Streamlit 1.67 shows them: the same
// element as st.code (stCode: highlighted, with its copy button) inside a
// stMarkdownPre. The markdown renderer emits the block's plain stCode markup
// (right text content at once) with its source; renderCodeBlocksIn(root) then
// mounts the st.code component there (highlighting, copy).
import { h, render } from "preact";
import { CodeElement } from "./elements/code.js";
import { escapeHtml } from "./escape-html.js";


/** A code block's text as Streamlit 1.67 shows it: the block's content (for a
 *  fenced block, its lines between the fences, each ending with a newline) less
 *  one leading and one trailing newline. */
export function codeBlockText(token) {
  let content = token.text ?? "";
  if (token.codeBlockStyle !== "indented" && typeof token.raw === "string") {
    const lines = token.raw.replace(/\n+$/, "").split("\n");
    const open = /^( {0,3})(`{3,}|~{3,})/.exec(lines[0] ?? "");
    if (open) {
      const [, indent, fence] = open;
      const last = lines.length > 1 ? lines[lines.length - 1] : "";
      const closes = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`).test(last);
      const body = lines.slice(1, closes ? -1 : undefined);
      const strip = new RegExp(`^ {0,${indent.length}}`);
      content = body.map((line) => `${line.replace(strip, "")}\n`).join("");
    }
  }
  return content.replace(/^\n/, "").replace(/\n$/, "");
}

/** The HTML of a fenced block (`language` from its info string, may be empty). */
export function codeBlockHtml(source, language) {
  const lang = (language || "").trim().split(/\s+/)[0] || "";
  return `<div data-testid="stMarkdownPre" class="st-markdown-pre" data-code-language="${escapeHtml(lang)}"`
    + ` data-code-source="${encodeURIComponent(source)}">`
    + `<div class="stCode" data-testid="stCode" tabindex="0"><pre><div><code class="language-${escapeHtml(lang || "plaintext")}"`
    + ` style="white-space: pre;">${escapeHtml(source)}</code></div></pre></div></div>`;
}

/** Mounts st.code's component into every fenced block under `root`; returns the cleanup. */
export function renderCodeBlocksIn(root) {
  if (!root) return undefined;
  const holders = [...root.querySelectorAll('[data-testid="stMarkdownPre"][data-code-source]')];
  for (const holder of holders) {
    const body = decodeURIComponent(holder.getAttribute("data-code-source") ?? "");
    const language = holder.getAttribute("data-code-language") || null;
    render(h(CodeElement, { props: { body, language } }), holder);
  }
  return () => {
    for (const holder of holders) render(null, holder);
  };
}

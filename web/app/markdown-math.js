// `$…$` / `$$…$$` math in markdown (remark-math's rules, as Streamlit): the
// markdown renderer emits placeholders <span class="st-math" data-display>tex</span>;
// renderMathIn(root) typesets them with KaTeX, which is loaded (JS, CSS and
// fonts, all bundled) only the first time a page shows math.
import { escapeHtml } from "./escape-html.js";

/** Block math: a `$$` line, the formula, a closing `$$` line (or `$$…$$` on one line). */
export const blockMath = {
  name: "stBlockMath",
  level: "block",
  start(src) {
    const match = src.match(/^ {0,3}\$\$/m);
    return match ? match.index : undefined;
  },
  tokenizer(src) {
    const match = /^ {0,3}\$\$([^\n]*)\n([\s\S]*?)\n {0,3}\$\$[ \t]*(?:\n+|$)/.exec(src)
      || /^ {0,3}\$\$((?:[^$\n]|\$(?!\$))+)\$\$[ \t]*(?:\n+|$)/.exec(src);
    if (!match) return undefined;
    const tex = match.length > 2 ? `${match[1]}\n${match[2]}`.trim() : match[1].trim();
    return { type: "stBlockMath", raw: match[0], tex };
  },
  renderer(token) {
    return placeholder(token.tex, true);
  },
};

/** Inline math: a run of n dollars, the formula, the same run (like code spans). */
export const inlineMath = {
  name: "stInlineMath",
  level: "inline",
  start(src) {
    const index = src.indexOf("$");
    return index >= 0 ? index : undefined;
  },
  tokenizer(src) {
    const match = /^(\$+)(?!\$)([\s\S]*?[^$])\1(?!\$)/.exec(src);
    if (!match) return undefined;
    return { type: "stInlineMath", raw: match[0], tex: match[2].trim(), display: match[1].length > 1 };
  },
  renderer(token) {
    return placeholder(token.tex, token.display);
  },
};


function placeholder(tex, display) {
  return `<span class="st-math" data-display="${display ? "true" : "false"}">${escapeHtml(tex)}</span>`;
}

let katexModule = null;

/** Typesets every math placeholder under `root` not typeset yet. */
export function renderMathIn(root) {
  if (!root) return;
  const pending = root.querySelectorAll(".st-math:not([data-typeset])");
  if (pending.length === 0) return;
  katexModule ??= import("./katex-render.js");
  katexModule.then(({ typeset }) => {
    for (const node of pending) typeset(node);
  });
}

// Loaded lazily by markdown-math.js: KaTeX and its stylesheet (Vite bundles
// the CSS and the fonts it references as site assets).
import katex from "katex";
import "katex/dist/katex.min.css";

/** Replaces a math placeholder's TeX text with KaTeX's HTML. */
export function typeset(node) {
  if (!node.isConnected || node.hasAttribute("data-typeset")) return;
  const tex = node.textContent;
  node.setAttribute("data-typeset", "true");
  node.setAttribute("data-tex", tex);
  katex.render(tex, node, { displayMode: node.dataset.display === "true", throwOnError: false, output: "htmlAndMathml" });
}

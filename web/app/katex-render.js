// Loaded lazily by markdown-math.js: KaTeX and its stylesheet. The stylesheet
// goes to the root the math is shown in (the document, or an embedded app's
// shadow root); its fonts are bundled as site assets.
import katex from "katex";
import katexCss from "katex/dist/katex.min.css?inline";
import { adoptStyles } from "./stylesheets.js";

/** Replaces a math placeholder's TeX text with KaTeX's HTML. */
export function typeset(node) {
  if (!node.isConnected || node.hasAttribute("data-typeset")) return;
  adoptStyles(node.getRootNode(), "katex", katexCss);
  const tex = node.textContent;
  node.setAttribute("data-typeset", "true");
  node.setAttribute("data-tex", tex);
  katex.render(tex, node, { displayMode: node.dataset.display === "true", throwOnError: false, output: "htmlAndMathml" });
}

// <Markdown>: a stMarkdownContainer holding rendered, sanitized markdown.
import { h } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { loadEmojiTable, needsEmojiTable } from "./emoji.js";
import { renderMarkdown } from "./markdown.js";
import { renderMathIn } from "./markdown-math.js";
import { adoptMaterialIconStyles } from "./material-icon.js";

/**
 * @param {{body: string, allowHtml?: boolean, isLabel?: boolean, inline?: boolean,
 *          testid?: string, class?: string, tag?: string}} props
 */
export function Markdown({ body, allowHtml = false, isLabel = false, inline = false, testid = "stMarkdownContainer", class: className, tag = "div" }) {
  const html = renderMarkdown(body, { allowHtml, isLabel, inline });
  const ref = useRef(null);
  const [, setEmojiReady] = useState(false);
  const source = body == null ? "" : String(body);
  // Shortcodes need the (lazily loaded) emoji table: render again once it is here.
  useEffect(() => {
    if (needsEmojiTable(source)) loadEmojiTable().then(() => setEmojiReady(true));
  }, [source]);
  // Math placeholders are typeset by KaTeX (loaded on first use).
  useEffect(() => renderMathIn(ref.current), [html]);
  useEffect(() => {
    if (html.includes("st-material-icon")) adoptMaterialIconStyles(ref.current);
  }, [html]);
  return h(tag, { ref, "data-testid": testid, class: className, dangerouslySetInnerHTML: { __html: html } });
}

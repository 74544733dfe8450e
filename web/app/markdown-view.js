// <Markdown>: a stMarkdownContainer holding rendered, sanitized markdown.
import { h } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import { SidebarContext } from "./context.js";
import { loadEmojiTable, needsEmojiTable } from "./emoji.js";
import { renderMarkdown } from "./markdown.js";
import { renderMathIn } from "./markdown-math.js";
import { renderMermaidIn } from "./markdown-mermaid.js";
import { renderCodeBlocksIn } from "./markdown-code.js";
import { adoptMaterialIconStyles } from "./material-icon.js";

/**
 * `anchors`: false draws block headings without their link (st.markdown(anchors=False)).
 * @param {{body: string, allowHtml?: boolean, isLabel?: boolean, inline?: boolean,
 *          testid?: string, class?: string, tag?: string, anchors?: boolean}} props
 */
export function Markdown({ body, allowHtml = false, isLabel = false, inline = false, testid = "stMarkdownContainer", class: className, tag = "div", anchors = true }) {
  const inSidebar = useContext(SidebarContext);
  const html = renderMarkdown(body, { allowHtml, isLabel, inline, inSidebar, anchors });
  const ref = useRef(null);
  useMarkdownAssets(body, html, ref);
  return h(tag, { ref, "data-testid": testid, class: className, dangerouslySetInnerHTML: { __html: html } });
}

/**
 * What rendered markdown `html` (from `body`) shown in `ref` needs once in the
 * page: the emoji table for shortcodes (render again once it is here), KaTeX
 * for math placeholders, the icon font's stylesheet for `:material/...:`.
 * Also used by headings (elements/heading.js).
 */
export function useMarkdownAssets(body, html, ref) {
  const [, setEmojiReady] = useState(false);
  const source = body == null ? "" : String(body);
  useEffect(() => {
    if (needsEmojiTable(source)) loadEmojiTable().then(() => setEmojiReady(true));
  }, [source]);
  useEffect(() => renderMathIn(ref.current), [html]);
  // So are ```mermaid diagrams (Mermaid, loaded on first use).
  useEffect(() => renderMermaidIn(ref.current), [html]);
  // Fenced code blocks: st.code's component (highlighting, copy button).
  useEffect(() => renderCodeBlocksIn(ref.current), [html]);
  useEffect(() => {
    if (html.includes("st-material-icon")) adoptMaterialIconStyles(ref.current);
  }, [html]);
}

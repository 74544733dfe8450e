// <Markdown>: a stMarkdownContainer holding rendered, sanitized markdown.
import { h } from "preact";
import { renderMarkdown } from "./markdown.js";

/**
 * @param {{body: string, allowHtml?: boolean, isLabel?: boolean, inline?: boolean,
 *          testid?: string, class?: string, tag?: string}} props
 */
export function Markdown({ body, allowHtml = false, isLabel = false, inline = false, testid = "stMarkdownContainer", class: className, tag = "div" }) {
  const html = renderMarkdown(body, { allowHtml, isLabel, inline });
  return h(tag, { "data-testid": testid, class: className, dangerouslySetInnerHTML: { __html: html } });
}

// st.markdown / st.write(str) / st.caption -> stMarkdown. Headings get
// Streamlit's wrapper and link (markdown.js; anchors=False: no link);
// wrap=False keeps the text on one line, cut with an ellipsis, the whole text
// in a title (as 1.67).
import { h } from "preact";
import { HelpTooltip } from "../help.js";
import { Markdown } from "../markdown-view.js";
import { markdownToText } from "../markdown.js";

/** @param {{props: import("../../../protocol/messages.js").MarkdownProps}} props */
export function MarkdownElement({ props }) {
  const testid = props.isCaption ? "stCaptionContainer" : "stMarkdownContainer";
  /** @type {import("preact").ComponentChild} */
  let body = h(Markdown, { body: props.body, allowHtml: Boolean(props.unsafeAllowHtml), testid, anchors: !props.hideAnchors });
  if (props.wrap === false) {
    body = h("div", { class: "st-markdown-nowrap", title: markdownToText(props.body) },
      h("span", { style: { display: "contents" } }, body));
  }
  return h("div", { class: "stMarkdown", "data-testid": "stMarkdown" },
    h("div", { class: props.help ? "st-markdown-with-help" : undefined },
      body,
      props.help ? h("span", { class: "st-markdown-help" }, h(HelpTooltip, { help: props.help })) : null));
}

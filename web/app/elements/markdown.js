// st.markdown / st.write(str) / st.caption -> stMarkdown.
import { h } from "preact";
import { HelpTooltip } from "../help.js";
import { Markdown } from "../markdown-view.js";

export function MarkdownElement({ props }) {
  const testid = props.isCaption ? "stCaptionContainer" : "stMarkdownContainer";
  return h("div", { class: "stMarkdown", "data-testid": "stMarkdown" },
    h("div", { class: props.help ? "st-markdown-with-help" : undefined },
      h(Markdown, { body: props.body, allowHtml: Boolean(props.unsafeAllowHtml), testid }),
      props.help ? h("span", { class: "st-markdown-help" }, h(HelpTooltip, { help: props.help })) : null));
}

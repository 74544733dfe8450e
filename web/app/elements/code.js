// st.code -> stCode (pre > code.language-X, copy button).
import { h } from "preact";
import { useState } from "preact/hooks";
import { CopyIcon } from "../icons.js";

export function CodeElement({ props }) {
  const body = props.body ?? "";
  const language = props.language || "plaintext";
  const lines = body.split("\n");
  const content = props.lineNumbers
    ? lines.map((line, i) => h("span", { key: i, class: "st-code-line" },
        h("span", { class: "linenumber", "aria-hidden": "true" }, String(i + 1)), line, i < lines.length - 1 ? "\n" : ""))
    : body;
  return h("div", { class: "stCode", "data-testid": "stCode", tabindex: "0" },
    h("pre", { class: props.wrapLines ? "st-code-wrap" : undefined },
      h("div", null,
        h("code", { class: `language-${language}`, style: { whiteSpace: props.wrapLines ? "pre-wrap" : "pre" } }, content))),
    h(CopyButton, { text: body }));
}

function CopyButton({ text }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    navigator.clipboard?.writeText(text).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    }, () => {});
  };
  return h("div", { class: "st-code-toolbar" },
    h("div", { "data-testid": "stElementToolbarButton" },
      h("span", { "data-testid": "stTooltipHoverTarget", class: "stTooltipHoverTarget" },
        h("button", {
          type: "button",
          kind: "elementToolbar",
          "data-testid": "stBaseButton-elementToolbar",
          "aria-label": copied ? "Copied" : "Copy to clipboard",
          title: copied ? "Copied" : "Copy to clipboard",
          onClick: copy,
        }, h(CopyIcon, { testid: "stElementToolbarButtonIcon" })))));
}

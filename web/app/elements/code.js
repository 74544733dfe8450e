// st.code -> stCode (pre > code.language-X, copy button). With a language, the
// code is highlighted once its highlighter has loaded (elements/lazy.js
// "code:<language>", code-highlight.js): Prism-style "token <type>" spans, the
// text content unchanged.
import { h } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { CopyIcon } from "../icons.js";
import { extraKeyFor, loadedValue, onLoaded, preload } from "./lazy.js";

/** The code's content: highlighted once its highlighter is there (lazy.js), else plain. */
function useContent(body, language, lineNumbers) {
  const key = extraKeyFor("code", { language });
  if (key) preload(key);
  const highlighter = key ? loadedValue(key) : null;
  // Display elements render again only for new props: draw again when the
  // highlighter arrives (also if it arrived between this render and the effect).
  const [, arrived] = useState(0);
  useEffect(() => {
    if (!key) return undefined;
    if (loadedValue(key) !== highlighter) arrived((n) => n + 1);
    return onLoaded((loadedKey) => loadedKey === key && arrived((n) => n + 1));
  }, [key, highlighter]);
  return useMemo(() => {
    if (highlighter) return highlighter(body, lineNumbers);
    const lines = body.split("\n");
    return lineNumbers
      ? lines.map((line, i) => h("span", { key: i, class: "st-code-line" },
          h("span", { class: "linenumber", "aria-hidden": "true" }, String(i + 1)), line, i < lines.length - 1 ? "\n" : ""))
      : body;
  }, [highlighter, body, lineNumbers]);
}

export function CodeElement({ props }) {
  const body = props.body ?? "";
  const language = props.language || "plaintext";
  const content = useContent(body, props.language, props.lineNumbers);
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

// st.exception / uncaught script errors -> stException.
import { h } from "preact";
import { useState } from "preact/hooks";
import { Markdown } from "../markdown-view.js";

export function ExceptionElement({ props }) {
  const warning = Boolean(props.isWarning);
  const trace = Array.isArray(props.stackTrace) ? props.stackTrace : [];
  const message = props.message ?? "";
  const type = props.type ?? "Exception";
  // As Streamlit 1.67: a markdown message is one markdown text "**Type**: message".
  const messageContent = props.messageIsMarkdown
    ? [h(Markdown, { body: type ? `**${type}**: ${message}` : message })]
    : [h("span", { class: "st-exception-type" }, type), type ? ": " : null, message || null];
  return h("div", { class: "st-exception-wrap" },
    h("div", { class: "stException", "data-testid": "stException" },
      h("div", { class: `stAlertContainer st-alert-${warning ? "warning" : "error"}`, "data-testid": "stAlertContainer", role: "alert" },
        h("div", { "data-testid": warning ? "stAlertContentWarning" : "stAlertContentError" },
          h("div", { class: "st-exception-body" },
            h("div", { "data-testid": "stExceptionMessage", class: "st-exception-message" }, ...messageContent),
            trace.length
              ? h("div", { class: "st-exception-trace" },
                  h("div", { class: "st-exception-trace-title" }, "Traceback:"),
                  h("pre", null,
                    h("div", null,
                      h("code", null,
                        trace.map((row, i) => h("div", { key: i, "data-testid": "stExceptionTraceRow" }, row))))))
              : null,
            h(ErrorActions, { summary: `${type}: ${message}`, text: [`${type}: ${message}`, "", ...trace].join("\n") }))))));
}

/** Copy (type, message and traceback) and Streamlit 1.67's "Ask Google" /
 *  "Ask ChatGPT" links (new tabs; nothing is sent unless the user follows one). */
function ErrorActions({ summary, text }) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard?.writeText(text).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    }, () => {});
  const link = (href, label) => h("a", { class: "st-exception-link", href, target: "_blank", rel: "noopener noreferrer" }, label);
  return h("div", { class: "st-exception-actions" },
    h("button", { type: "button", class: "st-exception-copy", onClick: copy }, copied ? "Copied" : "Copy"),
    link(`https://www.google.com/search?q=${encodeURIComponent(summary)}`, "Ask Google"),
    link(`https://chatgpt.com/?q=${encodeURIComponent(text)}`, "Ask ChatGPT"));
}

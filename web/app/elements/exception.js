// st.exception / uncaught script errors -> stException.
import { h } from "preact";
import { useState } from "preact/hooks";
import { Markdown } from "../markdown-view.js";

export function ExceptionElement({ props }) {
  const warning = Boolean(props.isWarning);
  const trace = Array.isArray(props.stackTrace) ? props.stackTrace : [];
  const message = props.message ?? "";
  const messageNode = props.messageIsMarkdown
    ? [": ", h(Markdown, { body: message, inline: true, tag: "span" })]
    : message ? `: ${message}` : null;
  return h("div", { class: "st-exception-wrap" },
    h("div", { class: "stException", "data-testid": "stException" },
      h("div", { class: `stAlertContainer st-alert-${warning ? "warning" : "error"}`, "data-testid": "stAlertContainer", role: "alert" },
        h("div", { "data-testid": warning ? "stAlertContentWarning" : "stAlertContentError" },
          h("div", { class: "st-exception-body" },
            h("div", { "data-testid": "stExceptionMessage", class: "st-exception-message" },
              h("span", { class: "st-exception-type" }, props.type ?? "Exception"),
              messageNode),
            trace.length
              ? h("div", { class: "st-exception-trace" },
                  h("div", { class: "st-exception-trace-title" }, "Traceback:"),
                  h("pre", null,
                    h("div", null,
                      h("code", null,
                        trace.map((row, i) => h("div", { key: i, "data-testid": "stExceptionTraceRow" }, row))))))
              : null,
            h(CopyTraceback, { text: [`${props.type ?? "Exception"}: ${message}`, "", ...trace].join("\n") }))))));
}

function CopyTraceback({ text }) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard?.writeText(text).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    }, () => {});
  return h("div", { class: "st-exception-actions" },
    h("button", { type: "button", class: "st-exception-copy", onClick: copy }, copied ? "Copied" : "Copy"));
}

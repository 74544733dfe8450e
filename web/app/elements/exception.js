// st.exception / uncaught script errors -> stException.
import { h } from "preact";
import { Markdown } from "../markdown-view.js";

export function ExceptionElement({ props }) {
  const warning = Boolean(props.isWarning);
  const trace = Array.isArray(props.stackTrace) ? props.stackTrace : [];
  const message = props.message ?? "";
  const type = props.type ?? "Exception";
  // wasmlit's own: what to do when the browser is the cause (markdown), under the traceback.
  const hints = Array.isArray(props.hints) ? props.hints : [];
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
            hints.length
              ? h("div", { class: "st-exception-hints" },
                  hints.map((hint, i) =>
                    h("div", { key: i, class: "st-exception-hint", "data-testid": "wasmlitExceptionHint" },
                      h(Markdown, { body: hint }))))
              : null,
            showErrorLinks(props.showErrorLinks) ? h(ErrorLinks, { type: props.type ?? "Exception", message, trace }) : null)))));
}

/** client.showErrorLinks: "auto" (the default) shows them only on localhost, as 1.67 does. */
function showErrorLinks(option) {
  if (option === "true" || option === true) return true;
  if (option === "false" || option === false) return false;
  return location.hostname === "localhost" || location.hostname === "127.0.0.1";
}

/** 1.67's row under an error: Copy, and the error asked of Google and ChatGPT (new tabs). */
function ErrorLinks({ type, message, trace }) {
  const summary = `${type}: ${message}`;
  const full = `${summary}\n\n${trace.join("\n")}`;
  const link = (href, text) => h("a", { href, target: "_blank", rel: "noopener noreferrer" }, text);
  return h("div", { class: "st-exception-actions" },
    h("button", { type: "button", class: "st-exception-copy", onClick: () => navigator.clipboard?.writeText(full).catch(() => {}) }, "Copy"),
    link(`https://www.google.com/search?q=${encodeURIComponent(summary)}`, "Ask Google"),
    link(`https://chatgpt.com/?q=${encodeURIComponent(full)}`, "Ask ChatGPT"));
}

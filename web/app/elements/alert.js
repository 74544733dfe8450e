// st.error / st.warning / st.info / st.success -> stAlert.
import { h } from "preact";
import { Markdown } from "../markdown-view.js";

const CONTENT_TESTID = {
  error: "stAlertContentError",
  warning: "stAlertContentWarning",
  info: "stAlertContentInfo",
  success: "stAlertContentSuccess",
};

export function alertRole(format) {
  return format === "error" || format === "warning" ? "alert" : "status";
}

export function AlertElement({ props }) {
  const format = CONTENT_TESTID[props.format] ? props.format : "info";
  const icon = props.icon && !String(props.icon).startsWith(":material/") ? props.icon : null;
  return h("div", { class: "stAlert", "data-testid": "stAlert" },
    h("div", { class: `stAlertContainer st-alert-${format}`, "data-testid": "stAlertContainer", role: alertRole(format) },
      h("div", { "data-testid": CONTENT_TESTID[format] },
        h("div", { class: "st-alert-body" },
          icon ? h("span", { "data-testid": "stAlertDynamicIcon", class: "st-alert-icon" }, icon) : null,
          h(Markdown, { body: props.body })))));
}

// st.error / st.warning / st.info / st.success -> stAlert.
import { h } from "preact";
import { Markdown } from "../markdown-view.js";
import { MaterialIcon, materialIconName } from "../material-icon.js";

const CONTENT_TESTID = {
  error: "stAlertContentError",
  warning: "stAlertContentWarning",
  info: "stAlertContentInfo",
  success: "stAlertContentSuccess",
};

export function alertRole(format) {
  return format === "error" || format === "warning" ? "alert" : "status";
}

function AlertIcon({ icon }) {
  const material = materialIconName(icon);
  if (material) return h("span", { class: "st-alert-icon" }, h(MaterialIcon, { name: material, testid: "stAlertDynamicIcon", size: "1.25rem" }));
  return h("span", { "data-testid": "stAlertDynamicIcon", class: "st-alert-icon" }, icon);
}

export function AlertElement({ props }) {
  const format = CONTENT_TESTID[props.format] ? props.format : "info";
  const icon = props.icon ? h(AlertIcon, { icon: props.icon }) : null;
  // title= (Streamlit 1.67): the icon and a bold markdown title above the body.
  const content = props.title != null
    ? h("div", { class: "st-alert-titled" },
        h("div", { class: "st-alert-title-row" },
          icon ? h("div", null, icon) : null,
          h("strong", { "data-testid": "stAlertTitle", class: "st-alert-title" }, h(Markdown, { body: props.title, isLabel: true }))),
        h("div", null, h(Markdown, { body: props.body })))
    : h("div", { class: "st-alert-body" }, icon, h(Markdown, { body: props.body }));
  return h("div", { class: "stAlert", "data-testid": "stAlert" },
    h("div", { class: `stAlertContainer st-alert-${format}`, "data-testid": "stAlertContainer", role: alertRole(format) },
      h("div", { "data-testid": CONTENT_TESTID[format] }, content)));
}

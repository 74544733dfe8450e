// st.button / st.form_submit_button -> stButton / stFormSubmitButton.
import { h } from "preact";
import { useContext } from "preact/hooks";
import { AppContext } from "../context.js";
import { WithTooltip } from "../help.js";
import { Markdown } from "../markdown-view.js";
import { MaterialIcon, materialIconName } from "../material-icon.js";

export function ButtonWidget({ props }) {
  const { actions } = useContext(AppContext);
  const kind = ["primary", "secondary", "tertiary"].includes(props.kind) ? props.kind : "secondary";
  const buttonKind = props.isFormSubmitter ? `${kind}FormSubmit` : kind;
  const material = materialIconName(props.icon);
  const icon = props.icon && !material ? props.icon : null;
  const button = h("button", {
    type: "button",
    kind: buttonKind,
    "data-testid": `stBaseButton-${buttonKind}`,
    class: `st-button st-button-${kind}${props.useContainerWidth ? " st-button-full" : ""}`,
    disabled: Boolean(props.disabled),
    onClick: () => actions.click(props),
  },
    h("div", { class: "st-button-inner" },
      material ? h("span", { class: "st-button-icon" }, h(MaterialIcon, { name: material, size: "1.125rem" }))
        : icon ? h("span", { class: "st-button-icon", "data-testid": "stIconEmoji" }, icon) : null,
      h("span", { "data-has-shortcut": "false" },
        h("span", { style: { display: "contents" } }, h(Markdown, { body: props.label ?? "", isLabel: true })))));
  const wrapped = h(WithTooltip, { help: props.help }, button);
  if (props.isFormSubmitter) {
    return h("div", { class: props.useContainerWidth ? "st-button-full-wrap" : undefined },
      h("div", { class: "stFormSubmitButton", "data-testid": "stFormSubmitButton" }, wrapped));
  }
  return h("div", { class: "stButton", "data-testid": "stButton" }, wrapped);
}

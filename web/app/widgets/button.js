// st.button / st.form_submit_button -> stButton / stFormSubmitButton.
import { h } from "preact";
import { useContext } from "preact/hooks";
import { AppContext } from "../context.js";
import { WithTooltip } from "../help.js";
import { ButtonContent, useButtonShortcut } from "./button-content.js";

export function ButtonWidget({ props }) {
  const { actions } = useContext(AppContext);
  const kind = ["primary", "secondary", "tertiary"].includes(props.kind) ? props.kind : "secondary";
  const buttonKind = props.isFormSubmitter ? `${kind}FormSubmit` : kind;
  const disabled = Boolean(props.disabled);
  useButtonShortcut(props.shortcut, disabled, () => actions.click(props));
  const button = h("button", {
    type: "button",
    kind: buttonKind,
    "data-testid": `stBaseButton-${buttonKind}`,
    class: `st-button st-button-${kind}${props.useContainerWidth ? " st-button-full" : ""}`,
    disabled,
    onClick: () => actions.click(props),
  },
    h(ButtonContent, { props }));
  const wrapped = h(WithTooltip, { help: props.help }, button);
  if (props.isFormSubmitter) {
    return h("div", { class: props.useContainerWidth ? "st-button-full-wrap" : undefined },
      h("div", { class: "stFormSubmitButton", "data-testid": "stFormSubmitButton" }, wrapped));
  }
  return h("div", { class: "stButton", "data-testid": "stButton" }, wrapped);
}

// st.text_input -> stTextInput.
import { h } from "preact";
import { useContext, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { canEnterSubmit } from "../forms.js";
import { useUid } from "../hooks.js";
import { EyeIcon } from "../icons.js";
import { InputInstructions } from "./input-instructions.js";
import { labelText, WidgetLabel } from "./label.js";
import { SyncedInput } from "./synced-input.js";

export function TextInputWidget({ props }) {
  const { tree, widgets, actions } = useContext(AppContext);
  const uid = useUid("text-input");
  const [focused, setFocused] = useState(false);
  const [reveal, setReveal] = useState(false);
  const value = widgets.value(props.id);
  const text = value == null ? "" : String(value);
  const password = props.inputType === "password";
  const inForm = Boolean(props.formId);
  return h("div", { class: "stTextInput", "data-testid": "stTextInput" },
    h(WidgetLabel, { label: props.label, visibility: props.labelVisibility, help: props.help, htmlFor: uid, disabled: props.disabled }),
    h("div", { class: "react-aria-TextField" },
      h("div", { "data-testid": "stTextInputRootElement", class: "st-input-root" },
        h(SyncedInput, {
          id: uid,
          type: password && !reveal ? "password" : "text",
          "data-testid": "stTextInputField",
          "aria-label": labelText(props),
          placeholder: props.placeholder ?? "",
          autocomplete: password ? "new-password" : props.autocomplete ?? "",
          maxlength: props.maxChars ?? undefined,
          disabled: Boolean(props.disabled),
          value: text,
          onInput: (event) => actions.edit(props, event.currentTarget.value),
          onFocus: () => setFocused(true),
          onBlur: () => {
            setFocused(false);
            actions.commit(props);
          },
          onKeyDown: (event) => {
            if (event.key === "Enter" && !event.isComposing) {
              event.preventDefault();
              actions.enter(props);
            }
          },
        }),
        password
          ? h("div", { class: "st-input-adornment" },
              h("button", {
                type: "button",
                class: "st-icon-button",
                "aria-label": reveal ? "Hide password" : "Show password",
                "aria-pressed": String(reveal),
                onClick: () => setReveal(!reveal),
              }, h(EyeIcon, { off: reveal })))
          : h("div", { class: "st-input-adornment" }))),
    focused && !props.disabled
      ? h(InputInstructions, {
          dirty: widgets.isDirty(props.id),
          inForm,
          enterSubmits: inForm && canEnterSubmit(tree, props.formId),
          length: text.length,
          maxChars: props.maxChars,
        })
      : null);
}

// st.text_area -> stTextArea (Ctrl/Cmd+Enter applies or submits the form).
import { h } from "preact";
import { useContext, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { canEnterSubmit } from "../forms.js";
import { useUid } from "../hooks.js";
import { InputInstructions } from "./input-instructions.js";
import { labelText, WidgetLabel } from "./label.js";

export function TextAreaWidget({ props }) {
  const { tree, widgets, actions } = useContext(AppContext);
  const uid = useUid("text-area");
  const [focused, setFocused] = useState(false);
  const value = widgets.value(props.id);
  const text = value == null ? "" : String(value);
  const inForm = Boolean(props.formId);
  const style = props.height ? { height: `${props.height}px` } : undefined;
  return h("div", { class: "stTextArea", "data-testid": "stTextArea" },
    h(WidgetLabel, { label: props.label, visibility: props.labelVisibility, help: props.help, htmlFor: uid, disabled: props.disabled , required: Boolean(props.required) }),
    h("div", { "data-testid": "stTextAreaRootElement", class: "st-input-root st-textarea-root" },
      h("textarea", {
        id: uid,
        "aria-label": labelText(props),
        placeholder: props.placeholder ?? "",
        maxlength: props.maxChars ?? undefined,
        disabled: Boolean(props.disabled),
        rows: 3,
        style,
        value: text,
        // As React does for a controlled textarea, the text is also its
        // default value (its text content): Streamlit's textContent shows it.
        defaultValue: text,
        onInput: (event) => actions.edit(props, /** @type {HTMLTextAreaElement} */ (event.currentTarget).value),
        onFocus: () => setFocused(true),
        onBlur: () => {
          setFocused(false);
          actions.commit(props);
        },
        onKeyDown: (event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.isComposing) {
            event.preventDefault();
            actions.enter(props);
          }
        },
      })),
    focused && !props.disabled
      ? h(InputInstructions, {
          dirty: widgets.isDirty(props.id),
          inForm,
          enterSubmits: inForm && canEnterSubmit(tree, props.formId),
          length: text.length,
          maxChars: props.maxChars,
          multiline: true,
        })
      : null);
}

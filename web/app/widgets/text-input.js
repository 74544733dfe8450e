// st.text_input -> stTextInput. required= and validate= refuse a value at
// commit (text-checks.js: an error under the input, nothing sent); live=
// commits after a pause in typing (props.liveDebounceMs; not in a form).
import { h } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { canEnterSubmit } from "../forms.js";
import { useUid } from "../hooks.js";
import { EyeIcon, MaterialErrorIcon } from "../icons.js";
import { MaterialIcon, materialIconName } from "../material-icon.js";
import { checkText } from "./text-checks.js";
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
  const [error, setError] = useState(null);
  const liveTimer = useRef(null);
  const live = props.liveDebounceMs !== null && props.liveDebounceMs !== undefined && !inForm;
  useEffect(() => () => clearTimeout(liveTimer.current), []);
  const errorId = `${uid}-error`;
  const icon = props.icon ? InputIcon({ icon: props.icon }) : null;

  /** Commits the typed value if it passes the checks; false when refused. */
  function tryCommit(showRequired = true) {
    if (!widgets.isDirty(props.id)) return true;
    const problem = checkText(widgets.value(props.id) ?? "", props, { showRequired });
    if (problem) {
      setError(problem.message);
      return false;
    }
    setError(null);
    actions.commit(props);
    return true;
  }
  return h("div", { class: "stTextInput", "data-testid": "stTextInput" },
    h(WidgetLabel, { label: props.label, visibility: props.labelVisibility, help: props.help, htmlFor: uid, disabled: props.disabled, required: Boolean(props.required) }),
    h("div", { class: "react-aria-TextField" },
      h("div", { "data-testid": "stTextInputRootElement", class: error ? "st-input-root st-invalid" : "st-input-root" },
        icon,
        h(SyncedInput, {
          id: uid,
          type: password && !reveal ? "password" : "text",
          "data-testid": "stTextInputField",
          "aria-label": labelText(props),
          placeholder: props.placeholder ?? "",
          autocomplete: password ? "new-password" : props.autocomplete ?? "",
          maxlength: props.maxChars ?? undefined,
          disabled: Boolean(props.disabled),
          "aria-required": props.required ? "true" : undefined,
          "aria-invalid": error ? "true" : undefined,
          "aria-describedby": error ? errorId : undefined,
          value: text,
          onInput: (event) => {
            actions.edit(props, event.currentTarget.value);
            if (error) setError(null);
            if (live && !event.isComposing) {
              clearTimeout(liveTimer.current);
              liveTimer.current = setTimeout(() => tryCommit(false), props.liveDebounceMs);
            }
          },
          onFocus: () => setFocused(true),
          onBlur: () => {
            setFocused(false);
            clearTimeout(liveTimer.current);
            if (inForm) {
              const problem = checkText(widgets.value(props.id) ?? "", props);
              setError(problem ? problem.message : null);
              if (!problem) actions.commit(props);
            } else {
              tryCommit();
            }
          },
          onKeyDown: (event) => {
            if (event.key === "Enter" && !event.isComposing) {
              event.preventDefault();
              clearTimeout(liveTimer.current);
              const problem = checkText(widgets.value(props.id) ?? "", props);
              if (problem && widgets.isDirty(props.id)) {
                setError(problem.message);
                return;
              }
              setError(null);
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
          : h("div", { class: "st-input-adornment" },
              error
                ? h("div", { "data-testid": "stTextInputErrorIcon" },
                    h("div", { "data-testid": "stTooltipErrorHoverTarget", class: "stTooltipErrorHoverTarget", title: error },
                      h(MaterialErrorIcon, null)))
                : null)),
      error ? h("span", { id: errorId, role: "alert", class: "st-input-error" }, error) : null),
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

/** The icon= at the input's start: a Material icon or an emoji. */
function InputIcon({ icon }) {
  const material = materialIconName(icon);
  return h("div", { class: "st-input-icon" },
    material ? h("span", null, h(MaterialIcon, { name: material, testid: "stTextInputIcon", size: "1.25rem" }))
      : h("span", { "data-testid": "stTextInputIcon" }, icon));
}

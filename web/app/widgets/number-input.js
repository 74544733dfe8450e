// st.number_input -> stNumberInput (input[type=number] + step buttons).
import { h } from "preact";
import { useContext, useLayoutEffect, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { canEnterSubmit } from "../forms.js";
import { formatNumberInputValue } from "../format.js";
import { useUid } from "../hooks.js";
import { CloseIcon, MinusIcon, PlusIcon } from "../icons.js";
import { InputInstructions } from "./input-instructions.js";
import { labelText, WidgetLabel } from "./label.js";
import { SyncedInput } from "./synced-input.js";
import { LeadingIcon } from "./input-icon.js";
import { outOfRange, parseNumber, shownNumber, stepNumber } from "./number-value.js";

// Streamlit 1.67 drops the step buttons when the widget is at most 7.5rem wide.
const HIDE_STEPS_AT_PX = 120;

/** The element's width in px (0 until measured), kept up to date. */
function useWidth(ref) {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    setWidth(el.getBoundingClientRect().width);
    const observer = new ResizeObserver(() => setWidth(el.getBoundingClientRect().width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return width;
}

export function NumberInputWidget({ props }) {
  const { tree, widgets, actions } = useContext(AppContext);
  const uid = useUid("number-input");
  const [draft, setDraft] = useState(null);
  const [focused, setFocused] = useState(false);
  const value = widgets.value(props.id);
  const shown = draft ?? formatNumberInputValue(value, props);
  const inForm = Boolean(props.formId);
  const disabled = Boolean(props.disabled);
  const up = stepNumber(shownNumber(value, props), 1, props);
  const down = stepNumber(shownNumber(value, props), -1, props);
  const rootRef = useRef(null);
  const width = useWidth(rootRef);
  const showSteps = width === 0 || width > HIDE_STEPS_AT_PX;
  // As Streamlit: a number input without a default (value=None) can be cleared
  // (Escape, or the "Clear value" button while it holds a number).
  const clearable = props.default == null && !disabled && !props.required;
  const clear = () => {
    setDraft(null);
    actions.change(props, null);
  };

  /** Takes the typed text as the pending value; false (and the browser's
   * message about min/max) when it is out of range: the text stays, uncommitted. */
  const finishDraft = (input) => {
    if (draft === null) return true;
    const parsed = parseNumber(draft, props);
    if (outOfRange(parsed, props)) {
      input?.reportValidity?.();
      return false;
    }
    setDraft(null);
    if (parsed !== undefined) widgets.setPending(props.id, parsed);
    return true;
  };
  const commitDraft = (input) => {
    if (finishDraft(input)) actions.commit(props);
  };
  const step = (direction) => {
    const typed = draft === null ? undefined : parseNumber(draft, props);
    const next = stepNumber(typed ?? shownNumber(value, props), direction, props);
    if (next === null) return;
    setDraft(null);
    actions.change(props, next);
  };

  return h("div", { class: "stNumberInput", "data-testid": "stNumberInput", ref: rootRef },
    h(WidgetLabel, { label: props.label, visibility: props.labelVisibility, help: props.help, htmlFor: uid, disabled , required: Boolean(props.required) }),
    h("div", { class: "react-aria-TextField" },
      h("div", { "data-testid": "stNumberInputContainer", class: "st-input-root st-number-root" },
        h(LeadingIcon, { icon: props.icon, testid: "stNumberInputIcon" }),
        h(SyncedInput, {
          id: uid,
          type: "number",
          "data-testid": "stNumberInputField",
          "aria-label": labelText(props),
          placeholder: props.placeholder ?? "",
          step: props.step ?? undefined,
          min: props.min ?? undefined,
          max: props.max ?? undefined,
          disabled,
          value: shown,
          onInput: (event) => {
            const text = event.currentTarget.value;
            setDraft(text);
            const parsed = parseNumber(text, props);
            if (parsed !== undefined && !outOfRange(parsed, props) && inForm) widgets.setPending(props.id, parsed);
          },
          onFocus: () => setFocused(true),
          onBlur: (event) => {
            setFocused(false);
            commitDraft(event.currentTarget);
          },
          onKeyDown: (event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              if (finishDraft(event.currentTarget)) actions.enter(props);
            } else if (event.key === "Escape" && clearable) {
              event.preventDefault();
              clear();
            } else if (event.key === "ArrowUp" || event.key === "ArrowDown") {
              event.preventDefault();
              step(event.key === "ArrowUp" ? 1 : -1);
            }
          },
          onWheel: (event) => {
            if (document.activeElement === event.currentTarget) event.currentTarget.blur();
          },
        }),
        clearable && value != null && draft !== ""
          ? h("button", {
              type: "button",
              "data-testid": "stNumberInputClearButton",
              "aria-label": "Clear value",
              tabindex: "-1",
              class: "st-step-button st-number-clear",
              onMouseDown: (event) => event.preventDefault(),
              onClick: clear,
            }, h(CloseIcon, null))
          : null,
        showSteps ? h("div", { class: "st-number-steps" },
          h("button", {
            type: "button",
            "data-testid": "stNumberInputStepDown",
            "aria-label": "Decrement",
            tabindex: "-1",
            class: "st-step-button",
            disabled: disabled || down === null,
            onMouseDown: (event) => event.preventDefault(),
            onClick: () => step(-1),
          }, h(MinusIcon, null)),
          h("button", {
            type: "button",
            "data-testid": "stNumberInputStepUp",
            "aria-label": "Increment",
            tabindex: "-1",
            class: "st-step-button",
            disabled: disabled || up === null,
            onMouseDown: (event) => event.preventDefault(),
            onClick: () => step(1),
          }, h(PlusIcon, null))) : null)),
    focused && !disabled
      ? h(InputInstructions, {
          dirty: draft !== null ? draft !== formatNumberInputValue(widgets.committedValue(props.id), props) : widgets.isDirty(props.id),
          inForm,
          enterSubmits: inForm && canEnterSubmit(tree, props.formId),
        })
      : null);
}

// st.radio -> stRadio (native input[type=radio] per option; value = option index).
import { h } from "preact";
import { useContext } from "preact/hooks";
import { cx } from "../classes.js";
import { AppContext } from "../context.js";
import { useUid } from "../hooks.js";
import { Markdown } from "../markdown-view.js";
import { labelText, WidgetLabel } from "./label.js";
import { fromIndex, toIndex } from "./option-value.js";
import { SyncedInput } from "./synced-input.js";

export function RadioWidget({ props }) {
  const { widgets, actions } = useContext(AppContext);
  const name = useUid("radio");
  const selected = toIndex(props, widgets.value(props.id));
  const options = Array.isArray(props.options) ? props.options : [];
  const captions = Array.isArray(props.captions) ? props.captions : [];
  const disabled = Boolean(props.disabled);
  const horizontal = Boolean(props.horizontal);
  const focusIndex = selected == null ? 0 : selected;
  return h("div", { class: "stRadio", "data-testid": "stRadio" },
    h(WidgetLabel, { label: props.label, visibility: props.labelVisibility, help: props.help, disabled, tag: "label" }),
    h("div", {
      "data-testid": "stRadioGroup",
      role: "radiogroup",
      "aria-label": labelText(props),
      "aria-orientation": horizontal ? "horizontal" : "vertical",
      "data-orientation": horizontal ? "horizontal" : "vertical",
      class: cx("st-radio-group", horizontal && "st-horizontal"),
    },
      options.length === 0 ? h("div", { class: "st-radio-empty" }, "No options to select.") : null,
      options.map((option, index) => {
        const checked = selected === index;
        return h("div", { key: index, class: "st-radio-item", "data-selected": checked ? "true" : undefined },
          h("label", { "data-testid": "stRadioOption", class: cx("st-radio-option", disabled && "st-disabled"), "data-selected": checked ? "true" : undefined },
            h("span", { class: "st-visually-hidden" },
              h(SyncedInput, {
                type: "radio",
                name,
                value: String(index),
                checked,
                disabled,
                tabindex: index === focusIndex ? "0" : "-1",
                onChange: (event) => {
                  if (event.currentTarget.checked) actions.change(props, fromIndex(props, index));
                },
              })),
            h("div", { class: "st-radio-body" },
              h("div", { class: cx("st-radio-dot-wrap", checked && "st-on") }, h("div", { class: "st-radio-dot" })),
              h("div", { class: "st-radio-text" },
                h(Markdown, { body: String(option), isLabel: true }),
                captions[index] ? h(Markdown, { body: captions[index], isLabel: true, testid: "stCaptionContainer", class: "st-radio-caption" }) : null))));
      })));
}

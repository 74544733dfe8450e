// st.pills / st.segmented_control -> stButtonGroup: a row of toggle buttons
// (data-variant=pills|segmented_control). Single mode: role=radiogroup of
// role=radio buttons (aria-checked), a second click on the selected one clears
// it unless props.required. Multi mode: role=toolbar of aria-pressed buttons.
// Value: string[] of the selected labels (at most one in single mode).
import { h } from "preact";
import { useContext } from "preact/hooks";
import { cx } from "../classes.js";
import { AppContext } from "../context.js";
import { Markdown } from "../markdown-view.js";
import { labelText, WidgetLabel } from "./label.js";

/** The selection after clicking `option`. */
export function toggleSelection(selected, option, { multi, required }) {
  const has = selected.includes(option);
  if (multi) return has ? selected.filter((s) => s !== option) : selected.concat([option]);
  if (has) return required ? selected : [];
  return [option];
}

export function ButtonGroupWidget({ props }) {
  const { widgets, actions } = useContext(AppContext);
  const raw = widgets.value(props.id);
  const selected = Array.isArray(raw) ? raw.map(String) : [];
  const options = Array.isArray(props.options) ? props.options.map(String) : [];
  const multi = props.selectionMode === "multi";
  const variant = props.style === "segmented_control" ? "segmented_control" : "pills";
  const disabled = Boolean(props.disabled);
  const hasLabel = Boolean(props.label);
  return h("div", { class: "stButtonGroup", "data-testid": "stButtonGroup" },
    hasLabel ? h(WidgetLabel, { label: props.label, visibility: props.labelVisibility, help: props.help, disabled }) : null,
    h("div", {
      "aria-label": labelText(props) || undefined,
      role: multi ? "toolbar" : "radiogroup",
      "aria-orientation": "horizontal",
      "aria-disabled": String(disabled),
      "data-orientation": "horizontal",
      class: cx("st-button-group", `st-button-group-${variant}`),
    },
      options.map((option, index) => {
        const on = selected.includes(option);
        return h("button", {
          key: index,
          type: "button",
          "data-variant": variant,
          role: multi ? undefined : "radio",
          "aria-checked": multi ? undefined : String(on),
          "aria-pressed": multi ? String(on) : undefined,
          "data-selected": on ? "true" : undefined,
          class: cx("st-group-button", on && "st-on"),
          disabled,
          onClick: () => actions.change(props, toggleSelection(selected, option, { multi, required: Boolean(props.required) })),
        },
          h("div", null,
            h("span", { "data-has-shortcut": "false" },
              h("span", { style: { display: "contents" } }, h(Markdown, { body: option, isLabel: true })))));
      })));
}

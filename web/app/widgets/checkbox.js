// st.checkbox / st.toggle -> stCheckbox (a real input[type=checkbox]; role=switch for toggles).
import { h } from "preact";
import { useContext } from "preact/hooks";
import { cx } from "../classes.js";
import { AppContext } from "../context.js";
import { HelpTooltip } from "../help.js";
import { CheckIcon } from "../icons.js";
import { Markdown } from "../markdown-view.js";
import { labelText } from "./label.js";
import { SyncedInput } from "./synced-input.js";

export function CheckboxWidget({ props }) {
  const { widgets, actions } = useContext(AppContext);
  const checked = Boolean(widgets.value(props.id));
  const toggle = props.style === "toggle";
  const visibility = props.labelVisibility ?? "visible";
  const selected = checked ? "true" : undefined;
  return h("div", {
    "data-testid": "stCheckbox",
    class: cx("row-widget stCheckbox", toggle && "st-toggle", props.disabled && "st-disabled"),
    "data-selected": selected,
  },
    h("label", { class: "st-checkbox-label", "data-selected": selected },
      h("span", { class: "st-visually-hidden" },
        h(SyncedInput, {
          type: "checkbox",
          "aria-label": labelText(props),
          role: toggle ? "switch" : undefined,
          checked,
          disabled: Boolean(props.disabled),
          onChange: (event) => actions.change(props, event.currentTarget.checked),
        })),
      toggle
        ? h("div", { class: cx("st-toggle-track", checked && "st-on") }, h("div", { class: "st-toggle-knob" }))
        : h("div", { class: cx("st-checkbox-box", checked && "st-on") }, checked ? h(CheckIcon, null) : null),
      h("div", {
        "data-testid": "stWidgetLabel",
        class: cx("st-checkbox-text", visibility === "hidden" && "st-label-hidden", visibility === "collapsed" && "st-label-collapsed"),
      },
        h("div", null, h("span", { style: { display: "contents" } }, h(Markdown, { body: props.label ?? "", isLabel: true }))))),
    props.help ? h(HelpTooltip, { help: props.help, label: labelText(props) }) : null);
}

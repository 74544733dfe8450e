// stWidgetLabel: a widget's markdown label (+ help icon), honouring labelVisibility.
import { h } from "preact";
import { cx } from "../classes.js";
import { HelpTooltip } from "../help.js";
import { Markdown } from "../markdown-view.js";
import { markdownToText } from "../markdown.js";

/**
 * @param {{label: string, visibility?: string, help?: string|null, htmlFor?: string,
 *          disabled?: boolean, tag?: string, required?: boolean}} props
 */
export function WidgetLabel({ label, visibility = "visible", help, htmlFor, disabled, tag = "label", required }) {
  return h(tag, {
    "data-testid": "stWidgetLabel",
    class: cx("st-widget-label", visibility === "hidden" && "st-label-hidden", visibility === "collapsed" && "st-label-collapsed"),
    for: tag === "label" ? htmlFor : undefined,
    disabled: disabled || undefined,
  },
    h("span", { "aria-hidden": "true" }, h(Markdown, { body: label, isLabel: true })),
    // required=True (Streamlit 1.67) marks the label.
    required ? h("span", { "data-testid": "stWidgetLabelRequired", "aria-hidden": "true", class: "st-widget-label-required" }, "(required)") : null,
    help ? h("div", { class: "st-widget-label-help" }, h(HelpTooltip, { help, label: markdownToText(label) })) : null);
}

/** Plain-text label for aria-label attributes. */
export function labelText(props) {
  return markdownToText(props.label ?? "");
}

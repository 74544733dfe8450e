// st.text -> stText (preformatted plain text).
import { h } from "preact";
import { HelpTooltip } from "../help.js";

export function TextElement({ props }) {
  return h("div", { class: "stText", "data-testid": "stText" },
    h("span", { class: "st-text-body" }, props.body ?? ""),
    props.help ? h(HelpTooltip, { help: props.help }) : null);
}

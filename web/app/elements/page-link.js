// st.page_link -> stPageLink. External URLs are real links (new tab). Links to
// page files cannot navigate yet (wasmlit has no multipage apps): clicking one
// says so instead.
import { h } from "preact";
import { useState } from "preact/hooks";
import { cx } from "../classes.js";
import { WithTooltip } from "../help.js";
import { Markdown } from "../markdown-view.js";

export const MULTIPAGE_NOTE = "Multipage apps are not supported by wasmlit yet, so this page link cannot open its page.";

export function PageLinkElement({ props }) {
  const [noted, setNoted] = useState(false);
  const icon = props.icon && !String(props.icon).startsWith(":material/") ? props.icon : null;
  const disabled = Boolean(props.disabled);
  const link = h("a", {
    "data-testid": "stPageLink-NavLink",
    class: cx("st-page-link", disabled && "st-disabled", props.useContainerWidth && "st-page-link-full"),
    href: disabled ? undefined : props.external ? props.page : "#",
    target: props.external ? "_blank" : undefined,
    rel: props.external ? "noreferrer" : undefined,
    "aria-disabled": disabled ? "true" : undefined,
    title: props.external ? undefined : MULTIPAGE_NOTE,
    onClick: (event) => {
      if (disabled || !props.external) event.preventDefault();
      if (!disabled && !props.external) setNoted(true);
    },
  },
    icon ? h("span", { class: "st-page-link-icon" }, h("span", { "data-testid": "stIconEmoji", "aria-hidden": "true" }, icon)) : null,
    h("span", { class: "st-page-link-label" }, h(Markdown, { body: props.label ?? "", isLabel: true })));
  return h("div", { class: "stPageLink", "data-testid": "stPageLink" },
    h("div", null, h(WithTooltip, { help: props.help }, link)),
    noted ? h("div", { class: "st-page-link-note", role: "status" }, MULTIPAGE_NOTE) : null);
}

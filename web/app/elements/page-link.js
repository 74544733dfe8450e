// st.page_link -> stPageLink. External URLs open in a new tab; a link to a
// page of the app is a real link to the page's URL that, on a plain click,
// switches pages without reloading (like Streamlit's nav links).
import { h } from "preact";
import { useContext } from "preact/hooks";
import { cx } from "../classes.js";
import { AppContext } from "../context.js";
import { WithTooltip } from "../help.js";
import { Markdown } from "../markdown-view.js";
import { safeHref } from "../safe-url.js";

function isPlainClick(event) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function PageLinkElement({ props }) {
  const app = useContext(AppContext);
  const icon = props.icon && !String(props.icon).startsWith(":material/") ? props.icon : null;
  const disabled = Boolean(props.disabled);
  const href = props.external ? safeHref(props.page) : app?.hrefFor?.(props.page ?? "", props.queryString) ?? "#";
  const link = h("a", {
    "data-testid": "stPageLink-NavLink",
    class: cx("st-page-link", disabled && "st-disabled", props.useContainerWidth && "st-page-link-full"),
    href: disabled ? undefined : href,
    target: props.external ? "_blank" : undefined,
    rel: props.external ? "noreferrer" : undefined,
    "aria-disabled": disabled ? "true" : undefined,
    onClick: (event) => {
      if (disabled) {
        event.preventDefault();
        return;
      }
      if (props.external || !isPlainClick(event)) return;
      event.preventDefault();
      app.navigate({ pageScriptHash: props.pageScriptHash ?? "", pageName: props.page ?? "", queryString: props.queryString ?? "" });
    },
  },
    icon ? h("span", { class: "st-page-link-icon" }, h("span", { "data-testid": "stIconEmoji", "aria-hidden": "true" }, icon)) : null,
    h("span", { class: "st-page-link-label" }, h(Markdown, { body: props.label ?? "", isLabel: true })));
  return h("div", { class: "stPageLink", "data-testid": "stPageLink" },
    h("div", null, h(WithTooltip, { help: props.help }, link)));
}

// st.link_button -> stLinkButton: an <a> styled as a button, opening the URL
// in a new tab; with on_click set it also reruns the app with its trigger.
import { h } from "preact";
import { useContext } from "preact/hooks";
import { AppContext } from "../context.js";
import { WithTooltip } from "../help.js";
import { Markdown } from "../markdown-view.js";
import { MaterialIcon, materialIconName } from "../material-icon.js";
import { isScriptUrl, safeHref } from "../safe-url.js";

export function LinkButtonWidget({ props }) {
  const { actions } = useContext(AppContext);
  const kind = ["primary", "secondary", "tertiary"].includes(props.kind) ? props.kind : "secondary";
  const material = materialIconName(props.icon);
  const icon = props.icon && !material ? props.icon : null;
  const disabled = Boolean(props.disabled);
  // A script URL is shown as Streamlit 1.67 shows it (href "#", same tab) and
  // does nothing; a data: document is not linked at all.
  const refused = isScriptUrl(props.url) || safeHref(props.url) === undefined;
  const link = h("a", {
    kind,
    href: disabled ? undefined : refused ? "#" : props.url,
    target: refused ? "_self" : "_blank",
    rel: "noreferrer",
    tabindex: disabled ? "-1" : "0",
    "aria-disabled": disabled ? "true" : undefined,
    "data-testid": `stBaseLinkButton-${kind}`,
    class: `st-button st-button-${kind} st-link-button${props.useContainerWidth ? " st-button-full" : ""}${disabled ? " st-disabled" : ""}`,
    onClick: (event) => {
      if (disabled || refused) {
        event.preventDefault();
        return;
      }
      if (!props.ignoreRerun && props.id) actions.click(props);
    },
  },
    h("div", { class: "st-button-inner" },
      material ? h("span", { class: "st-button-icon" }, h(MaterialIcon, { name: material, size: "1.125rem" }))
        : icon ? h("span", { class: "st-button-icon", "data-testid": "stIconEmoji" }, icon) : null,
      h("span", { "data-has-shortcut": "false" },
        h("span", { style: { display: "contents" } }, h(Markdown, { body: props.label ?? "", isLabel: true })))));
  return h("div", { class: "stLinkButton", "data-testid": "stLinkButton" }, h(WithTooltip, { help: props.help }, link));
}

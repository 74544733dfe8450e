// st.link_button -> stLinkButton: an <a> styled as a button, opening the URL
// in a new tab; with on_click set it also reruns the app with its trigger.
import { h } from "preact";
import { useContext, useRef } from "preact/hooks";
import { AppContext } from "../context.js";
import { WithTooltip } from "../help.js";
import { ButtonContent, useButtonShortcut } from "./button-content.js";
import { isScriptUrl, safeHref } from "../safe-url.js";

export function LinkButtonWidget({ props }) {
  const { actions } = useContext(AppContext);
  const kind = ["primary", "secondary", "tertiary"].includes(props.kind) ? props.kind : "secondary";
  const disabled = Boolean(props.disabled);
  const linkRef = useRef(null);
  useButtonShortcut(props.shortcut, disabled, () => linkRef.current?.click());
  // A script URL is shown as Streamlit 1.67 shows it (href "#", same tab) and
  // does nothing; a data: document is not linked at all.
  const refused = isScriptUrl(props.url) || safeHref(props.url) === undefined;
  const link = h("a", {
    ref: linkRef,
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
    h(ButtonContent, { props }));
  return h("div", { class: "stLinkButton", "data-testid": "stLinkButton" }, h(WithTooltip, { help: props.help }, link));
}

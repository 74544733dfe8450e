// The inside of st.button / st.download_button / st.link_button /
// st.form_submit_button as Streamlit 1.67 draws it:
//   div > span[data-has-shortcut] > [icon left] span(display: contents) label [icon right] [kbd shortcut]
// and useButtonShortcut, which clicks the button when its shortcut is pressed.
import { h } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { Markdown } from "../markdown-view.js";
import { markdownToText } from "../markdown.js";
import { MaterialIcon, materialIconName } from "../material-icon.js";
import { matchesShortcut, parseShortcut, shortcutText, suppressedWhileTyping } from "./shortcut-keys.js";

function ButtonIcon({ icon }) {
  const material = materialIconName(icon);
  if (material) return h("span", { class: "st-button-icon" }, h(MaterialIcon, { name: material, size: "1.125rem" }));
  return h("span", { class: "st-button-icon", "data-testid": "stIconEmoji" }, icon);
}

export function ButtonContent({ props }) {
  const icon = props.icon ? h(ButtonIcon, { icon: props.icon }) : null;
  const right = props.iconPosition === "right";
  const keys = shortcutText(props.shortcut);
  // wrap=False (1.67): one line, cut with an ellipsis, the whole label in a title.
  const nowrap = props.wrap === false;
  return h("div", { class: nowrap ? "st-button-inner st-button-nowrap" : "st-button-inner", title: nowrap ? markdownToText(props.label ?? "") : undefined },
    h("span", { "data-has-shortcut": keys ? "true" : "false", class: "st-button-content" },
      right ? null : icon,
      h("span", { style: { display: "contents" } }, h(Markdown, { body: props.label ?? "", isLabel: true })),
      right ? icon : null,
      keys ? h("kbd", { "aria-label": `Shortcut ${keys}`, class: "st-button-kbd" }, keys) : null));
}

/** Calls activate() when the page gets the button's shortcut (not while disabled). */
export function useButtonShortcut(shortcut, disabled, activate) {
  const latest = useRef(activate);
  latest.current = activate;
  useEffect(() => {
    const parsed = parseShortcut(shortcut);
    if (!parsed || !parsed.baseKey || disabled) return undefined;
    const onKeyDown = (event) => {
      if (event.defaultPrevented || event.repeat || !matchesShortcut(event, parsed)) return;
      if (suppressedWhileTyping(event, parsed)) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [shortcut, disabled]);
}

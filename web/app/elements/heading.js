// st.title / st.header / st.subheader -> stHeading.
import { h } from "preact";
import { useContext, useRef } from "preact/hooks";
import { SidebarContext } from "../context.js";
import { HelpTooltip } from "../help.js";
import { LinkIcon } from "../icons.js";
import { markdownToText, renderMarkdown, slugify } from "../markdown.js";
import { useMarkdownAssets } from "../markdown-view.js";
import { MaterialIcon, materialIconName } from "../material-icon.js";

/** The icon before a heading's text (icon=, Streamlit 1.67): a Material icon, "spinner" or an emoji. */
function HeadingIcon({ icon }) {
  const material = materialIconName(icon);
  const inner = material
    ? h(MaterialIcon, { name: material, testid: "stHeadingIcon", size: "1em" })
    : icon === "spinner"
      ? h("span", { class: "st-spin-icon", "data-testid": "stHeadingIcon", "aria-hidden": "true" })
      : h("span", { "data-testid": "stHeadingIcon", "aria-hidden": "true" }, icon);
  return h("span", { "aria-hidden": "true", "data-testid": "stHeadingIconWrapper", class: "st-heading-icon" }, h("span", null, inner));
}

const DIVIDER_COLORS = {
  blue: "#1c83e1",
  green: "#21c354",
  orange: "#ffa421",
  red: "#ff4b4b",
  violet: "#803df5",
  gray: "#a3a8b8",
  grey: "#a3a8b8",
  yellow: "#faca2b",
  primary: "#ff4b4b",
};

export function Heading({ props }) {
  const inSidebar = useContext(SidebarContext);
  const tag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(props.tag) ? props.tag : "h1";
  const html = renderMarkdown(props.body, { inline: true });
  const textRef = useRef(null);
  // `:balloon:` shortcodes (the emoji table), math, `:material/...:` icons.
  useMarkdownAssets(props.body, html, textRef);
  const text = h("span", { ref: textRef, "data-heading-text": "", dangerouslySetInnerHTML: { __html: html } });
  const anchor = inSidebar ? null : props.anchor === false ? null : props.anchor || slugify(markdownToText(props.body));
  const actions = (props.help || anchor)
    ? h("span", { "data-testid": "stHeaderActionElements", class: "st-heading-actions" },
        props.help ? h("label", null, h(HelpTooltip, { help: props.help })) : null,
        anchor ? h("a", { href: `#${anchor}`, "aria-label": "Link to heading", class: "st-heading-link" }, h(LinkIcon, null)) : null)
    : null;
  // anchor=False hides the link, but the heading keeps its slug id (Streamlit 1.67).
  const id = anchor || (!inSidebar && props.anchor === false ? slugify(markdownToText(props.body)) : undefined);
  const heading = h(tag, { id: id || undefined }, props.icon ? h(HeadingIcon, { icon: props.icon }) : null, text, actions);
  const divider = props.divider
    ? h("hr", {
        "data-testid": "stHeadingDivider",
        class: "st-heading-divider",
        style: props.divider === "rainbow"
          ? { background: "linear-gradient(to right, #ff4b4b, #ffa421, #faca2b, #21c354, #1c83e1, #803df5)" }
          : { background: DIVIDER_COLORS[props.divider] || props.divider },
      })
    : null;
  return h("div", { class: "stHeading", "data-testid": "stHeading" },
    h("div", { "data-testid": "stMarkdownContainer" },
      inSidebar && !props.help ? heading : h("div", { "data-testid": "stHeadingWithActionElements" }, heading)),
    divider);
}

// st.expander / st.status -> stExpander, mirroring Streamlit 1.67:
//   div.stExpander > details[open] > summary > span > (span > icon) + div > stMarkdownContainer
//                                  + div[data-testid=stExpanderDetails][inert when closed] > content
// The header icon: the status icon (stExpanderIconSpinner / stExpanderIconCheck /
// stExpanderIconError) or the user's icon (stExpanderIcon, emoji or material), as Material Symbols text (material-icon.js); a chevron instead
// when there is none or while the pointer is over the expander (as Streamlit).
// Open state: starts at props.expanded; the header toggles it; a re-put follows
// props.expanded when that value changes, and a new label resets it to
// props.expanded (Streamlit's rules; expanded null/undefined = "unchanged").
import { h } from "preact";
import { useRef, useState } from "preact/hooks";
import { useContainerState } from "./container-state.js";
import { Markdown } from "../markdown-view.js";
import { MaterialIcon, materialIconName } from "../material-icon.js";

const STATE_ICONS = { running: "spinner", complete: "check", error: "error" };
// type="step" (Streamlit 1.67): the status icon in the timeline, and the state after the label.
const STEP_STATE_ICONS = { running: "spinner", complete: ":material/check_circle:", error: ":material/error:" };

function Chevron({ name }) {
  return h("span", { class: "st-icon-wrap st-expander-chevron" }, h(MaterialIcon, { name }));
}

/** The timeline column of a type="step" expander: its icon (circle when none) and chevron. */
function StepIcons({ props, open, withChevron }) {
  const icon = STEP_STATE_ICONS[props.state] ?? props.icon ?? ":material/circle:";
  const material = materialIconName(icon);
  const iconNode = icon === "spinner"
    ? h("span", { class: "st-spin-icon", "aria-hidden": "true" })
    : material ? h("span", null, h(MaterialIcon, { name: material })) : h("span", { class: "st-expander-emoji" }, icon);
  return h("div", { "aria-hidden": "true", class: "st-step-icons" },
    h("div", { "data-testid": "stExpanderStepIcon", class: cx("st-step-icon", props.state === "error" && "st-step-error",
      ((props.state && props.state !== "error") || !props.icon) && "st-step-muted") }, iconNode),
    withChevron ? h("div", { "data-testid": "stExpanderStepChevron", class: "st-step-chevron" },
      h("span", null, h(MaterialIcon, { name: open ? "keyboard_arrow_down" : "keyboard_arrow_right" }))) : null);
}

function cx(...names) {
  return names.filter(Boolean).join(" ");
}

function HeaderIcon({ icon }) {
  if (icon === "spinner") {
    return h("span", { class: "st-icon-wrap" },
      h("span", { class: "st-spin-icon", "aria-hidden": "true", "data-testid": "stExpanderIconSpinner" }));
  }
  if (icon === "check") {
    return h("span", { class: "st-icon-wrap" }, h(MaterialIcon, { name: "check", testid: "stExpanderIconCheck", class: "st-expander-icon" }));
  }
  if (icon === "error") {
    return h("span", { class: "st-icon-wrap" }, h(MaterialIcon, { name: "error", testid: "stExpanderIconError", class: "st-expander-icon" }));
  }
  const material = materialIconName(icon);
  if (material) return h("span", { class: "st-icon-wrap" }, h(MaterialIcon, { name: material, testid: "stExpanderIcon", class: "st-expander-icon" }));
  return h("span", { class: "st-icon-wrap" },
    h("span", { class: "st-expander-icon st-expander-emoji", "aria-hidden": "true", "data-testid": "stExpanderIcon" }, icon));
}

/** The header icon a node asks for: its status icon, else the user's icon (emoji or :material/...:), else null. */
function headerIcon(props) {
  if (props.state && STATE_ICONS[props.state]) return STATE_ICONS[props.state];
  const icon = props.icon;
  return icon ? String(icon) : null;
}

/** [open, setOpen]: Streamlit's open-state rules (see the header comment). */
function useOpenState(label, expanded) {
  const ref = useRef(null);
  const [, forceRender] = useState(0);
  if (ref.current === null) ref.current = { open: Boolean(expanded), label, expanded };
  const state = ref.current;
  if (state.label !== label) {
    state.open = Boolean(expanded);
  } else if (expanded !== null && expanded !== undefined && expanded !== state.expanded) {
    state.open = Boolean(expanded);
  }
  state.label = label;
  state.expanded = expanded;
  const setOpen = (value) => {
    if (state.open === value) return;
    state.open = value;
    forceRender((n) => n + 1);
  };
  return [state.open, setOpen];
}

export function Expander({ props, children }) {
  const label = String(props.label ?? "");
  const [open, setOpen] = useContainerState(props, useOpenState(label, props.expanded));
  const [hovered, setHovered] = useState(false);
  const icon = headerIcon(props);
  const type = props.type === "compact" || props.type === "step" ? props.type : "default";
  const showChevron = !icon || hovered;
  const labelNode = h("div", { class: "st-expander-label" }, h(Markdown, { body: label, isLabel: true }));
  const stateLabel = type === "step" && STEP_STATE_ICONS[props.state] ? h("span", { class: "st-step-state" }, ` — ${props.state}`) : null;
  if (type === "step" && props.empty) {
    // A step without content: no toggle; it ends the timeline.
    return h("div", { class: "stExpander st-expander-step", "data-testid": "stExpander" },
      h("div", { class: "st-step-static" },
        h("span", { class: "st-expander-header" }, h(StepIcons, { props, open, withChevron: false }), labelNode, stateLabel)));
  }
  if (type !== "default") {
    const header = type === "step"
      ? [h(StepIcons, { props, open, withChevron: true }), labelNode, stateLabel]
      : [icon ? h(HeaderIcon, { icon }) : null, labelNode, h(Chevron, { name: open ? "keyboard_arrow_down" : "chevron_right" })];
    return h("div", { class: `stExpander st-expander-${type}`, "data-testid": "stExpander" },
      type === "step" ? h("div", { "data-testid": "stExpanderStepConnector", class: "st-step-connector" }) : null,
      h("details", {
        class: open ? "st-expander-open" : undefined,
        open,
        onToggle: (event) => {
          const details = /** @type {HTMLDetailsElement} */ (event.currentTarget);
          if (details.open !== open) setOpen(details.open);
        },
      },
        h("summary", {
          "aria-expanded": type === "step" ? String(open) : undefined,
          onClick: (event) => {
            event.preventDefault();
            setOpen(!open);
          },
        }, h("span", { class: "st-expander-header" }, ...header)),
        h("div", { class: "st-expander-details", "data-testid": "stExpanderDetails", inert: !open }, children)));
  }

  return h("div", { class: "stExpander", "data-testid": "stExpander" },
    h("details", {
      class: open ? "st-expander-open" : undefined,
      open,
      onMouseEnter: () => setHovered(true),
      onMouseLeave: () => setHovered(false),
      // Keep the state in step if the browser opens it itself (e.g. find in page).
      onToggle: (event) => {
        const details = /** @type {HTMLDetailsElement} */ (event.currentTarget);
        if (details.open !== open) setOpen(details.open);
      },
    },
      h("summary", {
        onClick: (event) => {
          event.preventDefault();
          setOpen(!open);
        },
      },
        h("span", { class: "st-expander-header" },
          showChevron ? h("span", { class: "st-icon-wrap st-expander-chevron" }, h(MaterialIcon, { name: open ? "keyboard_arrow_down" : "keyboard_arrow_right" })) : null,
          icon && !hovered ? h(HeaderIcon, { icon }) : null,
          h("div", { class: "st-expander-label" }, h(Markdown, { body: label, isLabel: true })))),
      h("div", { class: "st-expander-details", "data-testid": "stExpanderDetails", inert: !open }, children)));
}

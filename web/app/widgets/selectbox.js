// st.selectbox -> stSelectbox: an input[role=combobox] whose value is the
// selected option's label, with a filterable listbox (role=option items)
// opened by click, typing or ArrowDown; Enter/click picks, Escape closes.
import { createPortal, h } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { useUid } from "../hooks.js";
import { usePortalRoot } from "../portal.js";
import { ChevronDownIcon } from "../icons.js";
import { labelText, WidgetLabel } from "./label.js";
import { fromIndex, toIndex } from "./option-value.js";
import { SyncedInput } from "./synced-input.js";
import { ListMessage, OptionRow } from "./option-list.js";
import { filterByMode } from "./filter-modes.js";
import { LeadingIcon } from "./input-icon.js";
import { usePopupPosition } from "./popup-position.js";

/** The options shown for `query` under filter_mode `mode` (undefined: "fuzzy"). */
export function filterOptions(options, query, mode = "fuzzy") {
  const all = options.map((label, index) => ({ label: String(label), index }));
  return filterByMode(all, query, mode === undefined ? "fuzzy" : mode);
}

export function SelectboxWidget({ props }) {
  const portalRoot = usePortalRoot();
  const { widgets, actions } = useContext(AppContext);
  const uid = useUid("selectbox");
  const listId = `${uid}-listbox`;
  const inputRef = useRef(null);
  const groupRef = useRef(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState(null);
  const [active, setActive] = useState(0);
  const options = Array.isArray(props.options) ? props.options : [];
  const selected = toIndex(props, widgets.value(props.id));
  const selectedLabel = selected == null || options[selected] === undefined ? "" : String(options[selected]);
  const shown = filterOptions(options, query, props.filterMode);
  const typingOff = props.filterMode === null;
  const disabled = Boolean(props.disabled) || options.length === 0;
  const label = labelText(props);
  const placeholder = options.length === 0 ? "No options to select" : props.placeholder || "Choose an option";
  // Below the control when the list fits there (about 36 px an option), else above; at most 300 px.
  const position = usePopupPosition(open, groupRef, Math.min(300, Math.max(1, options.length) * 36 + 8), true, 300);

  const openList = (nextQuery = null) => {
    if (disabled) return;
    setQuery(nextQuery);
    const list = filterOptions(options, nextQuery, props.filterMode);
    const at = nextQuery ? 0 : Math.max(0, list.findIndex((o) => o.index === selected));
    setActive(at);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const pick = (index) => {
    close();
    actions.change(props, fromIndex(props, index));
  };

  // The active option in view (again once the list is placed: it is drawn from the render after opening).
  useEffect(() => {
    if (!open) return;
    portalRoot.getRootNode().getElementById?.(`${listId}-option-${shown[active]?.index}`)?.scrollIntoView?.({ block: "nearest" });
  }, [open, active, query, position !== null]);

  const onKeyDown = (event) => {
    if (disabled) return;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) openList();
        else setActive(Math.min(shown.length - 1, active + 1));
        break;
      case "ArrowUp":
        event.preventDefault();
        if (!open) openList();
        else setActive(Math.max(0, active - 1));
        break;
      case "Enter":
        if (open) {
          event.preventDefault();
          const option = shown[active];
          if (option) pick(option.index);
          else close();
        }
        break;
      case "Escape":
        if (open) {
          event.preventDefault();
          close();
        }
        break;
      case "Tab":
        close();
        break;
      default:
    }
  };

  const activeOption = open ? shown[active] : null;
  const dropdown = open && position
    ? createPortal(
        h("div", {
          "data-testid": "stSelectboxVirtualDropdown",
          class: "st-select-dropdown",
          "data-placement": position.placement,
          style: position.style,
          onMouseDown: (event) => event.preventDefault(),
        },
          h("div", { id: listId, role: "listbox", "aria-label": label, class: "st-select-listbox" },
            shown.length
              ? shown.map((option, i) =>
                  h(OptionRow, {
                    key: option.index,
                    id: `${listId}-option-${option.index}`,
                    selected: option.index === selected,
                    focused: i === active,
                    onActivate: () => setActive(i),
                    onPick: () => pick(option.index),
                  }, option.label))
              : h(ListMessage, null, "No results"))),
        portalRoot)
    : null;

  return h("div", { class: "stSelectbox", "data-testid": "stSelectbox" },
    h(WidgetLabel, { label: props.label, visibility: props.labelVisibility, help: props.help, htmlFor: uid, disabled , required: Boolean(props.required) }),
    h("div", { class: "react-aria-ComboBox", "data-open": open ? "true" : undefined },
      h("div", {
        role: "group",
        class: "st-select-control",
        ref: groupRef,
        "data-disabled": disabled ? "true" : undefined,
        onMouseDown: (event) => {
          if (disabled) return;
          if (event.target !== inputRef.current) event.preventDefault();
          inputRef.current?.focus();
          if (open) close();
          else openList();
        },
      },
        h(LeadingIcon, { icon: props.icon, testid: "stSelectboxIcon" }),
        h(SyncedInput, {
          id: uid,
          inputRef,
          type: "text",
          role: "combobox",
          "aria-label": label,
          "aria-autocomplete": "list",
          "aria-expanded": String(open),
          "aria-controls": open ? listId : undefined,
          "aria-activedescendant": activeOption ? `${listId}-option-${activeOption.index}` : undefined,
          autocomplete: "off",
          autocorrect: false,
          spellcheck: false,
          placeholder,
          disabled,
          value: query ?? selectedLabel,
          // filter_mode=None: typing is off (the input keeps the selected label).
          onBeforeInput: typingOff ? (event) => event.preventDefault() : undefined,
          onInput: (event) => openList(event.currentTarget.value),
          onKeyDown,
          onBlur: close,
        }),
        h("button", {
          type: "button",
          tabindex: "-1",
          class: "st-select-open",
          "aria-label": "Open",
          "aria-haspopup": "listbox",
          "aria-expanded": String(open),
          disabled,
        }, h(ChevronDownIcon)))),
    dropdown);
}

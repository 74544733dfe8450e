// st.multiselect -> stMultiSelect: selected options as removable tags, then an
// input[role=combobox] that filters a portalled listbox (stMultiSelectDropdown,
// role=option items, selected options left out, "Select all" first). Enter or a
// click adds the active option (or, with acceptNewOptions, the typed text);
// Backspace in the empty input removes the last tag. Value: string[] of labels.
import { createPortal, h } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { useUid } from "../hooks.js";
import { usePortalRoot } from "../portal.js";
import { ChevronDownIcon, CloseIcon } from "../icons.js";
import { labelText, WidgetLabel } from "./label.js";
import { usePopupPosition } from "./popup-position.js";
import { SyncedInput } from "./synced-input.js";
import { ListMessage, OptionRow } from "./option-list.js";
import { filterByMode } from "./filter-modes.js";

const SELECT_ALL = "__select_all__";

/** The dropdown rows for `query`: unselected options matching it, plus bulk/add rows. */
export function multiselectRows(props, selected, query) {
  const options = Array.isArray(props.options) ? props.options.map(String) : [];
  const taken = new Set(selected);
  const q = (query ?? "").toLowerCase();
  const mode = props.filterMode === undefined ? "fuzzy" : props.filterMode;
  const rows = filterByMode(options.filter((label) => !taken.has(label)).map((label, index) => ({ label, index })), query, mode)
    .map(({ label }) => ({ kind: "option", label }));
  const limit = Number(props.selectAll ?? 1000);
  const room = props.maxSelections ? props.maxSelections - selected.length : Infinity;
  const showAll = rows.length > 1 && limit !== 0 && (limit < 0 || rows.length <= limit) && rows.length <= room;
  if (showAll) rows.unshift({ kind: "all", label: q ? "Select all matches" : "Select all" });
  if (props.acceptNewOptions && query && !options.includes(query) && !taken.has(query)) {
    rows.push({ kind: "new", label: query });
  }
  return rows;
}

export function MultiselectWidget({ props }) {
  const portalRoot = usePortalRoot();
  const { widgets, actions } = useContext(AppContext);
  const uid = useUid("multiselect");
  const listId = `${uid}-listbox`;
  const inputRef = useRef(null);
  const groupRef = useRef(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const raw = widgets.value(props.id);
  const selected = Array.isArray(raw) ? raw.map(String) : [];
  const options = Array.isArray(props.options) ? props.options : [];
  const disabled = Boolean(props.disabled) || (options.length === 0 && !props.acceptNewOptions);
  const label = labelText(props);
  const full = Boolean(props.maxSelections) && selected.length >= props.maxSelections;
  const rows = full ? [] : multiselectRows(props, selected, query);
  const position = usePopupPosition(open, groupRef, 300);

  let placeholder = props.placeholder || "";
  if (!props.placeholder) {
    if (options.length === 0 && !props.acceptNewOptions) placeholder = "No options to select";
    else if (selected.length === 0) placeholder = props.acceptNewOptions ? "Choose or add options" : "Choose options";
  } else if (selected.length > 0) {
    placeholder = "";
  }

  useEffect(() => {
    if (active >= rows.length) setActive(Math.max(0, rows.length - 1));
  });

  const openList = () => {
    if (disabled) return;
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    setQuery("");
    setActive(0);
  };
  const commit = (next) => actions.change(props, next);
  const pick = (row) => {
    if (!row) return;
    if (row.kind === "all") {
      const room = props.maxSelections ? props.maxSelections - selected.length : Infinity;
      const adds = rows.filter((r) => r.kind === "option").map((r) => r.label).slice(0, room);
      commit(selected.concat(adds));
    } else {
      commit(selected.concat([row.label]));
    }
    setQuery("");
    setActive(0);
    inputRef.current?.focus();
  };
  const remove = (index) => {
    if (disabled) return;
    commit(selected.filter((_, i) => i !== index));
  };

  const onKeyDown = (event) => {
    if (disabled) return;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) openList();
        else setActive(Math.min(rows.length - 1, active + 1));
        break;
      case "ArrowUp":
        event.preventDefault();
        if (open) setActive(Math.max(0, active - 1));
        break;
      case "Enter":
        if (open && rows[active]) {
          event.preventDefault();
          pick(rows[active]);
        }
        break;
      case "Escape":
        if (open) {
          event.preventDefault();
          close();
        }
        break;
      case "Backspace":
        if (!query && selected.length) remove(selected.length - 1);
        break;
      case "Tab":
        close();
        break;
      default:
    }
  };

  const optionIndex = (text) => options.findIndex((option) => String(option) === text);
  const rowId = (row) => `${listId}-option-${row.kind === "all" ? SELECT_ALL : row.kind === "new" ? "new" : optionIndex(row.label)}`;
  const dropdown = open && position
    ? createPortal(
        h("div", {
          "data-testid": "stMultiSelectDropdown",
          class: "st-select-dropdown",
          "data-placement": position.placement,
          style: position.style,
          onMouseDown: (event) => event.preventDefault(),
        },
          h("div", { id: listId, role: "listbox", "aria-label": label, "aria-multiselectable": "true", class: "st-select-listbox",
            "data-empty": full || !rows.length ? "true" : undefined },
            full
              ? h(ListMessage, null,
                  `You can only select up to ${props.maxSelections} option${props.maxSelections === 1 ? "" : "s"}. Remove an option first.`)
              : rows.length
                ? rows.map((row, i) =>
                    h(OptionRow, {
                      key: `${row.kind}:${row.label}`,
                      id: rowId(row),
                      dataKey: row.kind === "all" ? SELECT_ALL : row.kind === "new" ? undefined : String(optionIndex(row.label)),
                      selectionMode: "multiple",
                      position: i + 1,
                      size: rows.length,
                      focused: i === active,
                      onActivate: () => setActive(i),
                      onPick: () => pick(row),
                    }, row.kind === "new" ? `Add: ${row.label}` : row.label))
                : h(ListMessage, null, "No results"))),
        portalRoot)
    : null;

  return h("div", { class: "stMultiSelect", "data-testid": "stMultiSelect" },
    h(WidgetLabel, { label: props.label, visibility: props.labelVisibility, help: props.help, htmlFor: uid, disabled }),
    h("div", { class: "react-aria-ComboBox", "data-open": open ? "true" : undefined },
      h("div", {
        role: "group",
        class: "st-select-control st-multiselect-control",
        ref: groupRef,
        "data-disabled": disabled ? "true" : undefined,
        onMouseDown: (event) => {
          if (disabled || /** @type {Element} */ (event.target).closest(".st-multiselect-tag-remove, .st-multiselect-clear")) return;
          if (event.target !== inputRef.current) event.preventDefault();
          inputRef.current?.focus();
          if (open && event.target !== inputRef.current) close();
          else openList();
        },
      },
        h("div", { "data-testid": "stMultiSelectTagsContainer", class: "st-multiselect-tags" },
          selected.length
            ? h("span", { role: "group", "aria-label": "Selected values", class: "st-multiselect-taglist" },
                selected.map((text, i) =>
                  h("span", { key: `${i}:${text}`, tabindex: "0", "aria-label": text, "data-tag": "", "data-tag-index": String(i), class: "st-multiselect-tag",
                    onKeyDown: (event) => {
                      if (event.key === "Backspace" || event.key === "Delete") {
                        event.preventDefault();
                        remove(i);
                      }
                    } },
                    h("span", { title: text, class: "st-multiselect-tag-text" }, text),
                    disabled ? null : h("button", { type: "button", "aria-label": `Remove ${text}`, tabindex: "-1", class: "st-multiselect-tag-remove",
                      onMouseDown: (event) => event.preventDefault(), onClick: () => remove(i) }, h(CloseIcon)))))
            : null,
          h(SyncedInput, {
            id: uid,
            inputRef,
            type: "text",
            role: "combobox",
            "aria-label": label,
            "aria-autocomplete": "list",
            "aria-expanded": String(open),
            "aria-controls": open ? listId : undefined,
            "aria-activedescendant": open && rows[active] ? rowId(rows[active]) : undefined,
            autocomplete: "off",
            autocorrect: false,
            spellcheck: false,
            title: "",
            placeholder,
            disabled,
            value: query,
            onInput: (event) => {
              setQuery(event.currentTarget.value);
              setActive(0);
              openList();
            },
            onKeyDown,
            onBlur: close,
          })),
        selected.length && !disabled
          ? h("button", { type: "button", "aria-label": "Clear all", class: "st-select-open st-multiselect-clear",
              onMouseDown: (event) => event.preventDefault(), onClick: () => commit([]) }, h(CloseIcon))
          : null,
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

// The rows of a dropdown list of options (st.selectbox, st.multiselect): one
// role=option row each, the focused row followed by the mouse, and the
// message shown when there is nothing to pick.
import { h } from "preact";

/**
 * One option; `focused`: the keyboard's current row; `onActivate`: make it the
 * current row. As in Streamlit 1.67 (react-aria): `data-key` (the option's
 * index), `data-selection-mode` ("single" / "multiple"), the text in a
 * `data-item-hl` box, and for st.multiselect's list `aria-posinset`/`aria-setsize`.
 * @param {{id: string, focused: boolean, selected?: boolean, dataKey?: string, selectionMode?: string,
 *          position?: number, size?: number, onActivate: () => void, onPick: () => void, children?: any}} props
 */
export function OptionRow({ id, focused, selected = false, dataKey, selectionMode, position, size, onActivate, onPick, children }) {
  return h("div", {
    id,
    role: "option",
    "aria-selected": String(selected),
    "aria-posinset": position,
    "aria-setsize": size,
    "data-selected": selected ? "true" : undefined,
    "data-key": dataKey,
    "data-selection-mode": selectionMode,
    "data-focused": focused ? "true" : undefined,
    class: "st-select-option",
    onMouseMove: () => { if (!focused) onActivate(); },
    onClick: onPick,
  }, h("div", { class: "st-select-option-text", "data-item-hl": "" }, children));
}

/**
 * The list's message row ("No results", or why nothing can be picked): as in
 * Streamlit 1.67, an unselectable `div[role=option] > span` in a listbox marked
 * `data-empty`.
 */
export function ListMessage({ children }) {
  return h("div", { class: "st-select-empty", role: "option" }, h("span", null, children));
}

// <SyncedInput>: an <input> whose `value` / `checked` are also kept as HTML
// attributes (React, and so Streamlit, does this), so attribute selectors such as
// input[value="hello"] and the serialized DOM match what the user sees.
import { h } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";

/**
 * Same props as <input>; pass `inputRef` (a ref object) to reach the element.
 * @param {{inputRef?: import("preact").RefObject<HTMLInputElement>, value?: string|number, checked?: boolean,
 *          [attribute: string]: any}} props
 *   any: the other attributes go to the <input> as given (callers pass the DOM's
 *   string forms, e.g. tabindex "-1", which preact's attribute types reject).
 */
export function SyncedInput({ inputRef, ...props }) {
  const ownRef = useRef(null);
  const ref = inputRef ?? ownRef;
  const { value, checked } = props;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (value !== undefined && el.getAttribute("value") !== String(value)) el.setAttribute("value", String(value));
    if (checked !== undefined) el.toggleAttribute("checked", Boolean(checked));
  });
  return h("input", { ...props, ref });
}

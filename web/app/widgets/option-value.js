// Selectbox / radio values travel as the selected option's label (string) or
// null, as protocol/messages.js says; the widgets work with option indices.

/** The selected option index for a label, or null. */
export function toIndex(props, value) {
  if (value === null || value === undefined) return null;
  const options = Array.isArray(props.options) ? props.options : [];
  const index = options.findIndex((option) => String(option) === String(value));
  return index >= 0 ? index : null;
}

/** The value to store/send for option `index`. */
export function fromIndex(props, index) {
  if (index === null || index === undefined) return null;
  return String(props.options[index]);
}

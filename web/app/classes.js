// Class-name helpers.

/** Joins truthy class names. */
export function cx(...names) {
  return names.filter(Boolean).join(" ");
}

/** Streamlit's `st-key-<key>` class for a user key (invalid characters -> "-"). */
export function keyClass(key) {
  if (key === null || key === undefined || key === "") return null;
  return `st-key-${String(key).trim().replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

/** The user key a widget's container is classed with (form submit buttons get Streamlit's implicit one). */
export function widgetUserKey(type, props) {
  if (props.key != null) return props.key;
  if (type === "button" && props.isFormSubmitter && props.formId) {
    return `FormSubmitter:${props.formId}-${props.label ?? ""}`;
  }
  return null;
}

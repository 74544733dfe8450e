// st.text_input's required= and validate= (Streamlit 1.67): the page checks a
// value before it commits it. An empty value (or only spaces) of a required
// input is refused with "This field is required."; a value the validate regex
// does not find (JavaScript RegExp, flags "us", searched as 1.67 does) is
// refused with the given message or "Invalid input. Must match pattern: /re/us".
// An empty value always passes the regex.

export const REQUIRED_MESSAGE = "This field is required.";

export function isBlank(text) {
  return text === null || text === undefined || String(text).trim() === "";
}

/** The compiled regex, or the message for a regex JavaScript cannot compile. */
export function compileRegex(source) {
  if (source === null || source === undefined) return null;
  try {
    return new RegExp(source, "us");
  } catch (error) {
    return `Invalid validate regex: ${source}. Error: ${String(error)}`;
  }
}

/**
 * The error a value gets when the user commits it (null: it commits).
 * @param {string} text
 * @param {{required?: boolean, validateRegex?: string|null, validateMessage?: string|null}} props
 * @param {{showRequired?: boolean}} options  live commits do not show the required error
 */
export function checkText(text, props, { showRequired = true } = {}) {
  if (props.required && isBlank(text)) return { message: showRequired ? REQUIRED_MESSAGE : null };
  if (text === null || text === "") return null;
  const regex = compileRegex(props.validateRegex);
  if (typeof regex === "string") return { message: regex };
  if (regex && !regex.test(text)) {
    return { message: props.validateMessage || `Invalid input. Must match pattern: ${regex.toString()}` };
  }
  return null;
}

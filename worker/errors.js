// Error text for the page. A Python error's message is its whole traceback;
// its last line ("ValueError: ...") is the part a reader needs first.

export function errorText(error) {
  if (error && typeof error === "object" && "message" in error) return String(error.message);
  return String(error);
}

export function lastLine(text) {
  return (
    String(text)
      .split("\n")
      .filter((line) => line.trim() !== "")
      .at(-1) ?? "unknown error"
  );
}

/** "<summary>: <last line>", followed by the traceback when there is one. */
export function describeError(summary, error) {
  const text = errorText(error).trim();
  const last = lastLine(text);
  return text.includes("\n") ? `${summary}: ${last}\n\n${text}` : `${summary}: ${last}`;
}

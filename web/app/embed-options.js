// Streamlit's ?embed=true and ?embed_options=… URL options, read once when an
// app starts: an embedded app has no header toolbar and less padding unless
// asked for them (show_toolbar, show_padding), and may not scroll
// (disable_scrolling). Scripts see st.context.is_embedded; st.query_params
// hides both keys.

/** @returns {{embedded: boolean, showToolbar: boolean, showPadding: boolean, disableScrolling: boolean}} */
export function embedOptions(queryString) {
  const params = new URLSearchParams(queryString ?? "");
  const embedded = [...params.keys()].some((key) => key.toLowerCase() === "embed" && params.get(key)?.toLowerCase() === "true");
  const options = new Set(
    [...params.entries()].filter(([key]) => key.toLowerCase() === "embed_options").map(([, value]) => value.toLowerCase()),
  );
  return {
    embedded,
    showToolbar: !embedded || options.has("show_toolbar"),
    showPadding: !embedded || options.has("show_padding"),
    disableScrolling: embedded && options.has("disable_scrolling"),
  };
}

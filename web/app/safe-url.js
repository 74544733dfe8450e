// URLs that come from an app (its Python, so possibly from a user) before they
// go into an href or src: the ones a browser would run as script are refused,
// as Streamlit 1.67 does (its isDangerousUrl: javascript: and vbscript:, control
// characters and case ignored). Links also refuse data: URLs of documents
// (text/html, SVG, XML), which Streamlit leaves in place; browsers block them
// as top-level navigations today, but nothing of the page should depend on it.

const SCRIPT_SCHEME = /^(javascript|vbscript):/;
const DOCUMENT_DATA = /^data:(text\/html|application\/xhtml|image\/svg|text\/xml|application\/xml)/;

/** The URL as a browser reads its scheme: control characters and spaces dropped, lower case. */
function schemeView(url) {
  // Drops control characters and spaces (as browsers ignore them in a scheme).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  return String(url ?? "").replace(/[\x00-\x20\x7f]/g, "").toLowerCase();
}

/** True for javascript:/vbscript: URLs, however they are disguised. */
export function isScriptUrl(url) {
  return SCRIPT_SCHEME.test(schemeView(url));
}

/** True for URLs a link must not lead to: script URLs and data: documents. */
export function isDangerousLink(url) {
  const view = schemeView(url);
  return SCRIPT_SCHEME.test(view) || DOCUMENT_DATA.test(view);
}

/** `url` for an <a href>, or undefined when it is dangerous. */
export function safeHref(url) {
  return url == null || isDangerousLink(url) ? undefined : url;
}

/** `url` for an <img>/<audio>/<video>/<iframe> src, or undefined for a script URL. */
export function safeSrc(url) {
  return url == null || isScriptUrl(url) ? undefined : url;
}

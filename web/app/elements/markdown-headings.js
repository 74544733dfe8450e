// Headings inside st.markdown as Streamlit 1.67 draws them: each h1-h6 in a
// div[stHeadingWithActionElements], with a slug id, its text in
// span[data-heading-text] and (unless anchors=False, or in the sidebar) a
// "Link to heading" anchor in span[stHeaderActionElements].
import { slugify } from "../markdown.js";

const LINK_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24" fill="none" '
  + 'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">'
  + '<path d="M15 7h3a5 5 0 0 1 5 5 5 5 0 0 1-5 5h-3m-6 0H6a5 5 0 0 1-5-5 5 5 0 0 1 5-5h3"></path>'
  + '<line x1="8" y1="12" x2="16" y2="12"></line></svg>';

function textOf(html) {
  return html.replace(/<[^>]*>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** `html` with its top-level headings wrapped; `anchors`: add the link. */
export function withHeadingActions(html, { anchors = true } = {}) {
  return html.replace(/<h([1-6])>([\s\S]*?)<\/h\1>/g, (_, level, inner) => {
    const slug = slugify(textOf(inner));
    const id = slug ? ` id="${slug}"` : "";
    const link = anchors && slug
      ? `<span data-testid="stHeaderActionElements" class="st-heading-actions"><a href="#${slug}" aria-label="Link to heading" class="st-heading-link">${LINK_SVG}</a></span>`
      : "";
    return `<div data-testid="stHeadingWithActionElements"><h${level}${id}><span data-heading-text="">${inner}</span>${link}</h${level}></div>`;
  });
}

// st.html -> stHtml: the user's HTML, sanitised with DOMPurify (no scripts or
// event handlers; <style> kept so st.html can style the app, as in Streamlit).
import { h } from "preact";
import DOMPurify from "dompurify";

export function sanitizeHtml(body) {
  return DOMPurify.sanitize(String(body ?? ""), { FORCE_BODY: true, ADD_TAGS: ["style"] });
}

export function HtmlElement({ props }) {
  return h("div", {
    class: "stHtml",
    "data-testid": "stHtml",
    dangerouslySetInnerHTML: { __html: sanitizeHtml(props.body) },
  });
}

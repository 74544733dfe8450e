// st.html -> stHtml: the user's HTML, sanitised with DOMPurify as Streamlit
// 1.67 does (its HTML profile: no scripts, event handlers, SVG or MathML;
// <style> kept so st.html can style the app; links with target="_blank" keep
// it, with rel="noopener noreferrer").
//
// unsafe_allow_javascript=True keeps <script> elements (and their src, type,
// async, ... attributes) and runs them in the page, as Streamlit does: in the
// standalone page, where the app is the site's own. In an app embedded in a
// host page (mount(), <wasmlit-app>) the scripts would run as the host, so
// they are removed there as without the flag (docs/embedding.md, threat model).
import { h } from "preact";
import { useContext, useEffect, useMemo, useRef } from "preact/hooks";
import DOMPurify from "dompurify";
import { AppContext } from "../context.js";

const TARGET_MARK = "data-wasmlit-target";
// An instance of its own: its hooks do not touch the markdown renderer's sanitising.
const purifier = DOMPurify(window);
purifier.addHook("beforeSanitizeAttributes", (node) => {
  if (node instanceof HTMLElement && node.getAttribute("target") === "_blank") node.setAttribute(TARGET_MARK, "_blank");
});
purifier.addHook("afterSanitizeAttributes", (node) => {
  if (node instanceof HTMLElement && node.hasAttribute(TARGET_MARK)) {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
    node.removeAttribute(TARGET_MARK);
  }
});

const SAFE = { USE_PROFILES: { html: true }, FORCE_BODY: true, ADD_ATTR: [TARGET_MARK] };
const WITH_SCRIPTS = {
  ...SAFE,
  ADD_TAGS: ["script", "style"],
  ADD_ATTR: [TARGET_MARK, "src", "type", "async", "defer", "nonce", "crossorigin", "referrerpolicy", "integrity"],
};

export function sanitizeHtml(body, { scripts = false } = {}) {
  return purifier.sanitize(String(body ?? ""), scripts ? WITH_SCRIPTS : SAFE);
}

function Container(props) {
  return h("div", { class: "stHtml", "data-testid": "stHtml", ...props });
}

/** The HTML with its scripts run (parsed scripts never run: each is made anew). */
function HtmlWithScripts({ body }) {
  const ref = useRef(null);
  const html = useMemo(() => sanitizeHtml(body, { scripts: true }), [body]);
  useEffect(() => {
    const node = ref.current;
    if (!node) return undefined;
    node.innerHTML = html;
    for (const parsed of node.querySelectorAll("script")) {
      const script = document.createElement("script");
      for (const { name, value } of parsed.attributes) {
        try {
          script.setAttribute(name, value);
        } catch {
          // an attribute name the DOM refuses
        }
      }
      if (!parsed.src) script.textContent = parsed.textContent;
      parsed.replaceWith(script);
    }
    return () => {
      node.innerHTML = "";
    };
  }, [html]);
  return h(Container, { ref });
}

export function HtmlElement({ props }) {
  const app = useContext(AppContext);
  if (props.unsafeAllowJavascript && !app?.embedded) return h(HtmlWithScripts, { body: props.body });
  return h(Container, { dangerouslySetInnerHTML: { __html: sanitizeHtml(props.body) } });
}

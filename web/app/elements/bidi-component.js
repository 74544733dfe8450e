// st.components.v2 -> div.stBidiComponent, mounted in the app's page (no
// iframe), as Streamlit 1.67 mounts them:
//
//   div.stBidiComponent
//     div (display: contents; the theme as --st-* custom properties)
//       div[data-testid=stBidiComponentIsolated]  with an open shadow root, or
//       div[data-testid=stBidiComponentRegular]   (isolate_styles=False)
//         div  (the component's HTML in a div, then its CSS in a <style>)
//
// The JavaScript is imported as a module (a Blob URL, one per distinct source;
// a package's file-backed JS from its asset_dir in the site, `jsUrl`, by URL,
// and its file-backed CSS, `cssUrl`, as a <link> after the <style>)
// and its default export is called with {name, key, data, parentElement,
// setStateValue, setTriggerValue}; what it returns is called when the element
// goes away. It is called again when `data` changes. setStateValue(name, value)
// sets one name of the component's state (the app reruns; in a form the change
// waits for the submit); setTriggerValue(event, value) fires an event for one
// run (ignored in forms, as in Streamlit). Calls in the same task make one rerun.
//
// `data` arrives as JSON, bytes (Uint8Array) or tables (apache-arrow Tables,
// from the lazy component-arrow.js chunk), as Streamlit gives them.
//
// The code is the app's own and runs with the page's rights, as in Streamlit.
// An app embedded in another page (mount(), <wasmlit-app>) does not run it:
// there the page is the host's (docs/embedding.md, threat model).
import { h } from "preact";
import { useContext, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { subscribe } from "../theme.js";
import { AlertElement } from "./alert.js";
import { ErrorElement } from "./error-element.js";
import { themeProperties } from "./component-theme.js";

const ARROW_REF_KEY = "__streamlit_arrow_ref__";
const moduleUrls = new Map(); // source -> Blob URL (a module is evaluated once per source)

function moduleUrl(source, name) {
  let url = moduleUrls.get(source);
  if (!url) {
    url = URL.createObjectURL(new Blob([`${source}\n//# sourceURL=st-bidi-${name}.js`], { type: "text/javascript" }));
    moduleUrls.set(source, url);
  }
  return url;
}

function base64ToBytes(text) {
  const binary = atob(text ?? "");
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The component's `data` as its JavaScript receives it. */
async function decodeData(data) {
  if (!data) return null;
  if (typeof data.json === "string") return JSON.parse(data.json);
  if (typeof data.bytes === "string") return base64ToBytes(data.bytes);
  if (data.arrow) return (await import("./component-arrow.js")).frameToTable(data.arrow);
  if (data.mixed) {
    const { frameToTable } = await import("./component-arrow.js");
    const value = JSON.parse(data.mixed.json);
    const tables = data.mixed.arrowBlobs ?? {};
    const resolve = (ref) => (tables[ref] ? frameToTable(tables[ref]) : null);
    if (!value || typeof value !== "object" || Array.isArray(value)) return value;
    if (typeof value[ARROW_REF_KEY] === "string") return resolve(value[ARROW_REF_KEY]);
    const out = {};
    for (const [key, item] of Object.entries(value)) {
      const ref = item && typeof item === "object" && !Array.isArray(item) ? item[ARROW_REF_KEY] : undefined;
      out[key] = typeof ref === "string" ? resolve(ref) : item;
    }
    return out;
  }
  return null;
}

function jsonValue(value) {
  const text = JSON.stringify(value);
  return text === undefined ? null : JSON.parse(text);
}

function appendMarkup(html, target) {
  try {
    target.appendChild(document.createRange().createContextualFragment(html));
  } catch (error) {
    console.warn("createContextualFragment failed, falling back to innerHTML", error);
    target.innerHTML = html;
  }
}

let instanceCounter = 0;

/** A new identity mounts the component anew, as in Streamlit. */
export function BidiComponentElement({ props }) {
  const app = useContext(AppContext);
  if (app?.embedded) {
    return h(AlertElement, {
      props: {
        format: "error",
        body: "**BidiComponent Error**: this `st.components.v2` component runs its JavaScript in the page, " +
          "which an app embedded in another page does not do (see wasmlit's embedding docs).",
      },
    });
  }
  return h(BidiInstance, { key: props.id, props });
}

function BidiInstance({ props }) {
  const app = useContext(AppContext);
  const outerRef = useRef(null);
  const hostRef = useRef(null);
  const [container, setContainer] = useState(null);
  const [error, setError] = useState(null);
  const [vars, setVars] = useState({});
  const [data, setData] = useState(undefined);
  const instanceKey = useMemo(() => `st-bidi-component-${(crypto.randomUUID?.() ?? `${Date.now()}-${++instanceCounter}`)}`, []);
  const isolated = props.isolateStyles !== false;
  const html = props.htmlContent ? props.htmlContent.trim() : "";
  const css = props.cssContent ? props.cssContent.trim() : "";
  const js = props.jsContent || "";
  // A package's file-backed JS/CSS (its asset_dir in the site): loaded by URL, so relative imports work.
  const jsUrl = props.jsUrl ? new URL(props.jsUrl, document.baseURI).href : null;
  const cssUrl = props.cssUrl ? new URL(props.cssUrl, document.baseURI).href : null;
  const dataKey = JSON.stringify(props.data ?? null);

  // The theme's custom properties, read where the element is (and again on a theme change).
  useEffect(() => {
    const update = () => outerRef.current && setVars(themeProperties(outerRef.current));
    update();
    return subscribe(update);
  }, []);

  // Where the HTML goes: the shadow root or the plain div.
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    if (!isolated) {
      setContainer(host);
      return;
    }
    try {
      setContainer(host.shadowRoot ?? host.attachShadow({ mode: "open" }));
    } catch (e) {
      setError(new Error(`Failed to create shadow DOM: ${e.message ?? e}`));
    }
  }, [isolated]);

  useEffect(() => {
    let live = true;
    decodeData(props.data).then((value) => live && setData({ value })).catch((e) => live && setError(e));
    return () => { live = false; };
  }, [dataKey]);

  // The HTML and CSS.
  const markupRef = useRef(null);
  useEffect(() => {
    if (!container) return;
    try {
      if (markupRef.current?.parentNode === container) container.removeChild(markupRef.current);
      const wrapper = document.createElement("div");
      if (html) {
        const body = document.createElement("div");
        appendMarkup(html, body);
        wrapper.appendChild(body);
      }
      if (css) {
        const style = document.createElement("style");
        style.textContent = css;
        wrapper.appendChild(style);
      }
      if (cssUrl) {
        const link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = cssUrl;
        wrapper.appendChild(link);
      }
      container.appendChild(wrapper);
      markupRef.current = wrapper;
    } catch (e) {
      setError(new Error(`Failed to process HTML/CSS content: ${e.message ?? e}`));
    }
  }, [container, html, css, cssUrl]);

  // What setStateValue / setTriggerValue ask for, sent as one rerun per task.
  const latest = useRef(props);
  latest.current = props;
  const pending = useRef(null);
  function schedule(change) {
    if (!pending.current) {
      pending.current = { triggers: [], state: false };
      queueMicrotask(() => {
        const batch = pending.current;
        pending.current = null;
        const current = latest.current;
        const triggers = batch.triggers.length ? { [current.aggregatorId]: batch.triggers } : {};
        app.rerun(triggers, current);
      });
    }
    change(pending.current);
  }
  const api = useRef(null);
  api.current = {
    setStateValue(name, value) {
      const current = latest.current;
      const before = app.widgets.value(current.id);
      const next = { ...(before && typeof before === "object" ? before : {}), [name]: jsonValue(value) };
      if (current.formId) {
        app.widgets.setPending(current.id, next);
        app.render();
        return;
      }
      app.widgets.set(current.id, next);
      schedule((batch) => { batch.state = true; });
    },
    setTriggerValue(event, value) {
      const current = latest.current;
      if (current.formId) {
        console.warn("BidiComponent: setTriggerValue ignored inside st.form. Triggers are not allowed in forms; use setStateValue and form submit instead.");
        return;
      }
      schedule((batch) => batch.triggers.push({ event, value: jsonValue(value) }));
    },
  };

  // The JavaScript: called on mount and when the data changes; its cleanup on unmount.
  const cleanupRef = useRef(null);
  useEffect(() => {
    if (!container || !(js || jsUrl) || data === undefined) return undefined;
    let cancelled = false;
    const keep = (cleanup) => {
      if (cancelled) Promise.resolve(cleanup).then((fn) => fn?.()).catch((e) => console.error("Failed to run custom component cleanup", e));
      else cleanupRef.current = cleanup;
    };
    (async () => {
      try {
        const module = await import(/* @vite-ignore */ jsUrl ?? moduleUrl(js, props.componentName));
        if (typeof module.default !== "function") throw new Error("JS module does not have a default export function.");
        if (cancelled) return;
        keep(await module.default({
          name: props.componentName,
          data: data.value,
          key: instanceKey,
          parentElement: container,
          setStateValue: (name, value) => api.current.setStateValue(name, value),
          setTriggerValue: (event, value) => api.current.setTriggerValue(event, value),
        }));
      } catch (e) {
        if (!cancelled) {
          console.error(`BidiComponent Error: ${e?.message ?? e}`, e);
          setError(e instanceof Error ? e : new Error(String(e)));
        }
      }
    })();
    return () => { cancelled = true; };
  }, [container, js, jsUrl, data]);

  useEffect(() => () => {
    const cleanup = cleanupRef.current;
    if (cleanup) Promise.resolve(cleanup).then((fn) => typeof fn === "function" && fn()).catch((e) => console.error("Failed to run custom component cleanup", e));
  }, []);

  return h("div", { ref: outerRef, class: "stBidiComponent" },
    h("div", { style: { ...vars, display: "contents" } },
      error
        ? h(ComponentError, { error })
        : h("div", { ref: hostRef, "data-testid": isolated ? "stBidiComponentIsolated" : "stBidiComponentRegular" })));
}

/** What Streamlit 1.67 shows in the element when the component fails ("BidiComponent Error: ..."). */
function ComponentError({ error }) {
  return h(ErrorElement, { name: "BidiComponent Error", error });
}

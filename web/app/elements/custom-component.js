// components.declare_component -> iframe.stCustomComponentV1 speaking
// Streamlit's component protocol (streamlit-component-lib), as Streamlit 1.67:
//
//   component -> page  {isStreamlitMessage: true, type, ...}
//     "streamlit:componentReady"    {apiVersion: 1}: the page answers with a render
//     "streamlit:setComponentValue" {value, dataType: "json"|"bytes"|"dataframe"}:
//                                   the widget's new value; the app reruns (in a
//                                   form: kept until the form is submitted)
//     "streamlit:setFrameHeight"    {height}: the iframe's height
//   page -> component  {type: "streamlit:render", args, dfs, disabled, theme}
//     sent on ready and whenever the args, the theme, the width or the frame's
//     height change; bytes arguments are Uint8Arrays in `args`, dataframe
//     arguments Arrow IPC buffers in `dfs` ([{key, value: {data: {data, index,
//     columns}}}]), the theme is component-theme.js's renderTheme().
//
// Only messages from this iframe's own window are taken. The frame loads the
// component's `url`, or its frontend folder in the site (frontendUrl:
// _wasmlit/components/..., written by `wasmlit build` / `serve`), with
// ?streamlitUrl=<the app's URL>. Until the component is ready a skeleton
// shows; after 60 s without it (or at once when its index.html is missing)
// Streamlit's "trouble loading" warning does.
import { h } from "preact";
import { useContext, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { subscribe } from "../theme.js";
import { AlertElement } from "./alert.js";
import { renderTheme } from "./component-theme.js";
import { frameSandbox } from "./iframe.js";

export const COMPONENT_READY_WARNING_TIME_MS = 60000;
const API_VERSION = 1;
const FEATURE_POLICY = [
  "accelerometer", "ambient-light-sensor", "autoplay", "battery", "camera", "clipboard-write",
  "document-domain", "encrypted-media", "fullscreen", "geolocation", "gyroscope", "layout-animations",
  "legacy-image-formats", "magnetometer", "microphone", "midi", "oversized-images", "payment",
  "picture-in-picture", "publickey-credentials-get", "sync-xhr", "usb", "vr ", "wake-lock",
  "xr-spatial-tracking",
].join("; ");
const COMPONENT_DEVELOPER_URL = "https://docs.streamlit.io/develop/concepts/custom-components";
const COMMUNITY_URL = "https://discuss.streamlit.io";

const loadArrow = () => import("./component-arrow.js");

function base64ToBytes(text) {
  const binary = atob(text ?? "");
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function bytesToBase64(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Streamlit's warning when a component does not say it is ready. */
export function loadingWarning(componentName, url) {
  if (url) {
    return `Your app is having trouble loading the **${componentName}** component.` +
      `\nThe app is attempting to load the component from **${url}**,` +
      "\nand hasn't received its `Streamlit.setComponentReady()` message." +
      "\n\nIf this is a development build, have you started the dev server?" +
      `\n\nFor more troubleshooting help, please see the [Streamlit Component docs](${COMPONENT_DEVELOPER_URL}) or visit our [forums](${COMMUNITY_URL}).`;
  }
  return `Your app is having trouble loading the **${componentName}** component.` +
    "\n\nIf this is an installed component that works locally, the app may be having trouble accessing the component frontend assets due to network latency or proxy settings in your app deployment." +
    `\n\nFor more troubleshooting help, please see the [Streamlit Component docs](${COMPONENT_DEVELOPER_URL}) or visit our [forums](${COMMUNITY_URL}).`;
}

/** The JSON args (with bytes arguments as Uint8Arrays) and the dataframe arguments' Frames. */
function parseArgs(jsonArgs, specialArgs) {
  const args = JSON.parse(jsonArgs || "{}");
  const frames = [];
  for (const special of specialArgs ?? []) {
    if (special.arrowDataframe) frames.push({ key: special.key, frame: special.arrowDataframe });
    else if (typeof special.bytes === "string") args[special.key] = base64ToBytes(special.bytes);
    else throw new Error(`Unrecognized SpecialArg type: ${Object.keys(special).filter((k) => k !== "key")[0]}`);
  }
  return { args, frames };
}

function siteBase(embedded) {
  if (!embedded) return Promise.resolve(document.baseURI);
  return import("../../embed/site-urls.js").then((m) => m.siteURLs().base).catch(() => document.baseURI);
}

function withStreamlitUrl(src) {
  const here = new URL(window.location.href);
  const url = new URL(src, document.baseURI);
  url.searchParams.set("streamlitUrl", here.origin + here.pathname);
  return url.href;
}

function isCrossOrigin(src) {
  try {
    return new URL(src, document.baseURI).origin !== window.location.origin;
  } catch {
    return false;
  }
}

function initialHeight(args) {
  const value = args?.height;
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** The widget's wire value for what setComponentValue sent (component_value.py). */
async function wireValue(value, dataType) {
  if (dataType === "bytes") {
    const bytes = value instanceof Uint8Array ? value : new Uint8Array(value?.buffer ?? value ?? []);
    return { bytes: bytesToBase64(bytes) };
  }
  if (dataType === "dataframe") {
    const { componentTablesToFrame } = await loadArrow();
    return { dataframe: componentTablesToFrame(value) };
  }
  const text = JSON.stringify(value);
  return { json: text === undefined ? null : JSON.parse(text) };
}

/** A new identity (an unkeyed component's args changed) mounts a new frame, as in Streamlit. */
export function CustomComponentElement({ props }) {
  return h(ComponentInstance, { key: props.id, props });
}

function ComponentInstance({ props }) {
  const app = useContext(AppContext);
  const embedded = Boolean(app?.embedded);
  const wrapRef = useRef(null);
  const frameRef = useRef(null);
  const readyRef = useRef(false);
  const [ready, setReady] = useState(false);
  const [timedOut, setTimedOut] = useState(false);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState(null);
  const [width, setWidth] = useState(0);
  const [themeTick, setThemeTick] = useState(0);
  const [src, setSrc] = useState(null);
  const [dfs, setDfs] = useState([]);

  /** @type {{args?: Object<string, unknown>, frames?: Array<{key: string, frame: object}>, error?: Error}} */
  const parsed = useMemo(() => {
    try {
      return parseArgs(props.jsonArgs, props.specialArgs);
    } catch (e) {
      return { error: e };
    }
  }, [props.jsonArgs, props.specialArgs]);
  const [frameHeight, setFrameHeight] = useState(() => initialHeight(parsed.args));
  const heightRef = useRef(frameHeight);
  heightRef.current = frameHeight;

  // The dataframe arguments as Arrow buffers (the Arrow chunk loads only for them).
  useEffect(() => {
    let live = true;
    if (!parsed.frames?.length) {
      setDfs([]);
      return undefined;
    }
    loadArrow().then(({ frameToComponentTables }) => {
      if (live) setDfs(parsed.frames.map(({ key, frame }) => ({ key, value: { data: frameToComponentTables(frame) } })));
    }).catch((e) => live && setError(e));
    return () => { live = false; };
  }, [parsed]);

  // Where the frame loads from.
  const given = props.url ? props.url : null;
  useEffect(() => {
    let live = true;
    if (given) setSrc(withStreamlitUrl(given));
    else if (props.frontendUrl) {
      siteBase(embedded).then((base) => {
        if (live) setSrc(withStreamlitUrl(new URL(`${props.frontendUrl}index.html`, base).href));
      });
    } else setSrc(null);
    return () => { live = false; };
  }, [given, props.frontendUrl, embedded]);

  // A frontend the site does not have: Streamlit's warning now rather than in 60 s.
  useEffect(() => {
    if (!src || given) return undefined;
    const controller = new AbortController();
    fetch(src, { method: "HEAD", signal: controller.signal })
      .then((response) => { if (response.status === 404) setMissing(true); })
      .catch(() => {});
    return () => controller.abort();
  }, [src, given]);

  useEffect(() => {
    const warn = setTimeout(() => {
      if (!readyRef.current) console.warn(loadingWarning(props.componentName, props.url));
    }, COMPONENT_READY_WARNING_TIME_MS / 4);
    const timeout = setTimeout(() => { if (!readyRef.current) setTimedOut(true); }, COMPONENT_READY_WARNING_TIME_MS);
    return () => { clearTimeout(warn); clearTimeout(timeout); };
  }, [src]);

  // The width attribute follows the element's width, as in Streamlit.
  useEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap) return undefined;
    const measure = () => setWidth(Math.round(wrap.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(wrap);
    return () => observer.disconnect();
  }, []);

  useEffect(() => subscribe(() => setThemeTick((n) => n + 1)), []);

  const current = useRef(/** @type {{args?: Object<string, unknown>, dfs?: object[]}} */ ({}));
  current.current = { args: parsed.args ?? {}, dfs };

  function sendRender() {
    const frame = frameRef.current;
    if (!frame?.contentWindow) return;
    frame.contentWindow.postMessage({
      type: "streamlit:render",
      args: current.current.args,
      dfs: current.current.dfs,
      disabled: false,
      theme: renderTheme(wrapRef.current),
    }, "*");
  }

  async function setValue(value, dataType) {
    if (value === undefined) {
      console.warn("handleSetComponentValue: missing 'value' prop");
      return;
    }
    const wire = await wireValue(value, dataType);
    if (props.formId) {
      app.widgets.setPending(props.id, wire);
      app.render();
      return;
    }
    app.widgets.set(props.id, wire);
    app.rerun({}, props);
  }

  // Messages from this component's frame only.
  const handlerRef = useRef(null);
  handlerRef.current = (data) => {
    const type = data.type;
    if (type === "streamlit:componentReady") {
      if (data.apiVersion !== API_VERSION) {
        setError(new Error(`Unrecognized component API version: '${data.apiVersion}'`));
        return;
      }
      sendRender();
      readyRef.current = true;
      setReady(true);
      setTimedOut(false);
    } else if (type === "streamlit:setComponentValue") {
      if (!readyRef.current) console.warn(`Got ${type} before streamlit:componentReady!`);
      else setValue(data.value, data.dataType).catch((e) => setError(e));
    } else if (type === "streamlit:setFrameHeight") {
      if (!readyRef.current) console.warn(`Got ${type} before streamlit:componentReady!`);
      else if (data.height === undefined) console.warn("handleSetFrameHeight: missing 'height' prop");
      else if (data.height !== heightRef.current && frameRef.current) {
        frameRef.current.height = String(data.height);
        heightRef.current = data.height;
        setFrameHeight(data.height);
      }
    } else {
      console.warn(`Unrecognized ComponentBackMsgType: ${type}`);
    }
  };
  useEffect(() => {
    const onMessage = (event) => {
      const frame = frameRef.current;
      if (!frame || event.source !== frame.contentWindow) return;
      const data = event.data;
      if (!data || typeof data !== "object" || !Object.prototype.hasOwnProperty.call(data, "isStreamlitMessage")) return;
      handlerRef.current(data);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);

  // A new render whenever what the component shows from changes.
  useEffect(() => {
    if (readyRef.current) sendRender();
  }, [props.jsonArgs, dfs, themeTick, width, frameHeight]);

  const shownError = error ?? parsed.error;
  if (shownError) {
    return h(AlertElement, { props: { format: "error", body: `**${shownError.name || "Error"}**: ${shownError.message ?? shownError}` } });
  }
  // No frontend the page can reach: the site does not carry the folder.
  const unreachable = !given && !props.frontendUrl;
  const showWarning = !ready && (timedOut || missing || unreachable);
  const skeleton = !ready && !showWarning && frameHeight !== 0
    ? h("div", {
      class: "stSkeleton st-component-skeleton",
      "data-testid": "stSkeleton",
      "aria-hidden": "true",
      style: { height: frameHeight ? `${frameHeight}px` : undefined },
    })
    : null;
  const sandbox = src ? frameSandbox(embedded, null, src) : undefined;
  const frame = src
    ? h("iframe", {
      ref: frameRef,
      class: "stCustomComponentV1",
      "data-testid": "stCustomComponentV1",
      allow: FEATURE_POLICY,
      // A page isolated with COEP can only frame another origin's page without its
      // headers in a credentialless frame (a component's dev server, `url=`).
      credentialless: window.crossOriginIsolated && isCrossOrigin(src) ? true : undefined,
      src,
      width: width || undefined,
      height: frameHeight ?? 0,
      scrolling: "no",
      sandbox,
      title: props.componentName,
      tabindex: props.tabIndex ?? undefined,
      style: { colorScheme: "normal", border: "none", padding: 0, margin: 0, display: ready ? "initial" : "none" },
    })
    : null;
  return h("div", { ref: wrapRef, class: "st-custom-component", style: { width: "100%" } },
    skeleton,
    showWarning ? h(AlertElement, { props: { format: "warning", body: loadingWarning(props.componentName, props.url) } }) : null,
    frame);
}

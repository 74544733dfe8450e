// Renderers kept out of the page's first download, loaded the first time a
// run needs them:
//   - element types (registry.js LAZY_ELEMENTS) -> their component;
//   - "block:<type>" (LAZY_BLOCKS: tabs, popover, dialog, chat message, expander) -> their component;
//   - "ui:<name>" (the multipage menus, toasts) -> their module;
//   - "code:<language>" (st.code with a language) -> its highlighter (code-highlight.js).
// A delta (or message) that needs one starts loading it at once (preload); it
// shows as an empty placeholder until it is there, and the renderer holds
// back the end of a run until every chunk it needs has arrived, so
// "notRunning" still means the DOM shows the whole run.
import { h } from "preact";
import { ELEMENTS, LAZY_ELEMENTS } from "./registry.js";

const LAZY_BLOCKS = {
  "block:tabs": () => import("../layout/tabs.js").then((m) => m.Tabs),
  "block:popover": () => import("../layout/popover.js").then((m) => m.Popover),
  "block:dialog": () => import("../layout/dialog.js").then((m) => m.Dialog),
  "block:chatMessage": () => import("../layout/chat-message.js").then((m) => m.ChatMessage),
  "block:expander": () => import("../layout/expander.js").then((m) => m.Expander),
};

const LAZY_UI = {
  "ui:navigation": () => import("../layout/navigation.js"),
  "ui:toasts": () => import("./toast.js"),
  "ui:mainMenu": () => import("../layout/main-menu.js"),
  "ui:compileError": () => import("../layout/compile-error.js"),
  "ui:logo": () => import("../layout/logo.js"),
};

// Built on first use: registry.js's elements import this module (code.js), so
// LAZY_ELEMENTS may not be defined yet while this module is evaluated.
let loaders = null;
const LOADERS = () => (loaders ??= { ...LAZY_ELEMENTS, ...LAZY_BLOCKS, ...LAZY_UI });

const CODE_PREFIX = "code:";
const loaderFor = (key) =>
  key.startsWith(CODE_PREFIX)
    ? () => import("./code-highlight.js").then((m) => m.highlighterFor(key.slice(CODE_PREFIX.length)))
    : LOADERS()[key];

// The stylesheets each lazy key needs (kept out of styles.css): CSS text,
// adopted by each app's root (the document, or an embedded app's shadow root).
const css = {
  metric: () => import("./metric.css?inline"),
  help: () => import("./help-info.css?inline"),
  celebration: () => import("./celebration.css?inline"),
  data: () => import("./data.css?inline"),
  media: () => import("./media.css?inline"),
  tabs: () => import("../layout/tabs.css?inline"),
  popover: () => import("../layout/popover.css?inline"),
  dialog: () => import("../layout/dialog.css?inline"),
  chatMessage: () => import("../layout/chat-message.css?inline"),
  navigation: () => import("../layout/navigation.css?inline"),
  mainMenu: () => import("../layout/main-menu.css?inline"),
  fileUploader: () => import("../widgets/file-uploader.css?inline"),
  chatInput: () => import("../widgets/chat-input.css?inline"),
  multiselect: () => import("../widgets/multiselect.css?inline"),
  dateInput: () => import("../widgets/date-input.css?inline"),
  colorPicker: () => import("../widgets/color-picker.css?inline"),
  buttonGroup: () => import("../widgets/button-group.css?inline"),
  feedback: () => import("../widgets/feedback.css?inline"),
  pagination: () => import("../widgets/pagination.css?inline"),
  components: () => import("./components.css?inline"),
  codeTheme: () => import("./code-theme.css?inline"),
  exception: () => import("./exception.css?inline"),
  mediaInput: () => import("../widgets/media-input.css?inline"),
  menuButton: () => import("../widgets/menu-button.css?inline"),
  skeleton: () => import("./skeleton.css?inline"),
  dateTimeInput: () => import("../widgets/datetime-input.css?inline"),
  logo: () => import("../layout/logo.css?inline"),
  figureCharts: () => import("./figure-charts.css?inline"),
};
const STYLES = {
  metric: ["metric"],
  exception: ["exception"],
  help: ["help"],
  balloons: ["celebration"],
  snow: ["celebration"],
  dataframe: ["data"],
  dataEditor: ["data"],
  table: ["data"],
  vegaLiteChart: ["data"],
  plotlyChart: ["figureCharts"],
  graphvizChart: ["figureCharts"],
  deckGlJsonChart: ["figureCharts"],
  image: ["media"],
  audio: ["media"],
  video: ["media"],
  fileUploader: ["fileUploader"],
  chatInput: ["chatInput"],
  multiselect: ["multiselect"],
  dateInput: ["dateInput"],
  colorPicker: ["colorPicker"],
  buttonGroup: ["buttonGroup"],
  feedback: ["feedback"],
  pagination: ["pagination"],
  componentInstance: ["components"],
  bidiComponent: ["components"],
  cameraInput: ["mediaInput"],
  audioInput: ["mediaInput"],
  dateTimeInput: ["dateInput", "dateTimeInput"],
  menuButton: ["menuButton"],
  skeleton: ["skeleton"],
  "block:tabs": ["tabs"],
  "block:popover": ["popover"],
  "block:dialog": ["dialog"],
  "block:chatMessage": ["chatMessage"],
  "ui:navigation": ["navigation", "dialog"],
  "ui:mainMenu": ["mainMenu", "dialog"],
  "ui:compileError": ["dialog"],
  "ui:logo": ["logo"],
};
/** Stylesheet name -> CSS text, for every stylesheet loaded so far. */
const loadedStyles = new Map();

function loadStyles(key) {
  const names = key.startsWith(CODE_PREFIX) ? ["codeTheme"] : STYLES[key] ?? [];
  return Promise.all(
    names.map((name) =>
      loadedStyles.has(name) ? null : css[name]().then((module) => loadedStyles.set(name, module.default)),
    ),
  );
}

/** [name, cssText] of every lazy stylesheet loaded so far (to adopt into an app's root). */
export function lazyStyles() {
  return [...loadedStyles.entries()];
}

const loaded = new Map(); // key -> component or module
const loading = new Map(); // key -> promise
const listeners = new Set();

function failed(key, error) {
  const message = `The page could not load the code that shows "${key}": ${error?.message ?? error}`;
  const LoadFailed = () =>
    h("div", { class: "stAlert", "data-testid": "stAlert", role: "alert" }, h("div", { class: "st-alert st-alert-error" }, message));
  // A page without a highlighter still shows its code, unhighlighted.
  return key.startsWith("ui:") || key.startsWith(CODE_PREFIX) ? null : LoadFailed;
}

/** The component for an element type (null while a lazy one loads, or for an unknown type). */
export function componentFor(type) {
  return ELEMENTS[type] ?? loaded.get(type) ?? null;
}

/** What a lazy key loaded (a block's component, a "ui:" module), or null. */
export function loadedValue(key) {
  return loaded.get(key) ?? null;
}

export function isLazyType(key) {
  return Object.prototype.hasOwnProperty.call(LOADERS(), key) || key.startsWith(CODE_PREFIX);
}

/** The lazy key an element's props need besides its type's (a code element's highlighter), or null. */
export function extraKeyFor(type, props) {
  return type === "code" && props?.language ? `${CODE_PREFIX}${String(props.language).toLowerCase()}` : null;
}

/** Starts loading a lazy key's code (no-op for others and for loaded ones); with an
 * element's props, also what those props need (extraKeyFor). */
export function preload(key, props) {
  const extra = props ? extraKeyFor(key, props) : null;
  if (extra) preload(extra);
  if (!isLazyType(key) || loaded.has(key) || loading.has(key)) return;
  const promise = Promise.all([loaderFor(key)(), loadStyles(key)])
    .then(([value]) => loaded.set(key, value))
    .catch((error) => {
      console.error(`wasmlit: could not load the "${key}" renderer`, error);
      loaded.set(key, failed(key, error));
    })
    .finally(() => {
      loading.delete(key);
      for (const listener of listeners) listener(key);
    });
  loading.set(key, promise);
}

/** A promise for the loads in progress, or null when none is. */
export function pendingLoads() {
  return loading.size === 0 ? null : Promise.all(loading.values());
}

/** fn(key) after each lazy load settles; returns an unsubscribe function. */
export function onLoaded(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

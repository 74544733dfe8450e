// <wasmlit-app editor>: the code editor beside the running app (loaded lazily,
// with CodeMirror, only when a page shows an editor). Run (the button or
// Ctrl/Cmd+Enter) writes the edited files into the worker and reruns the app
// with the same session, so st.session_state is kept, as Streamlit's rerun on
// save. Share puts the files into the page URL's fragment (share.js).
//
// Code from a share link is someone else's: the playground shows it in the
// editor and starts Python only when the visitor clicks Run (the gate), unless
// the page marks its share links as trusted (`autorun-shared`).
import playgroundCss from "./playground.css?inline";
import { adoptStyles } from "../app/stylesheets.js";
import { parseRequirements, resolveAppOptions } from "./app-files.js";
import { mountIn } from "./mount.js";
import { encodeShare, withShare } from "./share.js";

const EDITABLE = /\.(py|txt|toml|md|csv|tsv|json|yaml|yml|cfg|ini)$/i;

function button(text, testid, extraClass = "") {
  const node = document.createElement("button");
  node.type = "button";
  node.className = `wasmlit-button ${extraClass}`.trim();
  node.textContent = text;
  node.setAttribute("data-testid", testid);
  return node;
}

/**
 * @param {HTMLElement} host the <wasmlit-app editor> element
 * @param {ShadowRoot} shadow prepared by prepareShadowRoot
 * @param {{files, entrypoint, requirements, config}} options
 * @param {{target: string, gated?: boolean}} share the fragment key of this
 *   playground; gated: the files came from a share link, start only on Run
 * @returns {Promise<object>} the controller, once the app is started
 */
export async function mountPlayground(host, shadow, options, { target, gated = false }) {
  adoptStyles(shadow, "wasmlit-playground", playgroundCss);
  const layout = document.createElement("div");
  layout.className = "wasmlit-playground";
  layout.setAttribute("data-testid", "wasmlitPlayground");
  const toolbar = document.createElement("div");
  toolbar.className = "wasmlit-toolbar";
  const tabs = document.createElement("div");
  tabs.className = "wasmlit-tabs";
  tabs.setAttribute("role", "tablist");
  const run = button("Run ▶", "wasmlitRunButton", "wasmlit-button-primary");
  run.title = "Run the edited code (Ctrl+Enter / ⌘+Enter); session state is kept";
  const shareButton = button("Share", "wasmlitShareButton");
  shareButton.title = "Put the code into the page's link, to share it";
  const shareLink = document.createElement("input");
  shareLink.className = "wasmlit-share-link";
  shareLink.readOnly = true;
  shareLink.hidden = true;
  shareLink.setAttribute("aria-label", "Link to this playground");
  shareLink.setAttribute("data-testid", "wasmlitShareLink");
  toolbar.append(tabs, run, shareButton, shareLink);
  const editorPane = document.createElement("div");
  editorPane.className = "wasmlit-editor-pane";
  const appPane = document.createElement("div");
  appPane.className = "wasmlit-app-pane";
  layout.append(toolbar, editorPane, appPane);
  shadow.append(layout);

  const entrypoint = resolveAppOptions(options).entrypoint;
  /** What the worker has: path -> text (edits not yet run differ from it). */
  const written = {};
  const paths = [];
  for (const [path, content] of Object.entries(options.files)) {
    if (typeof content === "string" && EDITABLE.test(path)) {
      written[path] = content;
      paths.push(path);
    }
  }
  paths.sort((a, b) => (a === entrypoint ? -1 : b === entrypoint ? 1 : a.localeCompare(b)));
  let requirements = [...(options.requirements ?? [])];

  const editor = await loadEditor(editorPane, shadow, () => runEdits());
  let shown = null;
  const show = (path) => {
    shown = path;
    editor.setDocument(path, written[path]);
    for (const tab of /** @type {HTMLCollectionOf<HTMLElement>} */ (tabs.children)) tab.setAttribute("aria-selected", String(tab.dataset.path === path));
  };
  for (const path of paths) {
    const tab = document.createElement("button");
    tab.type = "button";
    tab.className = "wasmlit-tab";
    tab.textContent = path;
    tab.dataset.path = path;
    tab.setAttribute("role", "tab");
    tab.addEventListener("click", () => show(path));
    tabs.append(tab);
  }
  show(paths.includes(entrypoint) ? entrypoint : paths[0]);

  /** The editor's current text of every file. */
  const currentFiles = () => {
    const files = {};
    for (const path of paths) files[path] = editor.textOf(path) ?? written[path];
    return files;
  };

  /** The app, once started (at once, or on Run for a gated share link). */
  let controller = null;
  let started;
  const whenStarted = new Promise((resolve) => {
    started = resolve;
  });
  function startApp() {
    if (controller) return;
    const files = { ...options.files, ...currentFiles() };
    Object.assign(written, currentFiles());
    if (typeof files["requirements.txt"] === "string" && files["requirements.txt"] !== options.files["requirements.txt"]) {
      requirements = [...new Set([...requirements, ...parseRequirements(files["requirements.txt"])])];
    }
    controller = mountIn(appPane, host, { ...options, files, requirements });
    started(controller);
  }

  let running = Promise.resolve();
  function runEdits() {
    if (!controller) {
      startApp();
      return running;
    }
    running = running.then(async () => {
      const files = currentFiles();
      const changed = {};
      for (const [path, text] of Object.entries(files)) if (text !== written[path]) changed[path] = text;
      try {
        if ("requirements.txt" in changed) {
          const wanted = parseRequirements(changed["requirements.txt"]).filter((r) => !requirements.includes(r));
          if (wanted.length) await controller.install(wanted);
          requirements = [...requirements, ...wanted];
        }
        if (Object.keys(changed).length) await controller.writeFiles(changed);
        Object.assign(written, changed);
        controller.rerun();
      } catch (error) {
        console.error("wasmlit: the playground could not run the code", error);
        host.dispatchEvent(new CustomEvent("wasmlit-error", { detail: { kind: "playground", message: error.message } }));
      }
    });
    return running;
  }

  async function share() {
    const payload = await encodeShare({ files: currentFiles(), entrypoint, requirements });
    const url = new URL(location.href);
    url.hash = withShare(url.hash, target, payload);
    history.replaceState(history.state, "", url);
    shareLink.value = url.href;
    shareLink.hidden = false;
    shareLink.select();
    try {
      await navigator.clipboard?.writeText(url.href);
    } catch {
      // the link stays selected in the field for a manual copy
    }
    host.dispatchEvent(new CustomEvent("wasmlit-share", { detail: { url: url.href } }));
    return url.href;
  }

  run.addEventListener("click", () => runEdits());
  shareButton.addEventListener("click", () => share());

  if (gated) showGate(appPane, () => runEdits());
  else startApp();
  await whenStarted;

  return Object.assign(controller, {
    run: runEdits,
    share,
    files: currentFiles,
    /** Puts `text` into the editor as the content of `path` (shown). */
    setText(path, text) {
      if (!paths.includes(path)) throw new Error(`no editable file ${JSON.stringify(path)}`);
      show(path);
      editor.replaceText(text);
    },
    showFile: show,
    get shownFile() {
      return shown;
    },
  });
}

/**
 * CodeMirror; a plain text area if it cannot be loaded (the app still runs).
 * @returns {Promise<import("./editor.js").CodeEditor>}
 */
async function loadEditor(parent, root, onRun) {
  try {
    const { createEditor } = await import("./editor.js");
    return createEditor(parent, { root, onRun });
  } catch (error) {
    console.error("wasmlit: the code editor could not be loaded; using a plain text area", error);
    return textAreaEditor(parent, onRun);
  }
}

/** @returns {import("./editor.js").CodeEditor} */
function textAreaEditor(parent, onRun) {
  const area = document.createElement("textarea");
  area.className = "wasmlit-editor-fallback";
  area.spellcheck = false;
  area.setAttribute("data-testid", "wasmlitEditorContent");
  area.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onRun();
    }
  });
  parent.append(area);
  const texts = new Map();
  let current = null;
  return {
    setDocument(path, text) {
      if (current !== null) texts.set(current, area.value);
      current = path;
      area.value = texts.get(path) ?? text;
    },
    replaceText: (text) => (area.value = text),
    text: () => area.value,
    textOf: (path) => (path === current ? area.value : texts.get(path) ?? null),
    focus: () => area.focus(),
  };
}

/** The app pane of a playground opened from a share link, until the visitor clicks Run. */
function showGate(pane, onRun) {
  const gate = document.createElement("div");
  gate.className = "wasmlit-share-gate";
  gate.setAttribute("data-testid", "wasmlitShareGate");
  const text = document.createElement("p");
  text.textContent =
    "This code came with the link you opened, not from this page. Read it in the editor, " +
    "then run it if you trust it.";
  const start = button("Run shared code", "wasmlitRunSharedButton", "wasmlit-button-primary");
  start.addEventListener("click", () => onRun());
  gate.append(text, start);
  pane.replaceChildren(gate);
}

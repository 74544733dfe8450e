// The app's header, as in Streamlit 1.67:
//
//   header.stAppHeader[data-testid=stHeader]            (always there; empty and
//     div.stAppToolbar[data-testid=stToolbar]            see-through without content)
//       div.st-toolbar-row
//         div.st-toolbar-left    [button stExpandSidebarButton] (sidebar collapsed)
//                                [st.logo: layout/logo.js, without an open sidebar]
//         [top navigation]
//         div.st-toolbar-right   (the toolbar: hidden by ?embed=true, toolbarMode "minimal")
//           [div stStatusWidget]  a run going for 0.5 s: running icon + "Stop";
//                                 before/without a connection: stConnectionStatus
//           div stToolbarActions
//           span#MainMenu stMainMenu > button stMainMenuButton ("⋮", its popover:
//                                 layout/main-menu.js, loaded on the first click)
import { h } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { loadedValue, preload } from "../elements/lazy.js";
import { ChevronRightDoubleIcon, MoreVertIcon, RunningIcon } from "../icons.js";

/**
 * @param {{view: import("./shell.js").ShellView, actions: object, chrome: import("./shell.js").ShellView["chrome"], sidebar: {present: boolean,
 *   collapsed: boolean, expand: () => void}, topNav: any, logo: any}} props
 *   chrome: { showToolbar: bool (toolbar shown: not ?embed=true, not toolbarMode
 *             "minimal"), showMenu: bool, developerMode: bool } (index.js chromeOptions)
 */
export function Header({ view, actions, chrome, sidebar, topNav, logo = null }) {
  const expand = sidebar.present && sidebar.collapsed;
  const right = chrome.showToolbar;
  const filled = expand || Boolean(topNav) || right || Boolean(logo);
  return h("header", { class: filled ? "stAppHeader" : "stAppHeader st-header-empty", "data-testid": "stHeader" },
    filled
      ? h("div", { class: "stAppToolbar", "data-testid": "stToolbar" },
          h("div", { class: "st-toolbar-row" },
            h("div", { class: "st-toolbar-left" },
              expand
                ? h("div", { class: "st-expand-sidebar" },
                    h("button", {
                      type: "button",
                      kind: "headerNoPadding",
                      class: "st-header-icon-button",
                      "data-testid": "stExpandSidebarButton",
                      "aria-label": "Expand sidebar",
                      "aria-expanded": "false",
                      "aria-controls": "stSidebar",
                      onClick: sidebar.expand,
                    }, h(ChevronRightDoubleIcon, null)))
                : null,
              logo),
            topNav,
            right
              ? h("div", { class: "st-toolbar-right" },
                  h(StatusWidget, { view, actions }),
                  h("div", { class: "stToolbarActions", "data-testid": "stToolbarActions" }),
                  chrome.showMenu ? h(MainMenu, { view, actions, chrome }) : null)
              : null))
      : null);
}

/** Streamlit shows the running state only for runs that last longer than this. */
export const RUNNING_ICON_DELAY_MS = 500;

function StatusWidget({ view, actions }) {
  const running = view.scriptState === "running" && view.connection === "CONNECTED";
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!running) {
      setShown(false);
      return undefined;
    }
    const timer = setTimeout(() => setShown(true), RUNNING_ICON_DELAY_MS);
    return () => clearTimeout(timer);
  }, [running]);
  const [stopping, setStopping] = useState(false);
  useEffect(() => {
    if (!running) setStopping(false);
  }, [running]);

  // After a source file changed under `wasmlit serve`: "File change." with Rerun /
  // Always rerun (layout/source-changed.js renders the whole stStatusWidget).
  if (!running && view.sourceChanged && view.connection === "CONNECTED") {
    return h(view.sourceChanged.Prompt, { prompt: view.sourceChanged });
  }
  let content = null;
  if (view.connection === "DISCONNECTED_FOREVER" && !view.bootError) {
    content = h(ConnectionStatus, { label: "Error", title: "Unable to start the app's Python runtime" });
  } else if (view.connection !== "CONNECTED" && !view.bootError) {
    content = h(ConnectionStatus, { label: "Connecting", title: "Starting the app's Python runtime" });
  } else if (running && shown) {
    content = h("div", { class: "st-status-running" },
      h("div", { role: "img", "aria-label": "Running...", "data-testid": "stStatusWidgetRunningIcon", class: "st-running-icon" },
        h(RunningIcon, null)),
      h("span", null,
        h("button", {
          type: "button",
          kind: "header",
          "data-testid": "stBaseButton-header",
          class: "st-header-button",
          disabled: stopping,
          onClick: () => {
            setStopping(true);
            actions.stop();
          },
        }, stopping ? "Stopping..." : "Stop")));
  }
  // The dev loop's "Source file changed" prompt (layout/source-changed.js) between runs.
  if (!content && !running && view.sourceChanged) return h(view.sourceChanged.Prompt, { prompt: view.sourceChanged });
  if (!content) return null;
  return h("div", { class: "stStatusWidget", "data-testid": "stStatusWidget" }, content);
}

function ConnectionStatus({ label, title }) {
  return h("div", { class: "stConnectionStatus", "data-testid": "stConnectionStatus", title },
    h("span", { class: "st-connection-dot", "aria-hidden": "true" }),
    h("label", null, label));
}

/** The "⋮" button; its popover (layout/main-menu.js) is loaded the first time it opens. */
function MainMenu({ view, actions, chrome }) {
  const [open, setOpen] = useState(false);
  const button = useRef(null);
  const menu = loadedValue("ui:mainMenu");
  useEffect(() => {
    if (open) preload("ui:mainMenu");
  }, [open]);
  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  return h("span", { id: "MainMenu", class: "stMainMenu", "data-testid": "stMainMenu" },
    h("button", {
      ref: button,
      type: "button",
      kind: "headerNoPadding",
      class: "st-header-icon-button",
      "data-testid": "stMainMenuButton",
      "aria-label": "Main menu",
      "aria-haspopup": "menu",
      "aria-expanded": String(open),
      onMouseEnter: () => preload("ui:mainMenu"),
      onClick: () => setOpen(!open),
    }, h(MoreVertIcon, null)),
    open && menu ? h(menu.MainMenuPopover, { view, actions, chrome, anchor: button, close }) : null);
}

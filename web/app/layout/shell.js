// The page shell, mirroring Streamlit 1.67:
//   stAppViewContainer > [stSidebar] + (stHeader, stMain > stMainBlockContainer > stVerticalBlock)
// The header is layout/header.js. The sidebar collapses and expands as in
// Streamlit: collapsed at first on narrow windows (initial_sidebar_state
// "auto"), and the user's last choice kept in localStorage for the site.
import { h } from "preact";
import { useLayoutEffect, useState } from "preact/hooks";
import { cx } from "../classes.js";
import { SidebarContext } from "../context.js";
import { ChevronLeftDoubleIcon } from "../icons.js";
import { Header } from "./header.js";
import { ROOT_BOTTOM, ROOT_MAIN, ROOT_SIDEBAR } from "../tree.js";
import { Children } from "./block.js";
import { BootError, BootProgress, RuntimeErrors } from "./boot.js";
import { loadedValue } from "../elements/lazy.js";

/** The multipage menus' module (elements/lazy.js "ui:navigation"), once loaded. */
function navigationUI() {
  return loadedValue("ui:navigation");
}

/** st.logo for `place` ("sidebar" | "header"), once its module is loaded (elements/lazy.js "ui:logo"). */
function appLogo(view, place) {
  const ui = loadedValue("ui:logo");
  return view.logo && ui ? h(ui.AppLogo, { logo: view.logo, place }) : null;
}

/** Streamlit shows a menu only for more than one visible page. */
function showsMenu(nav, position) {
  return Boolean(nav) && nav.position === position && (nav.pages ?? []).filter((page) => !page.hidden).length > 1;
}

/** Streamlit's medium breakpoint: up to this width the sidebar starts collapsed ("auto"). */
const MEDIUM_WIDTH = 768;

function sidebarKey() {
  try {
    return `wasmlit-sidebar-collapsed:${new URL(".", document.baseURI).pathname}`;
  } catch {
    return "wasmlit-sidebar-collapsed:/";
  }
}

/** The user's last choice (true/false), or null. */
function storedCollapsed(persist) {
  if (!persist) return null;
  try {
    const value = window.localStorage.getItem(sidebarKey());
    return value === null ? null : value === "true";
  } catch {
    return null;
  }
}

function storeCollapsed(persist, collapsed) {
  if (!persist) return;
  try {
    window.localStorage.setItem(sidebarKey(), String(collapsed));
  } catch {
    // storage blocked
  }
}

function initialCollapsed(state, persist) {
  const stored = storedCollapsed(persist);
  if (stored !== null) return stored;
  if (state === "collapsed") return true;
  if (state === "expanded") return false;
  return typeof window !== "undefined" && window.innerWidth <= MEDIUM_WIDTH;
}

/**
 * What the Shell renders from: the app view's state and its callbacks (index.js shellProps()).
 * @typedef {object} ShellView
 * @property {import("../tree.js").NodeTree} tree
 * @property {"none"|"flags"|"all"} showStale
 * @property {{title: string|null, icon: string|null, layout: string|null, initialSidebarState: string|null}} pageConfig
 * @property {ReturnType<typeof import("../app-config.js").chromeOptions>} chrome
 * @property {import("../../../protocol/messages.js").NavigationMsg|null} navigation
 * @property {(target: import("../routing.js").PageTarget) => void} navigate
 * @property {(pageName: string) => string} hrefFor
 * @property {Array<{id: number, kind?: string, message: string}>} runtimeErrors
 * @property {(id: number) => void} dismissRuntimeError
 * @property {() => void} restart
 * @property {string|null} bootError
 * @property {{phase: string, detail: string}|null} boot
 * @property {string|null} pageNotFound the URL pathname of a "Page not found" being shown
 * @property {() => void} closePageNotFound
 * @property {string|null} chromeDialog
 * @property {() => void} closeChromeDialog
 * @property {(name: string) => void} openChromeDialog
 * @property {string|null} compileError
 * @property {() => void} closeCompileError
 * @property {boolean} embedded
 * @property {string[]} eventSlots
 * @property {object[]} toasts
 * @property {(id: string) => void} dismissToast
 * @property {string} scriptState
 * @property {string} connection
 * @property {{pyodide?: string}|null} versions
 * @property {ReturnType<typeof import("../theme-controller.js").createTheme>} theme
 * @property {() => void} rerun
 * @property {() => void} clearCache
 * @property {boolean} showToolbar
 * @property {{Prompt: import("preact").ComponentType<any>, allowRunOnSave: boolean, rerun: () => void,
 *   alwaysRerun: () => void}|null} sourceChanged any: the prompt's props are this object itself
 * @property {import("../../../protocol/messages.js").LogoMsg|null} logo
 */

/**
 * @param {{view: ShellView, actions: object}} props  view: the controller's render state
 */
export function Shell({ view, actions }) {
  const { tree, showStale, pageConfig } = view;
  const persist = view.chrome.showMenu;
  const [collapsed, setCollapsedState] = useState(() => initialCollapsed(pageConfig.initialSidebarState, persist));
  useLayoutEffect(() => {
    if (pageConfig.initialSidebarState) setCollapsedState(initialCollapsed(pageConfig.initialSidebarState, persist));
  }, [pageConfig.initialSidebarState]);
  const setCollapsed = (value) => {
    setCollapsedState(value);
    storeCollapsed(persist, value);
  };
  const nav = view.navigation;
  const navUI = navigationUI();
  const sidebarNav = showsMenu(nav, "sidebar");
  const toastsUI = loadedValue("ui:toasts");
  const hasSidebar = !tree.isEmpty(ROOT_SIDEBAR) || sidebarNav;
  const wide = pageConfig.layout === "wide";

  return h("div", {
    class: "stAppViewContainer appview-container",
    "data-testid": "stAppViewContainer",
    "data-layout": wide ? "wide" : "narrow",
  },
    h("a", { href: "#stMain", "data-testid": "stSkipToContent", class: "st-skip-link" }, "Skip to main content"),
    hasSidebar
      ? h("section", {
          class: cx("stSidebar", collapsed && "st-collapsed"),
          "data-testid": "stSidebar",
          "aria-label": "Sidebar",
          "data-collapsed": String(collapsed),
          id: "stSidebar",
        },
          h("div", { "data-testid": "stSidebarContent", class: "st-sidebar-content" },
            h("div", { "data-testid": "stSidebarHeader", class: "st-sidebar-header" },
              appLogo(view, "sidebar") ?? h("div", { "data-testid": "stLogoSpacer" }),
              h("div", { "data-testid": "stSidebarCollapseButton", class: "st-sidebar-collapse" },
                h("button", {
                  type: "button",
                  kind: "headerNoPadding",
                  "data-testid": "stBaseButton-headerNoPadding",
                  class: "st-header-icon-button",
                  "aria-label": "Collapse sidebar",
                  "aria-expanded": "true",
                  "aria-controls": "stSidebar",
                  onClick: () => setCollapsed(true),
                }, h(ChevronLeftDoubleIcon, null)))),
            sidebarNav && navUI ? h(navUI.SidebarNav, { nav, navigate: view.navigate, hrefFor: view.hrefFor }) : null,
            h("div", { "data-testid": "stSidebarUserContent", class: "st-sidebar-user-content" },
              h("div", null,
                h(SidebarContext.Provider, { value: true },
                  h("div", { class: "stVerticalBlock", "data-testid": "stVerticalBlock", direction: "column" },
                    h(Children, { block: tree.root(ROOT_SIDEBAR), showStale })))))))
      : null,
    h("div", { class: "st-main-column" },
      h(Header, {
        view,
        actions,
        chrome: view.chrome,
        sidebar: { present: hasSidebar, collapsed, expand: () => setCollapsed(false) },
        topNav: showsMenu(nav, "top") && navUI
          ? h(navUI.TopNav, { nav, navigate: view.navigate, hrefFor: view.hrefFor })
          : null,
        // st.logo: in the sidebar's header while the sidebar is open, else here.
        logo: hasSidebar && !collapsed ? null : appLogo(view, "header"),
      }),
      h("main", { id: "stMain", tabindex: "0", class: "stMain", "data-testid": "stMain" },
        h("div", { class: cx("stMainBlockContainer block-container", wide && "st-wide"), "data-testid": "stMainBlockContainer" },
          h(RuntimeErrors, { errors: view.runtimeErrors, onDismiss: view.dismissRuntimeError, onRestart: view.restart }),
          view.bootError ? h(BootError, { message: view.bootError }) : null,
          !view.bootError && view.boot ? h(BootProgress, view.boot) : null,
          h("div", { class: "stVerticalBlock", "data-testid": "stVerticalBlock", direction: "column" },
            h(Children, { block: tree.root(ROOT_MAIN), showStale }))),
        tree.isEmpty(ROOT_BOTTOM) ? null : h(Bottom, { tree, showStale, wide }),
        h("div", { "data-testid": "stAppIframeResizerAnchor", "data-iframe-height": "true" }))),
    view.pageNotFound !== null && view.pageNotFound !== undefined && navUI
      ? h(navUI.PageNotFound, { pageName: view.pageNotFound, onClose: view.closePageNotFound })
      : null,
    view.chromeDialog && loadedValue("ui:mainMenu")
      ? h(loadedValue("ui:mainMenu").ChromeDialog, { name: view.chromeDialog, view, onClose: view.closeChromeDialog })
      : null,
    view.compileError !== null && view.compileError !== undefined && loadedValue("ui:compileError")
      ? h(loadedValue("ui:compileError").CompileErrorDialog, { text: view.compileError, onClose: view.closeCompileError, contained: view.embedded })
      : null,
    toastsUI ? h(toastsUI.EventRoot, { slots: view.eventSlots ?? [] }) : null,
    toastsUI ? h(toastsUI.ToastContainer, { toasts: view.toasts ?? [], onDismiss: view.dismissToast }) : null);
}

/** stBottom: pinned below the main area (a top-level st.chat_input lives here). */
function Bottom({ tree, showStale, wide }) {
  return h("div", { class: "stBottom", "data-testid": "stBottom" },
    h("div", { class: "st-bottom-inner" },
      h("div", { "data-testid": "stBottomBlockContainer", class: cx("st-bottom-block-container", wide && "st-wide") },
        h("div", { class: "stVerticalBlock", "data-testid": "stVerticalBlock", direction: "column" },
          h(Children, { block: tree.root(ROOT_BOTTOM), showStale })))));
}

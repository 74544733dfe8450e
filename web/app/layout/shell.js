// The page shell, mirroring Streamlit 1.67:
//   stAppViewContainer > [stSidebar] + (stHeader, stMain > stMainBlockContainer > stVerticalBlock)
import { h } from "preact";
import { useEffect, useState } from "preact/hooks";
import { cx } from "../classes.js";
import { SidebarContext } from "../context.js";
import { ChevronLeftDoubleIcon, ChevronRightDoubleIcon } from "../icons.js";
import { ROOT_BOTTOM, ROOT_MAIN, ROOT_SIDEBAR } from "../tree.js";
import { Children } from "./block.js";
import { BootError, BootProgress, RuntimeErrors } from "./boot.js";
import { loadedValue } from "../elements/lazy.js";

/** The multipage menus' module (elements/lazy.js "ui:navigation"), once loaded. */
function navigationUI() {
  return loadedValue("ui:navigation");
}

/** Streamlit shows a menu only for more than one visible page. */
function showsMenu(nav, position) {
  return Boolean(nav) && nav.position === position && (nav.pages ?? []).filter((page) => !page.hidden).length > 1;
}

function initialCollapsed(state) {
  if (state === "collapsed") return true;
  if (state === "expanded") return false;
  return typeof window !== "undefined" && window.innerWidth < 768;
}

/**
 * @param {{view: object, actions: object}} props  view: the controller's render state
 */
export function Shell({ view, actions }) {
  const { tree, showStale, pageConfig } = view;
  const [collapsed, setCollapsed] = useState(() => initialCollapsed(pageConfig.initialSidebarState));
  useEffect(() => {
    if (pageConfig.initialSidebarState) setCollapsed(initialCollapsed(pageConfig.initialSidebarState));
  }, [pageConfig.initialSidebarState]);
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
          "aria-expanded": String(!collapsed),
          "data-collapsed": String(collapsed),
          id: "stSidebar",
        },
          h("div", { "data-testid": "stSidebarContent", class: "st-sidebar-content" },
            h("div", { "data-testid": "stSidebarHeader", class: "st-sidebar-header" },
              h("div", { "data-testid": "stLogoSpacer" }),
              h("div", { "data-testid": "stSidebarCollapseButton", class: "st-sidebar-collapse" },
                h("button", {
                  type: "button",
                  kind: "headerNoPadding",
                  "data-testid": "stBaseButton-headerNoPadding",
                  class: "st-icon-button",
                  "aria-label": "Collapse sidebar",
                  "aria-expanded": "true",
                  "aria-controls": "stSidebar",
                  onClick: () => setCollapsed(true),
                }, h(ChevronLeftDoubleIcon)))),
            sidebarNav && navUI ? h(navUI.SidebarNav, { nav, navigate: view.navigate, hrefFor: view.hrefFor }) : null,
            h("div", { "data-testid": "stSidebarUserContent", class: "st-sidebar-user-content" },
              h("div", null,
                h(SidebarContext.Provider, { value: true },
                  h("div", { class: "stVerticalBlock", "data-testid": "stVerticalBlock", direction: "column" },
                    h(Children, { block: tree.root(ROOT_SIDEBAR), showStale })))))))
      : null,
    h("div", { class: "st-main-column" },
      view.showToolbar === false
        ? null
        : h(Header, { view, actions, showExpand: hasSidebar && collapsed, onExpand: () => setCollapsed(false) }),
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

function Header({ view, actions, showExpand, onExpand }) {
  return h("header", { class: "stAppHeader", "data-testid": "stHeader" },
    h("div", { class: "stAppToolbar", "data-testid": "stToolbar" },
      h("div", { class: "st-toolbar-left" },
        showExpand
          ? h("div", { "data-testid": "stExpandSidebarButton", class: "st-expand-sidebar" },
              h("button", {
                type: "button",
                kind: "headerNoPadding",
                "data-testid": "stBaseButton-headerNoPadding",
                class: "st-icon-button",
                "aria-label": "Expand sidebar",
                "aria-expanded": "false",
                "aria-controls": "stSidebar",
                onClick: onExpand,
              }, h(ChevronRightDoubleIcon)))
          : null,
        showsMenu(view.navigation, "top") && navigationUI()
          ? h(navigationUI().TopNav, { nav: view.navigation, navigate: view.navigate, hrefFor: view.hrefFor })
          : null),
      h("div", { class: "st-toolbar-right" },
        h(StatusWidget, { view, actions }),
        h("div", { class: "stToolbarActions", "data-testid": "stToolbarActions" }))));
}

function StatusWidget({ view, actions }) {
  if (view.connection === "DISCONNECTED_FOREVER" && !view.bootError) {
    return h("div", { class: "stStatusWidget st-status-error", "data-testid": "stStatusWidget" },
      h("span", { class: "st-status-label" }, "Disconnected"));
  }
  if (view.scriptState !== "running") return view.sourceChanged ? h(view.sourceChanged.Prompt, { prompt: view.sourceChanged }) : null;
  return h("div", { class: "stStatusWidget", "data-testid": "stStatusWidget" },
    h("div", { role: "img", "aria-label": "Running...", "data-testid": "stStatusWidgetRunningIcon", class: "st-running-icon" },
      h("span", { class: "st-spinner st-spinner-small", "aria-hidden": "true" })),
    h("span", { class: "st-status-label" }, "Running..."),
    h("button", {
      type: "button",
      kind: "header",
      "data-testid": "stBaseButton-header",
      class: "st-header-button",
      onClick: () => actions.stop(),
    }, "Stop"));
}

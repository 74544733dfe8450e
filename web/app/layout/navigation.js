// Multipage navigation, as Streamlit draws it:
//   SidebarNav  -> stSidebarNav > stSidebarNavItems > li > stSidebarNavLink (+ stNavSectionHeader,
//                  stSidebarNavViewButton "View N more", stSidebarNavSeparator)
//   TopNav      -> links in the header (st.navigation(position="top"))
//   PageNotFound -> the "Page not found" modal for an unknown URL pathname
// A link is a real <a href> to the page's URL; a plain click switches pages
// without reloading (ctx.navigate), a modified click opens the URL itself.
import { h } from "preact";
import { useState } from "preact/hooks";
import { cx } from "../classes.js";
import { Markdown } from "../markdown-view.js";
import { safeHref } from "../safe-url.js";

/** Items shown by a collapsed menu, and the count up to which it shows everything. */
const COLLAPSED_ITEMS = 10;
const COLLAPSE_ABOVE = 12;

export function visiblePages(nav) {
  return (nav?.pages ?? []).filter((page) => !page.hidden);
}

function isPlainClick(event) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

function PageIcon({ icon }) {
  if (!icon || String(icon).startsWith(":material/")) return null;
  return h("span", { "data-testid": "stIconEmoji", "aria-hidden": "true", class: "st-nav-icon" }, icon);
}

function NavLink({ page, nav, navigate, hrefFor, testid }) {
  const active = page.pageScriptHash === nav.currentPageHash;
  const external = Boolean(page.externalUrl);
  return h("a", {
    "data-testid": testid,
    class: cx("st-nav-link", active && "st-active"),
    href: external ? safeHref(page.externalUrl) : hrefFor(page.urlPath),
    target: external ? "_blank" : undefined,
    rel: external ? "noreferrer" : undefined,
    "aria-current": active ? "page" : undefined,
    title: page.help || undefined,
    onClick: (event) => {
      if (external || !isPlainClick(event)) return;
      event.preventDefault();
      navigate({ pageScriptHash: page.pageScriptHash, pageName: page.urlPath, queryString: "" });
    },
  },
    h(PageIcon, { icon: page.icon }),
    h("span", { class: "st-nav-label", "data-testid": "stSidebarNavLinkLabel" }, h(Markdown, { body: page.title, isLabel: true })));
}

function groupBySection(nav, pages) {
  const groups = [];
  for (const page of pages) {
    const last = groups[groups.length - 1];
    if (last && last.section === page.section) last.pages.push(page);
    else groups.push({ section: page.section, pages: [page] });
  }
  return groups;
}

export function SidebarNav({ nav, navigate, hrefFor }) {
  const [open, setOpen] = useState(false);
  const pages = visiblePages(nav);
  const limit = nav.visibleItems ?? COLLAPSED_ITEMS;
  const collapsible = !nav.expanded && pages.length > (nav.visibleItems ?? COLLAPSE_ABOVE);
  const shown = collapsible && !open ? pages.slice(0, limit) : pages;
  const link = (page) =>
    h("li", { key: page.pageScriptHash },
      h("div", { class: "st-nav-link-container", "data-testid": "stSidebarNavLinkContainer" },
        h(NavLink, { page, nav, navigate, hrefFor, testid: "stSidebarNavLink" })));
  const groups = groupBySection(nav, shown);
  return h("div", { class: "stSidebarNav st-sidebar-nav", "data-testid": "stSidebarNav" },
    h("ul", { class: "st-sidebar-nav-items", "data-testid": "stSidebarNavItems" },
      groups.map((group, index) =>
        group.section
          ? h("li", { key: `section-${index}` },
              h("header", { class: "st-nav-section-header", "data-testid": "stNavSectionHeader" }, group.section),
              h("ul", { class: "st-sidebar-nav-items" }, group.pages.map(link)))
          : group.pages.map(link))),
    collapsible
      ? h("button", {
          type: "button",
          class: "st-nav-view-button",
          "data-testid": "stSidebarNavViewButton",
          onClick: () => setOpen(!open),
        }, open ? "View less" : `View ${pages.length - limit} more`)
      : null,
    h("div", { class: "st-sidebar-nav-separator", "data-testid": "stSidebarNavSeparator" }));
}

export function TopNav({ nav, navigate, hrefFor }) {
  return h("nav", { class: "st-top-nav", "data-testid": "stTopNav", "aria-label": "Pages" },
    visiblePages(nav).map((page) =>
      h("div", { key: page.pageScriptHash, class: "st-top-nav-item", "data-testid": "stTopNavLinkContainer" },
        h(NavLink, { page, nav, navigate, hrefFor, testid: "stTopNavLink" }))));
}

export function PageNotFound({ pageName, onClose }) {
  const text = pageName
    ? `You have requested page /${pageName}, but no corresponding file was found in the app's pages/ directory. Running the app's main page.`
    : "The page that you have requested does not seem to exist. Running the app's main page.";
  return h("div", { class: "stDialog st-dialog-center", "data-testid": "stDialog" },
    h("div", { class: "st-dialog-backdrop", onMouseDown: (event) => { if (event.target === event.currentTarget) onClose(); } },
      h("section", { role: "dialog", "aria-modal": "true", "aria-label": "Page not found", class: "st-dialog-panel", style: { width: "min(500px, calc(100vw - 2rem))" } },
        h("button", { type: "button", "aria-label": "Close", class: "st-dialog-close", onClick: onClose }, "×"),
        h("h2", { class: "st-dialog-title" }, "Page not found"),
        h("div", { class: "st-dialog-body", "data-testid": "stPageNotFound" }, h("p", null, text)))));
}

// Multipage navigation, as Streamlit draws it:
//   SidebarNav  -> stSidebarNav > stSidebarNavItems > li > stSidebarNavLink (+ stNavSectionHeader,
//                  stSidebarNavViewButton "View N more", stSidebarNavSeparator)
//   TopNav      -> the header's top bar (st.navigation(position="top")): pages without a
//                  section as stTopNavLink links, each section a stTopNavSection menu button
//                  whose stTopNavPopover lists stTopNavDropdownLink links
//   PageNotFound -> the "Page not found" modal for an unknown URL pathname
// A link is a real <a href> to the page's URL; a plain click switches pages
// without reloading (ctx.navigate), a modified click opens the URL itself.
import { createPortal, h } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { cx } from "../classes.js";
import { Markdown } from "../markdown-view.js";
import { MaterialIcon, materialIconName } from "../material-icon.js";
import { eventTarget, usePortalRoot } from "../portal.js";
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
  if (!icon) return null;
  const material = materialIconName(icon);
  if (material) return h("span", { class: "st-nav-icon" }, h(MaterialIcon, { name: material, size: "1.25rem" }));
  if (String(icon).startsWith(":material/")) return null;
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

function isPlainActive(page, nav) {
  return page.pageScriptHash === nav.currentPageHash;
}

/**
 * A top navigation link: icon + ellipsised label (Streamlit 1.67's top bar).
 * @param {{page: import("../../../protocol/messages.js").AppPage,
 *          nav: import("../../../protocol/messages.js").NavigationMsg,
 *          navigate: (target: import("../routing.js").PageTarget) => void, hrefFor: (urlPath: string) => string,
 *          testid: string, menuItem?: boolean, onNavigate?: () => void}} props
 *   onNavigate: called after a click navigates (a dropdown closes)
 */
function TopNavLink({ page, nav, navigate, hrefFor, testid, menuItem = false, onNavigate }) {
  const active = isPlainActive(page, nav);
  const external = Boolean(page.externalUrl);
  return h("div", { class: "st-top-nav-item", "data-testid": "stTopNavLinkContainer", role: menuItem ? "none" : undefined },
    h("a", {
      "data-testid": testid,
      class: cx("st-nav-link st-top-nav-link", active && "st-active"),
      role: menuItem ? "menuitem" : undefined,
      href: external ? safeHref(page.externalUrl) : hrefFor(page.urlPath),
      target: external ? "_blank" : undefined,
      rel: external ? "noreferrer" : undefined,
      "aria-current": active ? "page" : undefined,
      title: page.help || undefined,
      onClick: (event) => {
        onNavigate?.();
        if (external || !isPlainClick(event)) return;
        event.preventDefault();
        navigate({ pageScriptHash: page.pageScriptHash, pageName: page.urlPath, queryString: "" });
      },
    },
      page.icon ? h("span", { class: "st-top-nav-icon" }, h(PageIcon, { icon: page.icon })) : null,
      h("span", { class: "st-top-nav-label" },
        h(Markdown, { body: page.title, isLabel: true, class: "stMarkdownEllipsis" }))));
}

function ChevronDown({ up }) {
  return h("svg", { viewBox: "0 0 24 24", "aria-hidden": "true", fill: "currentColor", width: "1rem", height: "1rem" },
    h("path", { d: up ? "M7.41 15.41L12 10.83l4.59 4.58L18 14l-6-6-6 6z" : "M7.41 8.59L12 13.17l4.59-4.58L18 10l-6 6-6-6z" }));
}

/** A section of the top bar: a button opening a menu of its pages. */
function TopNavSection({ section, pages, nav, navigate, hrefFor }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef(null);
  const menuRef = useRef(null);
  const portalRoot = usePortalRoot();
  const [place, setPlace] = useState(null);
  useEffect(() => {
    if (!open) return undefined;
    const rect = buttonRef.current?.getBoundingClientRect();
    if (rect) setPlace({ left: rect.left, top: rect.bottom + 4 });
    const close = (event) => {
      const target = eventTarget(event);
      if (buttonRef.current?.contains(target) || menuRef.current?.contains(target)) return;
      setOpen(false);
    };
    document.addEventListener("mousedown", close, true);
    return () => document.removeEventListener("mousedown", close, true);
  }, [open]);
  const active = pages.some((page) => isPlainActive(page, nav));
  return [
    h("button", {
      key: "button",
      ref: buttonRef,
      type: "button",
      class: cx("st-top-nav-section", active && "st-active"),
      "data-testid": "stTopNavSection",
      "aria-haspopup": "menu",
      "aria-expanded": String(open),
      onClick: () => setOpen(!open),
      onKeyDown: (event) => {
        if (event.key === "Escape") setOpen(false);
      },
    },
      h("span", { class: "st-top-nav-label" }, h(Markdown, { body: section, isLabel: true, class: "stMarkdownEllipsis" })),
      h("div", { "aria-hidden": "true", class: "st-top-nav-chevron" }, h(ChevronDown, { up: open }))),
    open && place
      ? createPortal(
          h("div", { class: "st-top-nav-popover-body", "data-testid": "stTopNavPopoverBody", style: { left: `${place.left}px`, top: `${place.top}px` } },
            h("div", { class: "st-top-nav-popover", "data-testid": "stTopNavPopover", role: "menu", ref: menuRef,
              onKeyDown: (event) => {
                if (event.key === "Escape") {
                  setOpen(false);
                  buttonRef.current?.focus();
                }
              } },
              pages.map((page) => h("div", { key: page.pageScriptHash, role: "none", class: "st-top-nav-popover-item" },
                h(TopNavLink, { page, nav, navigate, hrefFor, testid: "stTopNavDropdownLink", menuItem: true, onNavigate: () => setOpen(false) }))))),
          portalRoot)
      : null,
  ];
}

/** st.navigation(position="top"): pages without a section as links, each section as a menu. */
export function TopNav({ nav, navigate, hrefFor }) {
  const pages = visiblePages(nav);
  const loose = pages.filter((page) => !page.section);
  const sections = [];
  for (const page of pages) {
    if (!page.section) continue;
    const group = sections.find((s) => s.section === page.section);
    if (group) group.pages.push(page);
    else sections.push({ section: page.section, pages: [page] });
  }
  let order = 0;
  return h("nav", { class: "st-top-nav", "data-testid": "stTopNav", "aria-label": "App pages" },
    loose.map((page) => h("div", { key: page.pageScriptHash, class: "st-top-nav-slot", style: { order: order++ } },
      h("div", null, h(TopNavLink, { page, nav, navigate, hrefFor, testid: "stTopNavLink" })))),
    sections.map((group) => h("div", { key: `section-${group.section}`, class: "st-top-nav-slot", style: { order: order++ } },
      h(TopNavSection, { section: group.section, pages: group.pages, nav, navigate, hrefFor }))));
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

// The main menu's popover and the dialogs it opens, as in Streamlit 1.67
// (loaded the first time the "⋮" button is used: elements/lazy.js "ui:mainMenu").
//
//   div stMainMenuPopover
//     div stMainMenuList[role=menu]
//       div stThemeSwitcher[role=group]: System / Light / Dark (menuitemradio; the
//           choice applies at once and the menu stays open). Not shown when a
//           custom theme has a single variant.
//       stMainMenuDivider, then the developer's items (toolbarMode "developer", or
//           "auto" on localhost): Rerun (R); Clear cache (C: a confirmation dialog)
//       stMainMenuDivider, Print
//     footer: "Made with wasmlit v…", Pyodide's version
// Streamlit's "Deploy", "Record screen" and "Auto rerun" have no place in a
// page without a server. toolbarMode "minimal" keeps the theme choice only.
import { createPortal, h } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { version as wasmlitVersion } from "../../../package.json";
import { usePortalRoot, eventTarget } from "../portal.js";
import { Markdown } from "../markdown-view.js";

const svg = { xmlns: "http://www.w3.org/2000/svg", viewBox: "0 0 24 24", width: "20", height: "20", fill: "currentColor", "aria-hidden": "true", focusable: "false" };

/** Half a disc: the system's own light or dark. */
function SystemIcon() {
  return h("svg", svg,
    h("path", { d: "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 2v14a7 7 0 0 1 0-14z" }));
}

function LightIcon() {
  const rays = [0, 45, 90, 135, 180, 225, 270, 315].map((angle) =>
    h("rect", { x: "11.1", y: "1.5", width: "1.8", height: "3.2", rx: "0.9", transform: `rotate(${angle} 12 12)` }));
  return h("svg", svg,
    h("path", { d: "M12 7.2a4.8 4.8 0 1 0 0 9.6 4.8 4.8 0 0 0 0-9.6zm0 1.8a3 3 0 1 1 0 6 3 3 0 0 1 0-6z" }),
    ...rays);
}

function DarkIcon() {
  return h("svg", svg,
    h("path", { d: "M11.4 3.1a8.9 8.9 0 1 0 9.5 9.5 1 1 0 0 0-1.6-.8 5.6 5.6 0 0 1-7.9-7.9 1 1 0 0 0 0-.8zm-2.2 2.6a7.6 7.6 0 0 0 9.1 9.1 7 7 0 1 1-9.1-9.1z" }));
}

const THEME_ITEMS = [
  { choice: "system", label: "System", Icon: SystemIcon },
  { choice: "light", label: "Light", Icon: LightIcon },
  { choice: "dark", label: "Dark", Icon: DarkIcon },
];

/** The menu's sections (arrays of items), as Streamlit groups them. */
function sections({ view, chrome, close }) {
  const theme = view.theme;
  const themeSection = theme.switchable
    ? THEME_ITEMS.map(({ choice, label, Icon }) => ({
        kind: "radio", key: `theme-${label}`, label, Icon, checked: theme.choice === choice,
        onSelect: () => theme.setChoice(choice),
      }))
    : [];
  if (chrome.toolbarMode === "minimal") return [themeSection];
  const developer = chrome.developerMode
    ? [[{ kind: "action", key: "rerun", label: "Rerun", shortcut: "R", onClick: () => view.rerun() }],
      [{ kind: "action", key: "clearCache", label: "Clear cache", shortcut: "C", onClick: () => view.openChromeDialog("clearCache") }]]
    : [];
  return [
    themeSection,
    ...developer,
    [{ kind: "action", key: "print", label: "Print", onClick: () => printPage(close) }],
  ];
}

function printPage(close) {
  close(false);
  // After the menu is gone from the page.
  setTimeout(() => window.print(), 0);
}

/**
 * @param {{view: import("./shell.js").ShellView, chrome: import("./shell.js").ShellView["chrome"],
 *          anchor: {current: Element}, close: (refocus?: boolean) => void}} props
 */
export function MainMenuPopover({ view, chrome, anchor, close }) {
  const portalRoot = usePortalRoot();
  const popover = useRef(null);
  const items = useRef([]);
  const groups = sections({ view, chrome, close }).filter((group) => group.length > 0);
  const flat = groups.flat();
  const [active, setActive] = useState(0);

  // Placed under the stMainMenu span (the button's box), right edges aligned.
  const rect = (anchor.current?.parentElement ?? anchor.current)?.getBoundingClientRect();
  const win = anchor.current?.ownerDocument.defaultView ?? window;
  const place = rect
    ? { top: `${Math.round(rect.bottom + 4)}px`, right: `${Math.max(0, Math.round(win.innerWidth - rect.right))}px` }
    : { top: "3.25rem", right: "1rem" };

  useLayoutEffect(() => {
    items.current[0]?.focus();
  }, []);

  useLayoutEffect(() => {
    const onPointer = (event) => {
      const target = eventTarget(event);
      if (popover.current?.contains(target) || anchor.current?.contains(target)) return;
      close(false);
    };
    const onKey = (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        close();
      }
    };
    const doc = anchor.current?.ownerDocument ?? document;
    doc.addEventListener("mousedown", onPointer, true);
    doc.addEventListener("keydown", onKey);
    win.addEventListener("resize", onResize);
    function onResize() {
      close(false);
    }
    return () => {
      doc.removeEventListener("mousedown", onPointer, true);
      doc.removeEventListener("keydown", onKey);
      win.removeEventListener("resize", onResize);
    };
  }, []);

  const move = (index) => {
    const next = (index + flat.length) % flat.length;
    setActive(next);
    items.current[next]?.focus();
  };
  const onKeyDown = (event) => {
    if (!flat.length) return;
    if (event.key === "ArrowDown") move(active + 1);
    else if (event.key === "ArrowUp") move(active - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(flat.length - 1);
    else if (event.key === "Tab") close(false);
    else return;
    if (event.key !== "Tab") event.preventDefault();
  };

  let index = 0;
  const children = [];
  groups.forEach((group, g) => {
    if (g > 0) children.push(h("div", { role: "separator", "aria-hidden": "true", "data-testid": "stMainMenuDivider", class: "st-menu-divider" }));
    if (group[0].kind === "radio") {
      children.push(h("div", { role: "group", "aria-label": "Theme", "data-testid": "stThemeSwitcher", class: "st-theme-switcher" },
        group.map((item) => radioItem(item, index++))));
    } else {
      for (const item of group) children.push(actionItem(item, index++));
    }
  });

  function radioItem(item, i) {
    return h("button", {
      type: "button",
      role: "menuitemradio",
      "aria-checked": String(item.checked),
      tabindex: i === active ? "0" : "-1",
      "data-testid": `stMainMenuItem-${item.key}`,
      class: "st-menu-radio",
      ref: (el) => { items.current[i] = el; },
      onFocus: () => setActive(i),
      onClick: item.onSelect,
    }, h("span", { class: "st-menu-radio-icon" }, h(item.Icon, null)), item.label);
  }

  function actionItem(item, i) {
    return h("button", {
      type: "button",
      role: "menuitem",
      tabindex: i === active ? "0" : "-1",
      "data-testid": `stMainMenuItem-${item.key}`,
      class: "st-menu-item",
      ref: (el) => { items.current[i] = el; },
      onFocus: () => setActive(i),
      onClick: () => {
        close(item.key !== "print");
        item.onClick();
      },
    }, h("span", { class: "st-menu-item-row" },
      h("span", { "data-testid": "stMainMenuItemLabel", class: "st-menu-item-label" }, item.label),
      item.shortcut ? h("kbd", null, item.shortcut) : null));
  }

  const pyodide = view.versions?.pyodide;
  return createPortal(
    h("div", {
      ref: popover,
      class: "stMainMenuPopover",
      "data-testid": "stMainMenuPopover",
      style: place,
    },
      h("div", { class: "st-menu-body" },
        h("div", { "data-testid": "stMainMenuList", class: "st-menu-list", "aria-label": "Main menu", role: "menu", onKeyDown }, children),
        h("div", { class: "st-menu-footer" },
          h("div", { class: "st-menu-versions" },
            h("span", null, `Made with wasmlit v${wasmlitVersion}`),
            pyodide ? h("span", null, `Pyodide ${pyodide}`) : null)))),
    portalRoot);
}

/** A dialog of the chrome: "clearCache" (Streamlit's stClearCacheDialog). */
export function ChromeDialog({ name, view, onClose }) {
  const panel = useRef(null);
  useLayoutEffect(() => {
    panel.current?.querySelector("button")?.focus();
    const onKey = (event) => {
      if (event.key === "Escape") onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [name]);
  if (name !== "clearCache") return null;
  const body = "**Are you sure you want to clear the app's function caches?**  \n"
    + "This will remove all cached entries from functions using  \n`@st.cache_data` and `@st.cache_resource`.";
  return h("div", { "data-testid": "stClearCacheDialog", class: "stDialog st-chrome-dialog" },
    h("div", { class: "st-dialog-backdrop", onMouseDown: (event) => { if (event.target === event.currentTarget) onClose(); } },
      h("section", { ref: panel, role: "dialog", "aria-modal": "true", "aria-label": "Clear caches", tabindex: "-1", class: "st-dialog-panel", style: { width: "min(500px, calc(100vw - 2rem))" } },
        h("h2", { class: "st-dialog-title" }, "Clear caches"),
        h("div", { class: "st-dialog-body" }, h(Markdown, { body })),
        h("div", { class: "st-chrome-dialog-buttons" },
          h("button", { type: "button", kind: "ghost", class: "st-chrome-dialog-button st-ghost", onClick: onClose }, "Cancel"),
          h("button", {
            type: "button",
            kind: "secondary",
            class: "st-chrome-dialog-button",
            onClick: () => {
              view.clearCache();
              onClose();
            },
          }, "Clear caches")))));
}

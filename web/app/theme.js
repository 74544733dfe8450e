// The app's theme. Streamlit 1.67's light and dark palettes are CSS variables
// (theme.css) switched by data-st-theme="light"|"dark" on the element that holds
// the app and its popups; a custom theme from .streamlit/config.toml
// (theme-config.js) sets the same variables inline there.
//
// Which one is active: a custom theme with one variant fixes it; otherwise the
// user's choice in the main menu (System / Light / Dark, kept in localStorage
// for the whole site), "System" following the browser's prefers-color-scheme.
//
// For renderers that draw with their own colours (charts, the grid):
//   themeColors(element)  -> the active theme's resolved values where `element` is:
//                            { type: "light"|"dark", primaryColor, backgroundColor,
//                              secondaryBackgroundColor, textColor, fadeTextColor,
//                              borderColor, widgetBorderColor, linkColor,
//                              codeBackgroundColor, ..., font, codeFont, headingFont,
//                              baseRadius } (colours as rgb()/rgba() strings)
//   subscribe(fn)         -> unsubscribe; fn() after any app on the page changed theme

/** themeColors() field -> CSS variable. */
export const THEME_VARIABLES = Object.freeze({
  primaryColor: "--st-primary-color",
  backgroundColor: "--st-background-color",
  secondaryBackgroundColor: "--st-secondary-background-color",
  textColor: "--st-text-color",
  fadeTextColor: "--st-fade-text-color",
  borderColor: "--st-border-color",
  borderColorLight: "--st-border-color-light",
  widgetBorderColor: "--st-widget-border-color",
  linkColor: "--st-link-color",
  codeBackgroundColor: "--st-code-background-color",
  codeTextColor: "--st-code-text-color",
  dataframeBorderColor: "--st-dataframe-border-color",
  dataframeHeaderBackgroundColor: "--st-dataframe-header-background-color",
  dataframeHeaderTextColor: "--st-dataframe-header-text-color",
  redColor: "--st-red-color",
  orangeColor: "--st-orange-color",
  yellowColor: "--st-yellow-color",
  blueColor: "--st-blue-color",
  greenColor: "--st-green-color",
  violetColor: "--st-violet-color",
  grayColor: "--st-gray-color",
});

const TEXT_VARIABLES = Object.freeze({
  font: "--st-font",
  codeFont: "--st-code-font",
  headingFont: "--st-heading-font",
  baseRadius: "--st-base-radius",
});

const listeners = new Set();

/** fn() after any app's theme changed (also a custom theme's arrival); returns an unsubscribe function. */
export function subscribe(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function notify() {
  for (const fn of [...listeners]) {
    try {
      fn();
    } catch (error) {
      console.error("wasmlit: a theme listener failed", error);
    }
  }
}

/** The active theme's values for the app that `element` is part of. */
export function themeColors(element) {
  const doc = element?.ownerDocument ?? document;
  const host = element ?? doc.querySelector("[data-st-theme]") ?? doc.body;
  const probe = doc.createElement("span");
  probe.style.cssText = "position:absolute;visibility:hidden;pointer-events:none";
  host.appendChild(probe);
  try {
    const theme = { type: host.closest?.("[data-st-theme]")?.getAttribute("data-st-theme") ?? "light" };
    for (const [name, variable] of Object.entries(THEME_VARIABLES)) {
      probe.style.color = `var(${variable})`;
      theme[name] = plainColor(getComputedStyle(probe).color);
    }
    const style = getComputedStyle(probe);
    for (const [name, variable] of Object.entries(TEXT_VARIABLES)) theme[name] = style.getPropertyValue(variable).trim();
    return theme;
  } finally {
    probe.remove();
  }
}

/** "color(srgb r g b / a)" (how browsers give color-mix() results) -> "rgba(...)"; others unchanged. */
export function plainColor(text) {
  const match = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.e-]+))?\)$/.exec(String(text).trim());
  if (!match) return text;
  const [r, g, b] = match.slice(1, 4).map((value) => Math.round(Math.min(1, Math.max(0, Number(value))) * 255));
  const alpha = match[4] === undefined ? 1 : Number(match[4]);
  return alpha >= 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Number(alpha.toFixed(3))})`;
}

export const THEME_CHOICES = Object.freeze(["system", "light", "dark"]);

function storageKey(doc) {
  let base = "/";
  try {
    base = new URL(".", doc.baseURI).pathname;
  } catch {
    // keep "/"
  }
  return `wasmlit-theme:${base}`;
}

function readChoice(doc) {
  try {
    const value = doc.defaultView?.localStorage?.getItem(storageKey(doc));
    return THEME_CHOICES.includes(value) ? value : null;
  } catch {
    return null; // storage blocked
  }
}

function writeChoice(doc, choice) {
  try {
    doc.defaultView?.localStorage?.setItem(storageKey(doc), choice);
  } catch {
    // storage blocked: the choice lasts as long as the page
  }
}

/**
 * One app's theme, applied to `target` (the element holding the app and its popups).
 * @param {{target: Element, persist?: boolean, defaultChoice?: string, onChange?: Function}} options
 *   persist: the choice is read from and kept in localStorage (the standalone page)
 *   onChange(type): after the active theme changed
 */
export function createTheme({ target, persist = true, defaultChoice = "system", onChange = () => {} }) {
  const doc = target.ownerDocument;
  const media = doc.defaultView?.matchMedia?.("(prefers-color-scheme: dark)") ?? null;
  let choice = (persist && readChoice(doc)) || defaultChoice;
  /** theme-config.js's result: { fixed: "light"|"dark"|null, variables: {light, dark},
   *  attributes: {name: value} } or null (Streamlit's own light and dark themes). */
  let custom = null;
  let inline = [];
  let attributes = [];
  let current = null;

  function activeType() {
    if (custom?.fixed) return custom.fixed;
    if (choice === "system") return media?.matches ? "dark" : "light";
    return choice;
  }

  function apply(force = false) {
    const type = activeType();
    if (type === current && !force) return;
    current = type;
    target.setAttribute("data-st-theme", type);
    for (const name of inline) target.style.removeProperty(name);
    for (const name of attributes) target.removeAttribute(name);
    const variables = custom?.variables?.[type] ?? {};
    inline = Object.keys(variables);
    for (const name of inline) target.style.setProperty(name, variables[name]);
    attributes = Object.keys(custom?.attributes ?? {});
    for (const name of attributes) target.setAttribute(name, custom.attributes[name]);
    onChange(type);
    notify();
  }

  const onSystemChange = () => apply();
  media?.addEventListener?.("change", onSystemChange);
  apply(true);

  return {
    /** "light" | "dark": what the page shows now (st.context.theme.type). */
    get type() {
      return current;
    },
    /** "system" | "light" | "dark": the user's choice. */
    get choice() {
      return choice;
    },
    /** Whether the user can choose (Streamlit's theme switcher): not with a one-variant custom theme. */
    get switchable() {
      return !custom?.fixed;
    },
    setChoice(next) {
      if (!THEME_CHOICES.includes(next)) return;
      choice = next;
      if (persist) writeChoice(doc, next);
      apply();
    },
    /** A custom theme (theme-config.js), or null for Streamlit's own themes. */
    setCustom(next) {
      custom = next;
      apply(true);
    },
    destroy() {
      media?.removeEventListener?.("change", onSystemChange);
    },
  };
}

/** The element that holds both the app's root and its popups' root (the theme's target). */
export function themeTarget(rootElement, portalRoot) {
  for (let node = rootElement; node && node.nodeType === 1; node = node.parentNode) {
    if (!portalRoot || node === portalRoot || node.contains(portalRoot)) return node;
  }
  return rootElement;
}

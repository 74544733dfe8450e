// One app's theme (see theme.js for what it is made of): which one is active
// and putting it on the page. A custom theme with one variant fixes it;
// otherwise the user's choice in the main menu (System / Light / Dark, kept in
// localStorage for the whole site), "System" following the browser's
// prefers-color-scheme. After each change an event (theme.js THEME_EVENT) goes
// to the document, for subscribe().
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
 * @param {{target: HTMLElement, persist?: boolean, defaultChoice?: string, onChange?: Function}} options
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
    doc.dispatchEvent(new CustomEvent("wasmlit-theme"));
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

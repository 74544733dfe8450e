// Stylesheets given to a document or a shadow root as constructable sheets
// (adoptedStyleSheets), once per root. @font-face rules only take effect at
// document level, so they are split off and adopted by the document, whatever
// root the rest goes to (font family names like KaTeX_Main are the only thing
// this adds to a host page).

const adopted = new WeakMap(); // root -> Set of sheet keys

/**
 * @param {Document|ShadowRoot} root
 * @param {string} key identifies the stylesheet (adopted once per root)
 * @param {string} cssText
 */
export function adoptStyles(root, key, cssText) {
  const keys = adopted.get(root) ?? new Set();
  adopted.set(root, keys);
  if (keys.has(key)) return;
  keys.add(key);
  const fonts = [];
  const rest = cssText.replace(/@font-face\s*\{[^}]*\}/g, (rule) => {
    fonts.push(rule);
    return "";
  });
  add(root, rest);
  const doc = root.ownerDocument ?? root;
  if (fonts.length) {
    const docKeys = adopted.get(doc) ?? new Set();
    adopted.set(doc, docKeys);
    if (!docKeys.has(`${key}:fonts`)) {
      docKeys.add(`${key}:fonts`);
      add(doc, fonts.join("\n"));
    }
  }
}

function add(root, cssText) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

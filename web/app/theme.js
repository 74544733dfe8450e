// The active theme's values, for renderers that draw with their own colours
// (charts, the grid). Streamlit 1.67's light and dark palettes are CSS variables
// (theme.css) switched by data-st-theme="light"|"dark" on the element that holds
// an app and its popups, and a custom theme from .streamlit/config.toml sets the
// same variables there (theme-controller.js applies them). So the values are
// read from the page, where the element is:
//   themeColors(element)  -> the active theme's resolved values where `element` is:
//                            { type: "light"|"dark", primaryColor, backgroundColor,
//                              secondaryBackgroundColor, textColor, fadeTextColor,
//                              borderColor, widgetBorderColor, linkColor,
//                              codeBackgroundColor, ..., font, codeFont, headingFont,
//                              baseRadius } (colours as rgb()/rgba() strings)
//                            (chart*Colors: the [theme] lists as "a, b, c" text, "" if unset)
//   subscribe(fn)         -> unsubscribe; fn() after any app on the page changed theme

/** The event an app's theme controller sends on the document after a change. */
export const THEME_EVENT = "wasmlit-theme";

/** themeColors() field -> CSS variable. */
export const THEME_VARIABLES = {
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
};

const TEXT_VARIABLES = {
  font: "--st-font",
  codeFont: "--st-code-font",
  headingFont: "--st-heading-font",
  baseRadius: "--st-base-radius",
  chartCategoricalColors: "--st-chart-categorical-colors",
  chartSequentialColors: "--st-chart-sequential-colors",
  chartDivergingColors: "--st-chart-diverging-colors",
};

/** fn() after any app on the page changed its theme (also a custom theme's arrival);
 *  returns an unsubscribe function. */
export function subscribe(fn, doc = document) {
  const listener = () => {
    try {
      fn();
    } catch (error) {
      console.error("wasmlit: a theme listener failed", error);
    }
  };
  doc.addEventListener(THEME_EVENT, listener);
  return () => doc.removeEventListener(THEME_EVENT, listener);
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

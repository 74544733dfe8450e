// A custom theme from .streamlit/config.toml ([theme], [theme.sidebar],
// [theme.light], [theme.dark], [theme.light.sidebar], [theme.dark.sidebar]) and
// `--config theme.x=...` options, turned into the values of theme.css's
// variables the way Streamlit 1.67 builds its theme from them:
//   - [theme] alone: one theme (its `base`, light by default); the main menu
//     offers no choice. With [theme.light] / [theme.dark]: a light and a dark
//     variant ([theme] plus that section), chosen like Streamlit's own themes.
//   - colours may be any CSS colour (or hex without "#"); a bad one is ignored
//     with a console warning, as Streamlit does.
//   - a theme whose background, secondary background or primary colour differs
//     from its base's gets borders, code and table header backgrounds derived
//     from its own colours (unless given);
//   - the sidebar is drawn in its own palette: Streamlit's sidebar colours while
//     the main area keeps the base's backgrounds, else the main area's two
//     backgrounds swapped; [theme.sidebar] overrides either.
// Loaded (with toml.js) only for apps that have a config.toml or theme options.
import { parseToml } from "./toml.js";
import { toolbarMode } from "./app-config.js";
import serifFonts from "./theme-fonts-serif.css?inline";
import { adoptStyles } from "./stylesheets.js";

const PALETTES = {
  light: {
    primaryColor: "#C53948", backgroundColor: "#FFFFFF", secondaryBackgroundColor: "#F8F8F7", textColor: "#2F2D2B",
    borderColor: "#DCD8D4", codeBackgroundColor: "#F7F7F6", dataframeBorderColor: "#E8E5E2",
    dataframeHeaderBackgroundColor: "#F7F7F6",
    redColor: "#D94A57", orangeColor: "#E0682B", yellowColor: "#BB8300", blueColor: "#3B82F6",
    greenColor: "#079464", violetColor: "#9B5DE5", grayColor: "#6B7280",
    redBackgroundColor: "#FFF1F2", orangeBackgroundColor: "#FFF6ED", yellowBackgroundColor: "#FFFAE5",
    blueBackgroundColor: "#EDF5FF", greenBackgroundColor: "#F1FBF6", violetBackgroundColor: "#F8F2FF",
    grayBackgroundColor: "#F5F4F2",
    redTextColor: "#9E303B", orangeTextColor: "#9B4519", yellowTextColor: "#956B0F", blueTextColor: "#244FB4",
    greenTextColor: "#0C5A44", violetTextColor: "#6F33B8", grayTextColor: "#686255",
  },
  dark: {
    primaryColor: "#CF4250", backgroundColor: "#171614", secondaryBackgroundColor: "#2D2B27", textColor: "#EDEBE8",
    borderColor: "#4A4742", codeBackgroundColor: "#242321", dataframeBorderColor: "#3A3834",
    dataframeHeaderBackgroundColor: "#2D2B27",
    redColor: "#F2919A", orangeColor: "#F2A56D", yellowColor: "#FBD54F", blueColor: "#85B8F8",
    greenColor: "#7ED5B0", violetColor: "#BF8EF7", grayColor: "#A9A5A0",
    redBackgroundColor: "#412023", orangeBackgroundColor: "#342414", yellowBackgroundColor: "#302917",
    blueBackgroundColor: "#1E2A3D", greenBackgroundColor: "#0E2F24", violetBackgroundColor: "#332244",
    grayBackgroundColor: "#2C2925",
    redTextColor: "#F2919A", orangeTextColor: "#F2A56D", yellowTextColor: "#FBD54F", blueTextColor: "#85B8F8",
    greenTextColor: "#7ED5B0", violetTextColor: "#BF8EF7", grayTextColor: "#B8B3A8",
  },
};

/** Streamlit's sidebar palette, used while the main area keeps its base's backgrounds. */
const SIDEBAR_PALETTES = {
  light: { backgroundColor: "#F8F8F7", secondaryBackgroundColor: "#F1F0EE", borderColor: "#D7D3CF",
    dataframeBorderColor: "#E5E2DF", dataframeHeaderBackgroundColor: "#F3F3F2", codeBackgroundColor: "#F1F1F0" },
  dark: { backgroundColor: "#21201D", secondaryBackgroundColor: "#2D2B27", borderColor: "#4A4742",
    dataframeBorderColor: "#3F3D39", dataframeHeaderBackgroundColor: "#2A2825", codeBackgroundColor: "#1A1917" },
};

const NAMED = ["red", "orange", "yellow", "blue", "green", "violet", "gray"];

const FONT_KEYWORDS = {
  "sans-serif": '"Source Sans", sans-serif',
  serif: '"Source Serif", serif',
  monospace: '"Source Code Pro", monospace',
};

const RADIUS_KEYWORDS = { none: [0, "rem"], small: [0.35, "rem"], medium: [0.5, "rem"], large: [1, "rem"], full: [1.4, "rem"] };

/**
 * @param {string|undefined} tomlText  the app's .streamlit/config.toml
 * @param {object} overrides  flat options ("theme.primaryColor": "#f00", ...), winning over the file
 * @returns {{toolbarMode: string, theme: object|null}}
 */
export function readOptions(tomlText, overrides = {}) {
  const options = flatten(tomlText ? parseToml(tomlText) : {});
  Object.assign(options, overrides);
  return { toolbarMode: toolbarMode(options["client.toolbarMode"]), theme: customTheme(options) };
}

/** {a: {b: 1}} -> {"a.b": 1} (arrays stay values). */
export function flatten(table, prefix = "", out = {}) {
  for (const [name, value] of Object.entries(table)) {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) flatten(value, `${prefix}${name}.`, out);
    else out[`${prefix}${name}`] = value;
  }
  return out;
}

function section(options, prefix) {
  const out = {};
  for (const [name, value] of Object.entries(options)) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    if (!rest.includes(".") && value !== null && value !== undefined && value !== "") out[rest] = value;
  }
  return out;
}

/**
 * theme.js setCustom()'s argument, or null when the options set no theme:
 * { fixed: "light"|"dark"|null, types: {light, dark} (st.context.theme.type of each),
 *   variables: {light: {css variable: value}, dark: {...}}, attributes: {name: value} }
 */
export function customTheme(options, doc = globalThis.document) {
  const main = section(options, "theme.");
  const sidebar = section(options, "theme.sidebar.");
  const light = section(options, "theme.light.");
  const dark = section(options, "theme.dark.");
  const lightSidebar = section(options, "theme.light.sidebar.");
  const darkSidebar = section(options, "theme.dark.sidebar.");
  const any = [main, sidebar, light, dark, lightSidebar, darkSidebar].some((s) => Object.keys(s).length > 0);
  if (!any) return null;

  const built = {};
  const types = {};
  let fixed = null;
  if (Object.keys(light).length || Object.keys(dark).length) {
    for (const [type, variant, variantSidebar] of [["light", light, lightSidebar], ["dark", dark, darkSidebar]]) {
      built[type] = buildVariant({ ...main, ...variant, base: type }, { ...sidebar, ...variantSidebar }, type, doc);
      types[type] = built[type].type;
    }
  } else {
    const base = String(main.base ?? "light").toLowerCase() === "dark" ? "dark" : "light";
    fixed = base;
    built[base] = buildVariant({ ...main, base }, sidebar, base, doc);
    types[base] = built[base].type;
  }
  const variables = Object.fromEntries(Object.entries(built).map(([type, variant]) => [type, variant.variables]));
  const attributes = {};
  if (main.showSidebarBorder === false) attributes["data-st-sidebar-border"] = "false";
  if (main.linkUnderline === false) attributes["data-st-link-underline"] = "false";
  if (doc && JSON.stringify(variables).includes("Source Serif")) adoptStyles(doc, "wasmlit-serif-fonts", serifFonts);
  return { fixed, types, variables, attributes };
}

/** One variant's variables: the main area's and the sidebar's. */
function buildVariant(input, sidebarInput, variantType, doc) {
  const mainTheme = derive(input, PALETTES[input.base], false, doc);
  const variables = mainTheme.variables;

  // The sidebar (Streamlit's createSidebarTheme).
  const sidebarPalette = SIDEBAR_PALETTES[variantType];
  const palette = PALETTES[variantType];
  const keepsBase = sameColor(mainTheme.colors.backgroundColor, palette.backgroundColor, doc)
    && sameColor(mainTheme.colors.secondaryBackgroundColor, palette.secondaryBackgroundColor, doc);
  const side = clean(sidebarInput, true, doc);
  const background = side.backgroundColor ?? (keepsBase ? sidebarPalette.backgroundColor : mainTheme.colors.secondaryBackgroundColor);
  const secondary = side.secondaryBackgroundColor ?? (keepsBase ? sidebarPalette.secondaryBackgroundColor : mainTheme.colors.backgroundColor);
  const primary = side.primaryColor ?? mainTheme.colors.primaryColor;
  const defaults = {};
  const mainIn = clean(input, false, doc);
  if (sameColor(background, sidebarPalette.backgroundColor, doc) && sameColor(secondary, sidebarPalette.secondaryBackgroundColor, doc)
    && sameColor(primary, palette.primaryColor, doc)) {
    const pick = (name, fallback) => side[name] ?? mainIn[name] ?? fallback;
    defaults.borderColor = pick("borderColor", sidebarPalette.borderColor);
    defaults.dataframeBorderColor = pick("dataframeBorderColor",
      side.borderColor || mainIn.borderColor ? undefined : sidebarPalette.dataframeBorderColor);
    defaults.dataframeHeaderBackgroundColor = pick("dataframeHeaderBackgroundColor", sidebarPalette.dataframeHeaderBackgroundColor);
    defaults.codeBackgroundColor = pick("codeBackgroundColor", sidebarPalette.codeBackgroundColor);
    defaults.codeTextColor = pick("codeTextColor", side.textColor ?? mainTheme.colors.codeTextColor);
    for (const name of Object.keys(defaults)) if (defaults[name] === undefined) delete defaults[name];
  }
  const sidebarBase = luminance(background, doc) > 0.5 ? "light" : "dark";
  const sidebarTheme = derive(
    { ...input, ...sidebarInput, base: sidebarBase, backgroundColor: background, secondaryBackgroundColor: secondary, ...defaults },
    PALETTES[sidebarBase], true, doc);
  for (const [name, value] of Object.entries(sidebarTheme.variables)) {
    if (SIDEBAR_VARIABLES.has(name)) variables[name.replace(/^--st-/, "--st-sidebar-")] = value;
  }
  if (sidebarTheme.variables["--st-widget-border-override"]) {
    variables["--st-sidebar-widget-border-override"] = sidebarTheme.variables["--st-widget-border-override"];
  }
  return { variables, type: luminance(mainTheme.colors.backgroundColor, doc) > 0.5 ? "light" : "dark" };
}

const SIDEBAR_VARIABLES = new Set([
  "--st-primary-color", "--st-background-color", "--st-secondary-background-color", "--st-text-color",
  "--st-border-color", "--st-link-color", "--st-code-background-color", "--st-code-text-color",
  "--st-dataframe-border-color", "--st-dataframe-header-background-color", "--st-font", "--st-code-font",
  "--st-heading-font", "--st-base-radius", "--st-button-radius",
]);

/** The options that are colours, validated; the others as given. */
function clean(input, inSidebar, doc) {
  const out = {};
  for (const [name, value] of Object.entries(input)) {
    if (/Color$/.test(name)) {
      const color = validColor(value, doc);
      if (color !== undefined) out[name] = color;
      else if (typeof value === "string" && value.trim()) {
        console.warn(`Invalid color passed for ${name} in ${inSidebar ? "theme.sidebar" : "theme"}: "${value}"`);
      }
    } else {
      out[name] = value;
    }
  }
  return out;
}

/** Streamlit's theme derivation (its createEmotionTheme) for one area, as CSS variables. */
function derive(rawInput, palette, inSidebar, doc) {
  const input = clean(rawInput, inSidebar, doc);
  const base = palette === PALETTES.dark ? "dark" : "light";
  const c = {};
  for (const name of ["primaryColor", "backgroundColor", "secondaryBackgroundColor", "textColor",
    ...NAMED.map((n) => `${n}Color`)]) {
    c[name] = input[name] ?? palette[name];
  }
  const customLook = (input.backgroundColor && !sameColor(input.backgroundColor, palette.backgroundColor, doc))
    || (input.secondaryBackgroundColor && !sameColor(input.secondaryBackgroundColor, palette.secondaryBackgroundColor, doc))
    || (input.primaryColor && !sameColor(input.primaryColor, palette.primaryColor, doc));
  const text = rgba(c.textColor, doc);
  const faded = (alpha) => cssColor({ ...text, a: text.a * alpha });
  const bgMix = mix(rgba(c.backgroundColor, doc), rgba(c.secondaryBackgroundColor, doc), 0.5);

  c.borderColor = input.borderColor ?? (customLook ? faded(0.2) : palette.borderColor);
  c.dataframeBorderColor = input.dataframeBorderColor
    ?? (input.borderColor ? cssColor(withAlpha(rgba(input.borderColor, doc), 0.45)) : customLook ? faded(0.1) : palette.dataframeBorderColor);
  c.codeBackgroundColor = input.codeBackgroundColor ?? (customLook ? cssColor(bgMix) : palette.codeBackgroundColor);
  c.dataframeHeaderBackgroundColor = input.dataframeHeaderBackgroundColor
    ?? (customLook ? cssColor(bgMix) : palette.dataframeHeaderBackgroundColor);
  const light = luminance(c.backgroundColor, doc) > 0.5;
  for (const name of NAMED) {
    const main = input[`${name}Color`];
    c[`${name}BackgroundColor`] = input[`${name}BackgroundColor`]
      ?? (main ? cssColor(withAlpha(rgba(main, doc), light ? 0.1 : 0.2)) : palette[`${name}BackgroundColor`]);
    c[`${name}TextColor`] = input[`${name}TextColor`]
      ?? (main ? shiftLightness(main, light ? -0.15 : 0.15, doc) : palette[`${name}TextColor`]);
  }
  c.linkColor = input.linkColor ?? c.blueTextColor;
  c.codeTextColor = input.codeTextColor ?? (customLook ? c.greenTextColor : c.textColor);

  const variables = {};
  const set = (name, value) => {
    if (value !== undefined && value !== null && value !== "") variables[name] = String(value);
  };
  set("--st-primary-color", c.primaryColor);
  set("--st-background-color", c.backgroundColor);
  set("--st-secondary-background-color", c.secondaryBackgroundColor);
  set("--st-text-color", c.textColor);
  set("--st-border-color", c.borderColor);
  set("--st-link-color", c.linkColor);
  set("--st-code-background-color", c.codeBackgroundColor);
  set("--st-code-text-color", c.codeTextColor);
  set("--st-dataframe-border-color", c.dataframeBorderColor);
  set("--st-dataframe-header-background-color", c.dataframeHeaderBackgroundColor);
  if (input.dataframeHeaderTextColor) set("--st-dataframe-header-text-color", input.dataframeHeaderTextColor);
  for (const name of NAMED) {
    set(`--st-${name}-color`, c[`${name}Color`]);
    set(`--st-${name}-background-color`, c[`${name}BackgroundColor`]);
    set(`--st-${name}-text-color`, c[`${name}TextColor`]);
  }
  if (base === "light") {
    set("--st-primary-background-alpha", light ? "10%" : "30%");
  }
  const darkened = darkenedBgMix(bgMix, light);
  set("--st-darkened-bg-mix-15", cssColor(withAlpha(darkened, 0.15)));
  set("--st-darkened-bg-mix-25", cssColor(withAlpha(darkened, 0.25)));
  if (input.showWidgetBorder === false) set("--st-widget-border-override", "transparent");
  if (input.font) set("--st-font", fontStack(input.font, FONT_KEYWORDS["sans-serif"]));
  if (input.codeFont) set("--st-code-font", fontStack(input.codeFont, FONT_KEYWORDS.monospace));
  if (input.headingFont) set("--st-heading-font", fontStack(input.headingFont, FONT_KEYWORDS["sans-serif"]));
  else if (input.font) set("--st-heading-font", fontStack(input.font, FONT_KEYWORDS["sans-serif"]));
  const radius = radiusValue(input.baseRadius, "baseRadius", inSidebar);
  if (radius) {
    set("--st-base-radius", radius);
    set("--st-button-radius", radius);
  }
  const buttonRadius = radiusValue(input.buttonRadius, "buttonRadius", inSidebar);
  if (buttonRadius) set("--st-button-radius", buttonRadius);
  for (const [option, variable] of [["chartCategoricalColors", "--st-chart-categorical-colors"],
    ["chartSequentialColors", "--st-chart-sequential-colors"], ["chartDivergingColors", "--st-chart-diverging-colors"]]) {
    const list = Array.isArray(input[option]) ? input[option].map((v) => validColor(v, doc)).filter(Boolean) : [];
    if (list.length && (option === "chartCategoricalColors" || list.length === 10)) set(variable, list.join(", "));
  }
  return { variables, colors: c };
}

/** Streamlit's font option: a keyword ("sans serif", "serif", "monospace") or a family with Streamlit's as fallback. */
export function fontStack(value, fallback) {
  const text = String(value).trim();
  if (!text) return fallback;
  const keyword = text.toLowerCase().replaceAll(" ", "-");
  if (keyword in FONT_KEYWORDS) return FONT_KEYWORDS[keyword];
  // "Family:https://..." names a stylesheet to load; a page stays on its own site, so only the family is used.
  const family = text.replace(/:https?:\/\/.*$/i, "").trim();
  return `${/^[\w -]+$/.test(family) && /\s/.test(family) ? `"${family}"` : family}, ${fallback}`;
}

/** baseRadius / buttonRadius: a keyword, "Xrem", "Xpx" or a number of pixels. */
export function radiusValue(value, name, inSidebar) {
  if (value === undefined || value === null || value === "") return null;
  const text = String(value).trim().toLowerCase();
  let amount;
  let unit = "rem";
  if (text in RADIUS_KEYWORDS) [amount, unit] = RADIUS_KEYWORDS[text];
  else if (text.endsWith("rem")) amount = Number.parseFloat(text);
  else if (text.endsWith("px")) [amount, unit] = [Number.parseFloat(text), "px"];
  else if (!Number.isNaN(Number.parseFloat(text))) [amount, unit] = [Number.parseFloat(text), "px"];
  if (amount === undefined || Number.isNaN(amount)) {
    console.warn(`Invalid ${name === "baseRadius" ? "base" : "button"} radius: ${value}. Falling back to default ${name === "baseRadius" ? "base" : "button"} radius.`);
    return null;
  }
  return `${amount}${unit}`;
}

// ---- colours ------------------------------------------------------------------

function validColor(value, doc) {
  if (typeof value !== "string" || !value.trim()) return undefined;
  const text = value.trim();
  if (isColor(text, doc)) return text;
  if (isColor(`#${text}`, doc)) return `#${text}`;
  return undefined;
}

function isColor(text, doc) {
  if (/^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(text)) return true;
  if (!doc) return /^(rgba?|hsla?)\(/i.test(text);
  const probe = doc.createElement("span").style;
  probe.color = text;
  return probe.color !== "";
}

/** Any CSS colour -> {r, g, b, a} (r, g, b 0-255). */
export function rgba(text, doc = globalThis.document) {
  const value = String(text).trim();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value);
  if (hex) {
    let digits = hex[1];
    if (digits.length <= 4) digits = [...digits].map((d) => d + d).join("");
    const n = (i) => parseInt(digits.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: digits.length === 8 ? n(6) / 255 : 1 };
  }
  let resolved = value;
  if (doc && !/^rgba?\(/i.test(value)) {
    const probe = doc.createElement("span");
    probe.style.color = value;
    probe.style.display = "none";
    doc.body.appendChild(probe);
    resolved = getComputedStyle(probe).color;
    probe.remove();
  }
  const parts = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/i.exec(resolved);
  if (!parts) return { r: 0, g: 0, b: 0, a: 1 };
  const alpha = parts[4] === undefined ? 1 : parts[4].endsWith("%") ? Number.parseFloat(parts[4]) / 100 : Number(parts[4]);
  return { r: Number(parts[1]), g: Number(parts[2]), b: Number(parts[3]), a: alpha };
}

function cssColor({ r, g, b, a }) {
  const [R, G, B] = [r, g, b].map((v) => Math.round(Math.min(255, Math.max(0, v))));
  return a >= 1 ? `rgb(${R}, ${G}, ${B})` : `rgba(${R}, ${G}, ${B}, ${Number(a.toFixed(3))})`;
}

function withAlpha(color, alpha) {
  return { ...color, a: alpha };
}

function mix(a, b, weight) {
  return { r: a.r * (1 - weight) + b.r * weight, g: a.g * (1 - weight) + b.g * weight,
    b: a.b * (1 - weight) + b.b * weight, a: a.a * (1 - weight) + b.a * weight };
}

function sameColor(a, b, doc) {
  if (a === undefined || b === undefined) return false;
  const x = rgba(a, doc);
  const y = rgba(b, doc);
  return Math.round(x.r) === Math.round(y.r) && Math.round(x.g) === Math.round(y.g) && Math.round(x.b) === Math.round(y.b)
    && Math.abs(x.a - y.a) < 0.01;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance(text, doc = globalThis.document) {
  const { r, g, b } = rgba(text, doc);
  const channel = (v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function toHsl({ r, g, b }) {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === R ? (G - B) / d + (G < B ? 6 : 0) : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  return { h: h * 60, s, l };
}

function fromHsl({ h, s, l }, a) {
  const k = (n) => (n + h / 30) % 12;
  const q = s * Math.min(l, 1 - l);
  const f = (n) => l - q * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return { r: f(0) * 255, g: f(8) * 255, b: f(4) * 255, a };
}

function shiftLightness(text, amount, doc) {
  const color = rgba(text, doc);
  const hsl = toHsl(color);
  return cssColor(fromHsl({ ...hsl, l: Math.min(1, Math.max(0, hsl.l + amount)) }, color.a));
}

/** Streamlit's darkenedBgMix100: the two backgrounds' mix, darker (light themes) or lighter. */
function darkenedBgMix(bgMix, light) {
  const hsl = toHsl(bgMix);
  return fromHsl({ ...hsl, l: light ? Math.max(0, hsl.l - 0.3) : Math.min(1, hsl.l + 0.6 * (1 - hsl.l)) }, 1);
}

// Colour conversions for st.color_picker's popover: the picker holds HSV (so the
// hue survives greys), shows hex / RGB / HSL fields, and reads what is typed in
// them. Channels: r, g, b 0-255; h 0-360; s, v, l 0-1.

const clamp = (n, lo, hi) => Math.min(hi, Math.max(lo, n));

/** "#abc" / "abc" / "#aabbcc" -> "#aabbcc"; null when not a hex colour. */
export function normalizeHex(text) {
  let t = String(text ?? "").trim();
  if (!t.startsWith("#")) t = `#${t}`;
  if (/^#[0-9a-fA-F]{3}$/.test(t)) t = `#${t[1]}${t[1]}${t[2]}${t[2]}${t[3]}${t[3]}`;
  return /^#[0-9a-fA-F]{6}$/.test(t) ? t.toLowerCase() : null;
}

export function hexToRgb(hex) {
  const t = normalizeHex(hex) ?? "#000000";
  return { r: parseInt(t.slice(1, 3), 16), g: parseInt(t.slice(3, 5), 16), b: parseInt(t.slice(5, 7), 16) };
}

export function rgbToHex({ r, g, b }) {
  return `#${[r, g, b].map((c) => Math.round(clamp(c, 0, 255)).toString(16).padStart(2, "0")).join("")}`;
}

export function rgbToHsv({ r, g, b }) {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const d = max - Math.min(R, G, B);
  let h = 0;
  if (d) {
    if (max === R) h = ((G - B) / d) % 6;
    else if (max === G) h = (B - R) / d + 2;
    else h = (R - G) / d + 4;
    h = (h * 60 + 360) % 360;
  }
  return { h, s: max ? d / max : 0, v: max };
}

export function hsvToRgb({ h, s, v }) {
  const f = (n) => {
    const k = (n + h / 60) % 6;
    return 255 * (v - v * s * Math.max(0, Math.min(k, 4 - k, 1)));
  };
  return { r: Math.round(f(5)), g: Math.round(f(3)), b: Math.round(f(1)) };
}

export function hsvToHsl({ h, s, v }) {
  const l = v * (1 - s / 2);
  return { h, s: l === 0 || l === 1 ? 0 : (v - l) / Math.min(l, 1 - l), l };
}

export function hslToHsv({ h, s, l }) {
  const v = l + s * Math.min(l, 1 - l);
  return { h, s: v ? 2 * (1 - l / v) : 0, v };
}

export const hexToHsv = (hex) => rgbToHsv(hexToRgb(hex));
export const hsvToHex = (hsv) => rgbToHex(hsvToRgb(hsv));

/** A number typed in a field ("255", "50%", "120°"); null when there is none. */
export function typedNumber(text) {
  const n = Number.parseFloat(String(text ?? "").replace(/[%°\s]/g, ""));
  return Number.isFinite(n) ? n : null;
}

/**
 * The fields shown in `mode` ("hex", "rgb", "hsl") for the colour `hsv`, as
 * [name, text] pairs (react-color's chrome picker: alpha "1" after rgb/hsl).
 */
export function fieldTexts(mode, hsv) {
  if (mode === "rgb") {
    const { r, g, b } = hsvToRgb(hsv);
    return [["r", String(r)], ["g", String(g)], ["b", String(b)], ["a", "1"]];
  }
  if (mode === "hsl") {
    const { h, s, l } = hsvToHsl(hsv);
    return [["h", String(Math.round(h))], ["s", `${Math.round(s * 100)}%`], ["l", `${Math.round(l * 100)}%`], ["a", "1"]];
  }
  return [["hex", hsvToHex(hsv).toUpperCase()]];
}

/** The colour after typing `text` in field `name` of `hsv`; null when it is not a colour yet. */
export function applyField(name, text, hsv) {
  if (name === "hex") {
    const hex = normalizeHex(text.replace(/^0x/i, "#"));
    return hex ? hexToHsv(hex) : null;
  }
  if (name === "a") return null;
  const n = typedNumber(text);
  if (n === null) return null;
  if ("rgb".includes(name)) return rgbToHsv({ ...hsvToRgb(hsv), [name]: clamp(n, 0, 255) });
  const hsl = hsvToHsl(hsv);
  if (name === "h") return hslToHsv({ ...hsl, h: clamp(n, 0, 359) });
  return hslToHsv({ ...hsl, [name]: clamp(n, 0, 100) / 100 });
}

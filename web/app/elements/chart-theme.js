// The app theme a chart is drawn in: light or dark, and the colours and font
// its config needs, read from the theme's CSS variables where the chart is;
// useChartTheme() re-reads them when the theme changes.
import { useEffect, useState } from "preact/hooks";
import { subscribe } from "../theme.js";

const VARIABLES = {
  backgroundColor: "--st-background-color",
  textColor: "--st-text-color",
  font: "--st-font",
};

function luminance(color) {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color ?? "");
  if (!m) return 1;
  const [r, g, b] = m.slice(1, 4).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** {type, backgroundColor, textColor, font} where `element` is (1.67's light values where unset). */
export function readChartTheme(element) {
  const theme = { type: "light", backgroundColor: "", textColor: "", font: "" };
  if (!element?.isConnected) return theme;
  const style = getComputedStyle(element);
  for (const [name, variable] of Object.entries(VARIABLES)) theme[name] = style.getPropertyValue(variable).trim();
  const marked = element.closest("[data-st-theme]")?.getAttribute("data-st-theme");
  if (marked === "light" || marked === "dark") theme.type = marked;
  else {
    // No theme attribute: judge by the background the app actually has.
    const app = element.closest(".stApp") ?? element;
    theme.type = luminance(getComputedStyle(app).backgroundColor) > 0.5 ? "light" : "dark";
  }
  return theme;
}

const listeners = new Set();
let watching = false;

function notify() {
  for (const fn of [...listeners]) fn();
}

function watch() {
  if (watching || typeof document === "undefined") return;
  watching = true;
  // A theme switch changes data-st-theme or the inline variables of an app's
  // root, or (for "system") the browser's colour scheme.
  new MutationObserver(notify).observe(document.documentElement, {
    subtree: true,
    attributes: true,
    attributeFilter: ["data-st-theme"],
  });
  window.matchMedia?.("(prefers-color-scheme: dark)").addEventListener?.("change", notify);
}

/** The chart theme where ref.current is, kept current across theme switches. */
export function useChartTheme(ref) {
  const [theme, setTheme] = useState(null);
  useEffect(() => {
    const read = () => {
      const next = readChartTheme(ref.current);
      setTheme((prev) => (prev && JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    read();
    watch();
    const listener = () => requestAnimationFrame(read);
    listeners.add(listener);
    // theme.js also tells of custom themes and of apps in shadow roots.
    const unsubscribe = subscribe(listener, ref.current?.ownerDocument ?? document);
    return () => {
      listeners.delete(listener);
      unsubscribe();
    };
  }, []);
  return theme;
}

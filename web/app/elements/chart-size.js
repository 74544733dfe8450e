// Sizes shared by the figure charts (Plotly, Graphviz, deck.gl): the width
// an element gets from its container, followed as the container resizes.
import { useEffect, useState } from "preact/hooks";

/** An element's content width (without its padding). */
function contentWidth(el) {
  const style = getComputedStyle(el);
  return Math.floor(el.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0));
}

/** The element's current content width in CSS pixels (0 until it is laid out). */
export function useContainerWidth(ref) {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setWidth(contentWidth(el)));
    };
    setWidth(contentWidth(el));
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);
  return width;
}

/** A CSS length for a width/height prop: pixels for numbers, 100% for "stretch". */
export function cssLength(value, otherwise = undefined) {
  if (typeof value === "number") return `${value}px`;
  if (value === "stretch") return "100%";
  return otherwise;
}

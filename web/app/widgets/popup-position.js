// Where a portalled popup (dropdown list, calendar, colour popover) goes: under
// its anchor when there is room, else above; follows scrolling and resizing.
import { useLayoutEffect, useState } from "preact/hooks";

/**
 * Fixed-position style for a popup of about `needed` px tall next to `anchorRef`,
 * at most `maxHeight` px tall (default: the room on its side).
 */
export function usePopupPosition(open, anchorRef, needed = 300, matchWidth = true, maxHeight = Number.POSITIVE_INFINITY) {
  const [position, setPosition] = useState(null);
  useLayoutEffect(() => {
    if (!open) {
      setPosition(null);
      return undefined;
    }
    const place = () => {
      const rect = anchorRef.current?.getBoundingClientRect();
      if (!rect) return;
      const below = window.innerHeight - rect.bottom - 12;
      const above = rect.top - 12;
      const style = { left: `${rect.left}px` };
      if (matchWidth) style.width = `${rect.width}px`;
      if (below >= needed || below >= above) {
        style.top = `${rect.bottom + 4}px`;
        style.maxHeight = `${Math.min(maxHeight, Math.max(80, below))}px`;
        setPosition({ style, placement: "bottom" });
      } else {
        style.bottom = `${window.innerHeight - rect.top + 4}px`;
        style.maxHeight = `${Math.min(maxHeight, Math.max(80, above))}px`;
        setPosition({ style, placement: "top" });
      }
    };
    place();
    window.addEventListener("resize", place);
    window.addEventListener("scroll", place, true);
    return () => {
      window.removeEventListener("resize", place);
      window.removeEventListener("scroll", place, true);
    };
  }, [open]);
  return position;
}

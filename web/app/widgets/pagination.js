// st.pagination -> stPagination: previous/next buttons around page buttons
// (pagination-pages.js picks which); a click sets the page (a rerun, unless
// on_change="ignore").
import { h } from "preact";
import { useContext, useLayoutEffect, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { MaterialIcon } from "../material-icon.js";
import { roomFor, visiblePages } from "./pagination-pages.js";

function useWidth(ref) {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node || typeof ResizeObserver === "undefined") return undefined;
    setWidth(node.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return width;
}

export function PaginationWidget({ props }) {
  const { widgets, actions } = useContext(AppContext);
  const ref = useRef(null);
  const width = useWidth(ref);
  const total = Math.max(1, Number(props.numPages) || 1);
  const current = Math.min(total, Math.max(1, Number(widgets.value(props.id)) || Number(props.default) || 1));
  const disabled = Boolean(props.disabled);
  const room = roomFor(width, props.maxVisiblePages ?? total);
  const go = (next) => {
    if (!disabled && next >= 1 && next <= total && next !== current) actions.change(props, next);
  };
  const arrow = (testid, label, icon, target, off) =>
    h("button", {
      type: "button", class: "st-pagination-arrow", disabled: off, "aria-label": label, "data-testid": testid,
      onClick: () => go(target),
    }, h("span", null, h(MaterialIcon, { name: icon, size: "1.25rem" })));
  return h("div", { ref, class: "stPagination", "data-testid": "stPagination" },
    h("div", { role: "navigation", "aria-label": "Pagination", class: "st-pagination-items" },
      arrow("stPaginationPrev", "Previous page", "chevron_left", current - 1, disabled || current === 1),
      visiblePages(current, total, room).map((item) => {
        if (item.ellipsis) {
          return h("span", { key: `ellipsis-${item.ellipsis}`, "aria-hidden": "true", "data-testid": "stPaginationEllipsis", class: "st-pagination-ellipsis" }, "…");
        }
        const selected = item.page === current;
        return h("button", {
          key: item.page, type: "button", disabled,
          class: selected ? "st-pagination-page st-selected" : "st-pagination-page",
          "aria-label": `Page ${item.page}`, "aria-current": selected ? "page" : undefined,
          "data-testid": selected ? "stPaginationPageActive" : "stPaginationPage",
          onClick: () => go(item.page),
        }, String(item.page));
      }),
      arrow("stPaginationNext", "Next page", "chevron_right", current + 1, disabled || current === total)));
}

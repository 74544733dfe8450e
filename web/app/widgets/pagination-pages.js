// Which page buttons st.pagination shows (Streamlit 1.67's rule): the first
// and last page, the current one, neighbours up to the room there is, and
// "…" where pages are left out.
//
//   visiblePages(current, total, room) -> [{page} | {ellipsis: "start"|"end"}]
//   roomFor(widthPx, maxVisible)       -> how many items fit in the element's width

const ITEM_PX = 36; // a page button (2rem) and the gap after it (0.25rem)
const ARROWS_PX = 68; // the previous/next buttons and a gap
const UNMEASURED = 50;

/** How many page items fit: 5 or more as they come, else 2, 1 or 0. */
export function roomFor(widthPx, maxVisible) {
  if (!widthPx) return Math.min(maxVisible, UNMEASURED);
  const fits = Math.max(0, Math.floor((widthPx - ARROWS_PX) / ITEM_PX));
  const room = Math.min(maxVisible, fits);
  if (room >= 5) return room;
  if (room >= 3) return 2;
  return room >= 1 ? 1 : 0;
}

/** @typedef {{page?: number, ellipsis?: "start"|"end"}} PageItem  a page button (page), or a gap "…" (ellipsis) */

/** @returns {PageItem} */
const page = (n) => ({ page: n });
/** @returns {PageItem} */
const gap = (where) => ({ ellipsis: where });

export function visiblePages(current, total, room) {
  if (room === 0) return [];
  if (room === 1) return [page(current)];
  if (total <= room) return Array.from({ length: total }, (_, i) => page(i + 1));
  if (room === 2) {
    if (current === 1) return [page(1), gap("end"), page(total)];
    if (current === total) return [page(1), gap("start"), page(total)];
    return [page(current), gap("end"), page(total)];
  }
  if (room === 3 && total > 4) {
    if (current <= 3) return [page(1), page(2), page(3), gap("end"), page(total)];
    if (current >= total - 2) return [page(1), gap("start"), page(total - 2), page(total - 1), page(total)];
    return [page(1), gap("start"), page(current), gap("end"), page(total)];
  }
  const startGap = current > 3;
  const endGap = current < total - 2;
  const middle = Math.max(1, room - 2 - (startGap ? 1 : 0) - (endGap ? 1 : 0));
  let first;
  let last;
  if (!startGap) {
    first = 2;
    last = Math.max(current, Math.min(total - 1, first + middle - 1));
    if (last - first + 1 < middle) last = Math.min(total - 1, first + middle - 1);
  } else if (!endGap) {
    last = total - 1;
    first = Math.min(current, Math.max(2, total - middle));
    if (last - first + 1 < middle) first = Math.max(2, last - middle + 1);
  } else {
    first = Math.max(2, current - Math.floor((middle - 1) / 2));
    last = Math.min(total - 1, first + middle - 1);
    if (last === total - 1) first = Math.max(2, last - middle + 1);
    if (first === 2) last = Math.min(total - 1, first + middle - 1);
  }
  const items = [page(1)];
  if (startGap) items.push(gap("start"));
  for (let n = first; n <= last; n += 1) items.push(page(n));
  if (endGap) items.push(gap("end"));
  if (total > 1) items.push(page(total));
  return items;
}

// How st.selectbox / st.multiselect filter options while the user types
// (filter_mode, Streamlit 1.67):
//   "fuzzy" (default): the typed letters in order anywhere in the label
//       (case-insensitive), best matches first (a fzy-style score: runs of
//       letters, word starts and short gaps score higher);
//   "contains": the typed text anywhere; "prefix": the label starts with it;
//   null: typing is off and nothing is filtered.

const GAP_LEADING = -0.005;
const GAP_TRAILING = -0.005;
const GAP_INNER = -0.01;
const CONSECUTIVE = 1.0;
const AFTER_SLASH = 0.9;
const AFTER_WORD = 0.8;
const CAPITAL = 0.7;
const AFTER_DOT = 0.6;

export function isSubsequence(query, label) {
  const q = query.toLowerCase();
  const l = label.toLowerCase();
  let at = 0;
  for (const ch of q) {
    at = l.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function bonusAt(label, i) {
  const prev = i === 0 ? "/" : label[i - 1];
  const ch = label[i];
  if (prev === "/") return AFTER_SLASH;
  if (prev === "-" || prev === "_" || prev === " ") return AFTER_WORD;
  if (prev === ".") return AFTER_DOT;
  if (prev === prev.toLowerCase() && ch !== ch.toLowerCase()) return CAPITAL;
  return 0;
}

/** A match score (higher is better) for a label that holds the query as a subsequence. */
export function fuzzyScore(query, label) {
  const n = query.length;
  const m = label.length;
  if (n === 0) return 0;
  if (n === m && query.toLowerCase() === label.toLowerCase()) return Number.POSITIVE_INFINITY;
  const q = query.toLowerCase();
  const l = label.toLowerCase();
  const bonus = Array.from({ length: m }, (_, j) => bonusAt(label, j));
  let prevBest = new Array(m).fill(Number.NEGATIVE_INFINITY);
  let prevMatch = new Array(m).fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < n; i += 1) {
    const best = new Array(m).fill(Number.NEGATIVE_INFINITY);
    const match = new Array(m).fill(Number.NEGATIVE_INFINITY);
    let running = Number.NEGATIVE_INFINITY;
    const gap = i === n - 1 ? GAP_TRAILING : GAP_INNER;
    for (let j = 0; j < m; j += 1) {
      if (q[i] === l[j]) {
        let score = Number.NEGATIVE_INFINITY;
        if (i === 0) score = j * GAP_LEADING + bonus[j];
        else if (j > 0) score = Math.max(prevBest[j - 1] + bonus[j], prevMatch[j - 1] + CONSECUTIVE);
        match[j] = score;
        running = Math.max(score, running + gap);
      } else {
        running += gap;
      }
      best[j] = running;
    }
    prevBest = best;
    prevMatch = match;
  }
  return prevBest[m - 1];
}

/**
 * @param {{label: string, index: number}[]} options
 * @param {string|null} query
 * @param {string|null|undefined} mode  "fuzzy" | "contains" | "prefix" | null
 */
export function filterByMode(options, query, mode = "fuzzy") {
  if (!query || mode === null) return options;
  if (mode === "contains") return options.filter((o) => o.label.toLowerCase().includes(query.toLowerCase()));
  if (mode === "prefix") return options.filter((o) => o.label.toLowerCase().startsWith(query.toLowerCase()));
  return options
    .filter((o) => isSubsequence(query, o.label))
    .map((o, order) => ({ o, order, score: fuzzyScore(query, o.label) }))
    .sort((a, b) => (b.score - a.score) || (a.order - b.order))
    .map((entry) => entry.o);
}

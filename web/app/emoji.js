// Emoji shortcodes (`:smile:`) in markdown. The shortcode table comes from the
// `gemoji` package (GitHub's emoji names); it is loaded lazily the first time
// a markdown text contains something that looks like a shortcode.

const SHORTCODE = /:[a-z0-9_+-]+:/i;
let table = null;
let loading = null;
let generation = 0;

/** The emoji for a shortcode name, or undefined (also while the table loads). */
export function emojiFor(name) {
  return table ? table.get(name) : undefined;
}

/** Changes when the table arrives (markdown caches key on it). */
export function emojiGeneration() {
  return generation;
}

/** True when `text` may hold a shortcode that needs the table first. */
export function needsEmojiTable(text) {
  return table === null && SHORTCODE.test(text);
}

/** Loads the table once; resolves when it is there. */
export function loadEmojiTable() {
  loading ??= import("gemoji").then(({ gemoji }) => {
    const map = new Map();
    for (const entry of gemoji) for (const name of entry.names) map.set(name, entry.emoji);
    table = map;
    generation += 1;
  });
  return loading;
}

/** marked extension: `:name:` -> the emoji, when the name is known. */
export const emojiShortcode = {
  name: "stEmoji",
  level: "inline",
  start(src) {
    const match = table ? src.match(SHORTCODE) : null;
    return match ? match.index : undefined;
  },
  tokenizer(src) {
    const match = /^:([a-z0-9_+-]+):/i.exec(src);
    if (!match) return undefined;
    const emoji = emojiFor(match[1]);
    return emoji ? { type: "stEmoji", raw: match[0], emoji } : undefined;
  },
  renderer(token) {
    return token.emoji;
  },
};

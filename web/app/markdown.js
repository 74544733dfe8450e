// Markdown -> sanitized HTML (marked + DOMPurify), Streamlit flavoured:
// GitHub-flavoured markdown, raw HTML shown as text unless unsafeAllowHtml,
// `:red[text]` / `:blue-background[text]` coloured text, `:blue-badge[text]` badges
// (st.badge), links open in a new tab.
// Scripts and event handlers are always removed, even with unsafeAllowHtml.
import slugifyText from "@sindresorhus/slugify";
import { xxhash32 } from "./xxhash32.js";
import { Marked, Tokenizer } from "marked";
import DOMPurify from "dompurify";
import { emojiGeneration, emojiShortcode } from "./emoji.js";
import { blockMath, inlineMath } from "./markdown-math.js";
import { mermaidPlaceholder } from "./markdown-mermaid.js";
import { codeBlockHtml, codeBlockText } from "./markdown-code.js";
import { escapeHtml } from "./escape-html.js";

const COLORS = ["red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "rainbow", "primary"];

const coloredText = {
  name: "stColoredText",
  level: "inline",
  start(src) {
    const match = src.match(/:(?:red|orange|yellow|green|blue|violet|gray|grey|rainbow|primary)(?:-background|-badge)?\[/);
    return match ? match.index : undefined;
  },
  tokenizer(src) {
    const match = /^:([a-z]+)(-background|-badge)?\[((?:\\.|[^\[\]\\]|\[[^\]]*\])*)\]/.exec(src);
    if (!match || !COLORS.includes(match[1])) return undefined;
    return {
      type: "stColoredText",
      raw: match[0],
      color: match[1] === "grey" ? "gray" : match[1],
      background: match[2] === "-background",
      badge: match[2] === "-badge",
      tokens: this.lexer.inlineTokens(match[3]),
    };
  },
  renderer(token) {
    const inner = this.parser.parseInline(token.tokens);
    if (token.badge) {
      return `<span class="stMarkdownBadge st-badge st-color-${token.color}" style="color: var(--st-${token.color}-text-color); background-color: var(--st-${token.color}-background-color)">${inner}</span>`;
    }
    const cls = token.background ? "stMarkdownColoredBackground" : "stMarkdownColoredText";
    const prop = token.background ? "background-color" : "color";
    return `<span class="${cls} st-color-${token.color}" style="${prop}: var(--st-${token.color}-${token.background ? "background" : "text"}-color)">${inner}</span>`;
  },
};

// `:material/icon_name:` -> the icon's name in a span drawn by the Material
// Symbols font (material-icon.js adopts its stylesheet). In markdown (labels,
// headings, text) Streamlit 1.67 writes it as an image named "<name> icon":
// span[role=img][aria-label="<name> icon"][translate=no], no test id.
const materialIcon = {
  name: "stMaterialIcon",
  level: "inline",
  start(src) {
    const index = src.indexOf(":material/");
    return index >= 0 ? index : undefined;
  },
  tokenizer(src) {
    const match = /^:material\/([a-z0-9_]+):/.exec(src);
    if (!match) return undefined;
    return { type: "stMaterialIcon", raw: match[0], name: match[1] };
  },
  renderer(token) {
    return `<span role="img" aria-label="${token.name} icon" translate="no" class="st-material-icon st-markdown-icon">${token.name}</span>`;
  },
};


// CommonMark takes a paragraph's lines without their leading spaces and the
// paragraph without its final spaces (Streamlit 1.67's renderer does: a label
// "  Go  " reads "Go"); marked keeps them. A line's trailing spaces before a
// newline stay: two of them are a hard line break.
const paragraphTokenizer = {
  paragraph(src) {
    const token = Tokenizer.prototype.paragraph.call(this, src);
    if (!token) return token;
    const text = token.text.replace(/^[ \t]+/gm, "").replace(/[ \t]+$/, "");
    if (text !== token.text) {
      token.text = text;
      token.tokens = this.lexer.inline(text);
    }
    return token;
  },
};

function makeMarked(allowHtml) {
  const instance = new Marked({ gfm: true, breaks: false });
  instance.use({ extensions: [blockMath, inlineMath, coloredText, materialIcon, emojiShortcode] });
  instance.use({ tokenizer: paragraphTokenizer });
  // ```mermaid blocks are diagrams (st.mermaid_chart); other code blocks are
  // shown as st.code shows code (markdown-code.js), as Streamlit 1.67 does.
  instance.use({ renderer: { code: (token) => (token.lang === "mermaid" ? mermaidPlaceholder(token.text) : codeBlockHtml(codeBlockText(token), token.lang)) } });
  instance.use({ renderer: { heading: anchoredHeading } });
  if (!allowHtml) {
    instance.use({
      renderer: {
        html({ text }) {
          return escapeHtml(text);
        },
      },
    });
  }
  return instance;
}

// How headings in block markdown are drawn, set by renderMarkdown around each
// (synchronous) parse: "anchored" (main area: Streamlit's id, link and
// stHeadingWithActionElements), "sidebar" (text span only, as Streamlit draws
// them in the sidebar), "unlinked" (st.markdown(anchors=False): id and
// wrapper, no link), "plain" (labels: marked's own).
let headingMode = "anchored";
const LINK_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24" fill="none"'
  + ' stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">'
  + '<path d="M15 7h3a5 5 0 0 1 5 5 5 5 0 0 1-5 5h-3m-6 0H6a5 5 0 0 1-5-5 5 5 0 0 1 5-5h3"></path>'
  + '<line x1="8" y1="12" x2="16" y2="12"></line></svg>';

/** The text a heading's inline HTML shows. */
function textOfHtml(html) {
  return new DOMParser().parseFromString(`<body>${html}</body>`, "text/html").body.textContent || "";
}

/** marked's heading renderer (`this` is marked's renderer). */
function anchoredHeading(token) {
  if (headingMode === "plain") return false;
  const tag = `h${token.depth}`;
  const inner = this.parser.parseInline(token.tokens);
  const text = `<span data-heading-text="">${inner}</span>`;
  if (headingMode === "sidebar") return `<${tag}>${text}</${tag}>\n`;
  const id = slugify(textOfHtml(inner));
  const link = id && headingMode !== "unlinked"
    ? `<span data-testid="stHeaderActionElements" class="st-heading-actions"><a href="#${id}" aria-label="Link to heading" class="st-heading-link">${LINK_SVG}</a></span>`
    : "";
  return `<div data-testid="stHeadingWithActionElements"><${tag}${id ? ` id="${id}"` : ""}>${text}${link}</${tag}></div>\n`;
}

const safeMarked = makeMarked(false);
const htmlMarked = makeMarked(true);

let hooksInstalled = false;
function installHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  DOMPurify.addHook("afterSanitizeAttributes", (node) => {
    if (node.tagName === "A" && node.hasAttribute("href")) {
      const href = node.getAttribute("href");
      if (!href.startsWith("#")) {
        node.setAttribute("target", "_blank");
        node.setAttribute("rel", "noopener noreferrer");
      }
    }
  });
}

const LABEL_TAGS = ["p", "strong", "b", "em", "i", "del", "s", "code", "a", "span", "br", "img", "sub", "sup", "mark"];

const cache = new Map();
// Large enough for a few thousand elements: a rerun re-renders every one.
const CACHE_LIMIT = 5000;

/**
 * @param {string} body  markdown source
 * @param {{allowHtml?: boolean, isLabel?: boolean, inline?: boolean, inSidebar?: boolean, anchors?: boolean}} options
 *   allowHtml: keep raw HTML (still sanitized); isLabel: only inline formatting;
 *   inline: no <p> wrapper (headings); inSidebar: headings without anchors.
 * @returns {string} sanitized HTML
 */
export function renderMarkdown(body, { allowHtml = false, isLabel = false, inline = false, inSidebar = false, anchors = true } = {}) {
  const source = body == null ? "" : String(body);
  const cacheKey = `${emojiGeneration()}${allowHtml ? 1 : 0}${isLabel ? 1 : 0}${inline ? 1 : 0}${inSidebar ? 1 : 0}${anchors ? 1 : 0}${source}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  installHooks();
  const engine = allowHtml ? htmlMarked : safeMarked;
  // marked ends every block with "\n"; Streamlit's renderer (react-markdown)
  // puts "\n" only between blocks, so a label's textContent is "Increment".
  headingMode = isLabel ? "plain" : inSidebar ? "sidebar" : anchors ? "anchored" : "unlinked";
  let raw;
  try {
    // marked returns a Promise only with async extensions; ours are all synchronous.
    raw = inline ? engine.parseInline(source) : /** @type {string} */ (engine.parse(source)).replace(/\n$/, "");
  } finally {
    headingMode = "anchored";
  }
  const config = { ADD_ATTR: ["target"] };
  if (allowHtml) config.FORCE_BODY = true;
  if (isLabel) config.ALLOWED_TAGS = LABEL_TAGS;
  const html = DOMPurify.sanitize(raw, config);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value);
  cache.set(cacheKey, html);
  return html;
}

const textCache = new Map();

/** The visible text of a markdown string (for aria-labels and titles). */
export function markdownToText(body) {
  const source = body == null ? "" : String(body);
  const textKey = `${emojiGeneration()}${source}`;
  const cached = textCache.get(textKey);
  if (cached !== undefined) return cached;
  const html = renderMarkdown(source, { isLabel: true });
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const text = (doc.body.textContent || "").replace(/\s+/g, " ").trim();
  if (textCache.size >= CACHE_LIMIT) textCache.delete(textCache.keys().next().value);
  textCache.set(textKey, text);
  return text;
}

/** A heading's anchor as Streamlit 1.67 makes it from the heading's text: its
 *  slug (transliterated, decamelized, "-" between words), or, when the text has
 *  nothing a slug keeps (e.g. only CJK characters), its XXH32 hash in hex. */
export function slugify(text) {
  const source = String(text ?? "");
  if (!source) return "";
  return slugifyText(source) || xxhash32(source, 0xabcd).toString(16);
}

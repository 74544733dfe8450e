// Loaded lazily by markdown-mermaid.js: Mermaid draws a diagram to SVG (text
// labels, no HTML, so it can be shown as an image), themed like Streamlit's
// diagrams, shown as <img alt> as Streamlit 1.67 shows it.
import mermaid from "mermaid";
import { h, render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { ElementToolbar, saveFile, useFullscreen } from "./element-toolbar.js";
import { adoptStyles } from "../stylesheets.js";
import { subscribe } from "../theme.js";
import { chartPalette, parseColor } from "./chart-palette.js";

const CSS = `
.st-mermaid-frame { width: 100%; }
[data-testid="stMermaidChart"] { display: flex; justify-content: flex-start; padding: 0.75rem; }
[data-testid="stMermaidChart"] img { max-width: 100%; height: auto; }
.st-mermaid-error { color: var(--st-red-text-color, #ff2b2b); font-family: var(--st-code-font, monospace); font-size: 0.875rem;
  white-space: pre-wrap; }
`;

// Diagram keyword -> the name Streamlit gives it in the image's alt text.
const DIAGRAM_NAMES = [
  ["graph", "flowchart"], ["flowchart", "flowchart"], ["sequencediagram", "sequence diagram"],
  ["classdiagram", "class diagram"], ["statediagram", "state diagram"], ["erdiagram", "entity relationship diagram"],
  ["journey", "user journey diagram"], ["gantt", "Gantt chart"], ["pie", "pie chart"], ["quadrantchart", "quadrant chart"],
  ["requirementdiagram", "requirement diagram"], ["gitgraph", "Git graph"], ["mindmap", "mindmap"],
  ["timeline", "timeline"], ["sankey", "Sankey diagram"], ["packet", "packet diagram"], ["block", "block diagram"],
  ["architecture", "architecture diagram"], ["kanban", "Kanban board"], ["xychart", "XY chart"],
  ["radar", "radar chart"], ["treemap", "treemap"],
];

/** The diagram's type name, from its first line. */
export function diagramName(source) {
  const first = source.trim().split("\n")[0].trim().toLowerCase();
  return DIAGRAM_NAMES.find(([keyword]) => first.startsWith(keyword))?.[1] ?? "diagram";
}

/** The image's alt text: the app's `alt` (a %% stAlt line), the diagram's accTitle/accDescr, or its type. */
export function altText(source) {
  const alt = /^\s*%%\s*stAlt\s*:[^\S\n]*(.+)$/m.exec(source)?.[1]?.trim();
  if (alt) return alt;
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
  const description = (/^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1]
    ?? /^\s*accDescr\s*\{([^}]*)\}/m.exec(source)?.[1]?.replace(/\s+/g, " "))?.trim();
  if (title && description) return `${title}: ${description}`;
  return title || description || `Mermaid ${diagramName(source)}`;
}

/** A colour mixed over the background (Mermaid needs opaque colours). */
function over(background, color, alpha) {
  const bg = parseColor(background) ?? [255, 255, 255, 1];
  const fg = parseColor(color) ?? [0, 0, 0, 1];
  const mix = (i) => Math.round(fg[i] * alpha + bg[i] * (1 - alpha));
  return `rgb(${mix(0)}, ${mix(1)}, ${mix(2)})`;
}

/** A theme colour made opaque over the background (as it looks on the page). */
function opaque(background, color) {
  const alpha = parseColor(color)?.[3] ?? 1;
  return alpha >= 1 ? color : over(background, color, alpha);
}

/** @returns {import("mermaid").MermaidConfig} */
function mermaidConfig(palette) {
  const tint = (color) => over(palette.background, color, palette.light ? 0.1 : 0.3);
  const border = opaque(palette.background, palette.border);
  const faded = over(palette.background, palette.text, 0.6);
  const blue = tint("#1c83e1");
  const green = tint("#21c354");
  const orange = tint("#ffa421");
  const red = tint("#ff2b2b");
  return {
    startOnLoad: false,
    securityLevel: "strict",
    suppressErrorRendering: true,
    theme: "base",
    darkMode: !palette.light,
    fontFamily: palette.font,
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    themeVariables: {
      darkMode: !palette.light,
      fontFamily: palette.font,
      fontSize: "14px",
      primaryColor: blue,
      primaryTextColor: palette.text,
      primaryBorderColor: border,
      secondaryColor: green,
      tertiaryColor: orange,
      background: palette.background,
      mainBkg: palette.secondaryBackground,
      lineColor: faded,
      gridColor: border,
      pieStrokeColor: border,
      pieOuterStrokeColor: border,
      textColor: palette.text,
      errorBkgColor: red,
      noteBkgColor: tint("#ffff12"),
      noteTextColor: palette.text,
      pie1: blue, pie2: green, pie3: orange, pie4: red,
    },
  };
}

/** Mermaid's SVG with an explicit size, so that it scales as an image. */
export function sizedSvg(svgText) {
  const svg = new DOMParser().parseFromString(svgText, "image/svg+xml").querySelector("svg");
  if (!svg) return svgText;
  let [width, height] = [0, 0];
  const box = svg.getAttribute("viewBox");
  if (box) [, , width, height] = box.split(/[\s,]+/).map(Number);
  if (!(width > 0 && height > 0)) {
    width = Number.parseFloat(svg.getAttribute("width") ?? "") || 100;
    height = Number.parseFloat(svg.getAttribute("height") ?? "") || 100;
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  }
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  svg.style.removeProperty("max-width");
  return new XMLSerializer().serializeToString(svg);
}

let counter = 0;
let configured = null;
// Drawn diagrams, drawn again with the new colours when an app changes theme.
const drawn = new Set();
subscribe(() => {
  for (const node of [...drawn]) {
    drawn.delete(node);
    if (!node.isConnected) continue;
    node.removeAttribute("data-drawn");
    drawDiagram(node);
  }
});

/** Draws one placeholder (markdown-mermaid.js) as an image. */
export async function drawDiagram(node) {
  if (!node.isConnected || node.hasAttribute("data-drawn")) return;
  node.setAttribute("data-drawn", "true");
  for (const other of drawn) if (!other.isConnected) drawn.delete(other);
  adoptStyles(node.getRootNode(), "mermaid", CSS);
  const source = decodeURIComponent(node.getAttribute("data-source") ?? "");
  const palette = chartPalette(node);
  const key = JSON.stringify([palette.light, palette.font, palette.text, palette.background]);
  if (configured !== key) {
    mermaid.initialize(mermaidConfig(palette));
    configured = key;
  }
  try {
    const { svg } = await mermaid.render(`st-mermaid-${++counter}`, source);
    drawn.add(node);
    const image = document.createElement("img");
    image.src = URL.createObjectURL(new Blob([sizedSvg(svg)], { type: "image/svg+xml" }));
    image.alt = altText(source);
    const previous = node.querySelector("img")?.src;
    node.replaceChildren(image);
    if (previous?.startsWith("blob:")) URL.revokeObjectURL(previous);
    showToolbar(node, source, palette.background);
  } catch (error) {
    const message = document.createElement("div");
    message.className = "st-mermaid-error";
    message.setAttribute("data-testid", "stMermaidError");
    message.setAttribute("role", "alert");
    message.textContent = `Mermaid diagram error: ${error?.message ?? error}`;
    node.replaceChildren(message);
    removeToolbar(node);
  }
  node.removeAttribute("aria-busy");
  node.removeAttribute("aria-label");
}

/** Draws the image on a canvas at twice its size over the background and saves it as PNG. */
function downloadPng(node, background) {
  const source = node.querySelector("img");
  if (!source) return;
  const image = new Image();
  image.addEventListener("load", () => {
    const width = image.naturalWidth || 800;
    const height = image.naturalHeight || 600;
    const canvas = document.createElement("canvas");
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext("2d");
    if (!context) return;
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((blob) => { if (blob) saveFile(blob, "mermaid-diagram.png"); }, "image/png");
  });
  image.src = source.src;
}

/** The toolbar over a drawn diagram (Streamlit 1.67's: Download as PNG, Copy to
 *  clipboard (the diagram's source), Fullscreen): the shared ElementToolbar and
 *  useFullscreen, the frame's class following the hook's state. */
function MermaidToolbar({ frame, node, source, background }) {
  const [full, , fullscreenButton] = useFullscreen();
  const [copied, setCopied] = useState(false);
  useEffect(() => { frame.classList.toggle("st-fullscreen", full); }, [frame, full]);
  useEffect(() => {
    if (!copied) return undefined;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = () => navigator.clipboard?.writeText(source).then(() => setCopied(true), () => {});
  return h(ElementToolbar, { buttons: [
    { label: "Download as PNG", icon: "download", onClick: () => downloadPng(node, background) },
    { label: copied ? "Copied" : "Copy to clipboard", icon: "copy", onClick: copy },
    fullscreenButton,
  ] });
}

function showToolbar(node, source, background) {
  const frame = node.closest('[data-testid="stFullScreenFrame"]');
  const holder = node.parentElement;
  if (!frame || !holder) return;
  let slot = holder.querySelector(":scope > .st-mermaid-toolbar");
  if (!slot) {
    slot = document.createElement("div");
    slot.className = "st-mermaid-toolbar";
    holder.insertBefore(slot, node);
  }
  render(h(MermaidToolbar, { frame, node, source, background }), slot);
}

function removeToolbar(node) {
  const slot = node.parentElement?.querySelector(":scope > .st-mermaid-toolbar");
  if (slot) {
    render(null, slot);
    slot.remove();
  }
}

// ```mermaid blocks in markdown (what st.mermaid_chart sends, as in Streamlit
// 1.67): the markdown renderer emits a placeholder shaped like Streamlit's
// loading state (stMermaidChart, aria-busy, a skeleton) holding the diagram's
// source; renderMermaidIn(root) draws the placeholders with Mermaid, which is
// loaded (its own chunks) only the first time a page shows a diagram.

/** The placeholder HTML for a mermaid code block. The source is URI-encoded:
 * the sanitiser drops attribute values that contain "-->" (every arrow). */
export function mermaidPlaceholder(source) {
  return '<div data-testid="stMarkdownPre"><div data-testid="stFullScreenFrame" class="st-fullscreen-frame"><div class="st-mermaid-frame">'
    + `<div data-testid="stMermaidChart" class="st-mermaid" aria-busy="true" aria-label="Loading mermaid diagram" data-source="${encodeURIComponent(source)}">`
    + '<div data-testid="stSkeleton" aria-hidden="true" class="st-mermaid-skeleton"></div></div></div></div></div>';
}

let mermaidModule = null;

/** Draws every mermaid placeholder under `root` not drawn yet. */
export function renderMermaidIn(root) {
  if (!root) return;
  const pending = root.querySelectorAll('[data-testid="stMermaidChart"][data-source]:not([data-drawn])');
  if (pending.length === 0) return;
  mermaidModule ??= import("./elements/mermaid-render.js");
  mermaidModule.then(({ drawDiagram }) => {
    for (const node of pending) drawDiagram(node);
  });
}

"""What a page shows per element, read the same way from a real Streamlit page
(record_gallery.py writes the reference) and from a wasmlit page
(tests/test_text_content.py compares): for every element and layout block in
document order, its test id, its textContent (whitespace included) and the
set of data-testid values inside it.

An element is the first node with a data-testid inside each
stElementContainer; a block is the node with a data-testid that a
stLayoutWrapper (or stTabs / stExpander, which Streamlit does not wrap) holds.
A block's text and test ids leave out what its own child stVerticalBlocks
hold (each child element is recorded by itself), so an expander's record is
its summary, a tab bar's its tab labels.

Entries are keyed by (testid, n): the n-th node with that test id in
document order.
"""

from __future__ import annotations

from typing import Any

COLLECT_JS = r"""
() => {
  const app = document.querySelector('[data-testid=stApp]');
  const nodes = [];
  const seen = new Set();
  const add = (node, kind) => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    nodes.push([node, kind]);
  };
  for (const box of app.querySelectorAll('[data-testid=stElementContainer]')) {
    add(box.querySelector('[data-testid]'), 'element');
  }
  for (const wrap of app.querySelectorAll('[data-testid=stLayoutWrapper]')) {
    const inner = wrap.matches('[data-testid]') ? wrap.firstElementChild : wrap;
    add(wrap.querySelector(':scope > [data-testid]'), 'block');
  }
  for (const node of app.querySelectorAll('[data-testid=stTabs], [data-testid=stExpander]')) add(node, 'block');
  nodes.sort(([a], [b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const counts = {};
  const out = [];
  for (const [node, kind] of nodes) {
    const testid = node.getAttribute('data-testid');
    const n = counts[testid] = (counts[testid] ?? -1) + 1;
    let view = node;
    if (kind === 'block') {
      view = node.cloneNode(true);
      for (const inner of view.querySelectorAll('[data-testid=stVerticalBlock]')) {
        if (inner !== view) inner.remove();
      }
    }
    const testids = new Set([testid]);
    for (const child of view.querySelectorAll('[data-testid]')) testids.add(child.getAttribute('data-testid'));
    const where = node.closest('[data-testid=stSidebar]') ? 'sidebar' : 'main';
    out.push({ testid, n, kind, where, text: view.textContent, testids: [...testids].sort() });
  }
  return out;
}
"""


def collect(page: Any) -> list[dict[str, Any]]:
    """The element records of the page as it is now."""
    return page.evaluate(COLLECT_JS)

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
document order. Elements inside a tab are read while their tab is the
selected one (``collect_by_tab``): Streamlit draws some elements (dataframe
grids, number-input steppers) only when they are visible.
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
    const panel = node.closest('[data-testid=stTabPanel]');
    const tab = panel ? [...app.querySelectorAll('[data-testid=stTabPanel]')].indexOf(panel) : -1;
    out.push({ testid, n, kind, where, tab, text: view.textContent, testids: [...testids].sort() });
  }
  return out;
}
"""


def collect(page: Any) -> list[dict[str, Any]]:
    """The element records of the page as it is now."""
    return page.evaluate(COLLECT_JS)


def settled(page: Any, rounds: int = 40) -> list[dict[str, Any]]:
    """collect(), once no element is a loading placeholder (Streamlit's
    stSkeleton while an element's code loads) and two reads 500 ms apart agree
    (charts and grids draw late)."""
    page.wait_for_function("!document.querySelector('[data-testid=stSkeleton]')", timeout=60_000)
    last = None
    for _ in range(rounds):
        now = collect(page)
        if now == last:
            break
        last = now
        page.wait_for_timeout(500)
    return last


def collect_by_tab(page: Any) -> list[dict[str, Any]]:
    """Every element, each read while the tab holding it (if any) is selected.
    Selecting a tab runs no script (in Streamlit as in wasmlit)."""
    records = settled(page)
    tabs = page.locator("[data-testid=stTab]")
    by_key = {(r["testid"], r["n"]): r for r in records}
    for index in range(tabs.count()):
        tabs.nth(index).click()
        page.wait_for_timeout(500)
        for record in settled(page):
            if record["tab"] == index:
                by_key[(record["testid"], record["n"])] = record
    if tabs.count():
        tabs.nth(0).click()
    return [by_key[(r["testid"], r["n"])] for r in records]

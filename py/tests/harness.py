"""The wire-level test harness.

Semantic tests drive apps with ``wasmlit.testing.AppTest`` (the Streamlit
testing API, over the same runtime). This harness is for what AppTest does not
expose: the messages a run sends (``runFinished`` statuses, rerun sequences),
one-run props such as ``setValue``, element paths, the raw widget values the
page sends back (``widget_values``, forged values), config options passed as
the worker's ``config`` and an ``ExecutionControl``. It runs a script through
the real runtime and plays the page's part: keeps the element tree from the
deltas, keeps widget values, sends them back on interactions (buttons as
one-shot triggers, forms on submit)."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from wasmlit import protocol, protocol_props
from wasmlit.runtime.app_session import AppSession, to_json_text
from wasmlit.runtime.rerun_data import RerunData

import json


def props(element: Any) -> dict[str, Any]:
    """An AppTest element's or block's wire props: what Streamlit's AppTest
    keeps as ``.proto`` (e.g. an exception's ``type``, which AppTest, like
    Streamlit's, has no attribute for)."""
    return element._props


# Widgets whose value is a one-shot trigger: never kept, sent in one rerun only
# (the protocol's list, which the page uses too).
TRIGGER_TYPES = protocol_props.TRIGGER_TYPES


class Node:
    def __init__(self, path: tuple[int, ...], node: dict[str, Any]) -> None:
        self.path = path
        self.kind = node["kind"]
        self.type = node["type"]
        self.props = node["props"]
        self.children: dict[int, Node] = {}
        self.fresh = True

    def __repr__(self) -> str:
        return f"Node({self.type}, {self.path}, {self.props.get('label') or self.props.get('body')!r})"

    def walk(self):
        yield self
        for index in sorted(self.children):
            yield from self.children[index].walk()

    @property
    def value(self) -> Any:
        return self.props.get("value")


class ScriptHarness:
    def __init__(
        self,
        source: str,
        folder: Path,
        config: dict[str, Any] | None = None,
        files: dict[str, str] | None = None,
        control=None,
    ) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in (files or {}).items():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(textwrap.dedent(text))
        self.script = folder / "app.py"
        self.script.write_text(textwrap.dedent(source))
        self.messages: list[dict[str, Any]] = []
        self.session = AppSession(str(self.script), self._receive, config, control)
        self.roots = {0: self._root(0), 1: self._root(1), 2: self._root(2), 3: self._root(3)}
        self.widget_values: dict[str, Any] = {}
        self.pending_form_values: dict[str, dict[str, Any]] = {}

    @staticmethod
    def _root(index: int) -> Node:
        return Node((index,), {"kind": "block", "type": "root", "props": {}})

    def _receive(self, message: dict[str, Any]) -> None:
        # Round-trip through JSON as the worker does, so tests see the wire form.
        message = json.loads(to_json_text(message))
        self.messages.append(message)
        kind = message["type"]
        if kind == "runStarted":
            for root in self.roots.values():
                for node in root.walk():
                    node.fresh = False
        elif kind == "delta":
            path = tuple(message["path"])
            parent = self.roots[path[0]]
            for index in path[1:-1]:
                parent = parent.children[index]
            old = parent.children.get(path[-1])
            node = Node(path, message["node"])
            if old is not None and old.kind == "block" and node.kind == "block":
                node.children = old.children
            parent.children[path[-1]] = node
            self._adopt(node)
        elif kind == protocol.RUN_FINISHED and message["status"] in protocol.RUN_STATUSES_THAT_CLEAR:
            for root in self.roots.values():
                self._drop_stale(root)
            live = {n.props["id"] for n in self.all_nodes() if "id" in n.props}
            self.widget_values = {k: v for k, v in self.widget_values.items() if k in live}

    def _adopt(self, node: Node) -> None:
        widget_id = node.props.get("id")
        if widget_id is None or node.type in TRIGGER_TYPES:
            return
        if widget_id not in self.widget_values or node.props.get("setValue"):
            self.widget_values[widget_id] = node.props["value"]

    def _drop_stale(self, node: Node) -> None:
        for index in list(node.children):
            child = node.children[index]
            if not child.fresh:
                del node.children[index]
            else:
                self._drop_stale(child)

    # -- running ----------------------------------------------------------

    def run(self, widgets: dict[str, Any] | None = None, triggers: list[str] | None = None) -> "ScriptHarness":
        values = dict(self.widget_values) if widgets is None else widgets
        request = RerunData(widgets=values, triggers=list(triggers)) if triggers else values
        self.last_status = self.session.handle_rerun(request)
        return self

    def statuses(self) -> list[str]:
        return [m["status"] for m in self.messages if m["type"] == "runFinished"]

    def all_nodes(self, root: int | None = None) -> list[Node]:
        roots = [self.roots[root]] if root is not None else list(self.roots.values())
        return [n for r in roots for n in r.walk() if n.type != "root"]

    def of_type(self, node_type: str, root: int | None = None) -> list[Node]:
        return [n for n in self.all_nodes(root) if n.type == node_type]

    def texts(self, node_type: str = "markdown") -> list[str]:
        return [n.props["body"] for n in self.of_type(node_type)]

    @property
    def exceptions(self) -> list[Node]:
        return self.of_type("exception")

    def widget(self, label_or_key: str) -> Node:
        matches = [
            n
            for n in self.all_nodes()
            if "id" in n.props and (n.props.get("key") == label_or_key or n.props.get("label") == label_or_key)
        ]
        assert matches, (
            f"no widget {label_or_key!r}; have {[n.props.get('label') for n in self.all_nodes() if 'id' in n.props]}"
        )
        return matches[0]

    # -- interactions -----------------------------------------------------

    def click(self, label_or_key: str) -> "ScriptHarness":
        node = self.widget(label_or_key)
        widgets = dict(self.widget_values)
        if node.props.get("isFormSubmitter"):
            form_id = node.props["formId"]
            widgets.update(self.pending_form_values.pop(form_id, {}))
            self.widget_values.update({k: v for k, v in widgets.items() if k in self.widget_values})
        widgets[node.props["id"]] = True
        # As the page does: the click is a one-shot trigger of this rerun.
        return self.run(widgets, triggers=[node.props["id"]])

    def set_value(self, label_or_key: str, value: Any, *, rerun: bool = True) -> "ScriptHarness":
        node = self.widget(label_or_key)
        form_id = node.props.get("formId")
        if form_id:
            self.pending_form_values.setdefault(form_id, {})[node.props["id"]] = value
            return self
        self.widget_values[node.props["id"]] = value
        return self.run() if rerun else self

"""Elements a cached function shows, recorded on a cache miss and shown
again (replayed) on every hit, as Streamlit does.

While a cached function runs, DeltaGenerator._enqueue/_block report each
element and block here. A record names the DG it went to by a token:
``main``/``sidebar``/``bottom`` for the roots, or the token of a DG returned
by an earlier record of the same run (a container or placeholder made inside
the function). A DG made outside the function gets a token nothing maps to,
so replaying its element raises CacheReplayClosureError, as in Streamlit.
Nested cached functions record into every active capture, so an outer hit
replays what inner functions showed too.
"""

from __future__ import annotations

import copy
import itertools
import weakref
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterator

from wasmlit.errors import CacheReplayClosureError
from wasmlit import dg_singletons

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


@dataclass(frozen=True)
class Record:
    kind: str  # "element" or "block"
    node_type: str
    props: dict[str, Any]
    on: str  # token of the DG the call went to
    returns: str  # token of the DG the call returned
    form_id: str | None = None  # blocks only
    dg_class: type | None = None  # blocks only
    command: str | None = None  # the Streamlit command that made it (protocol node.command)


class _Capture:
    def __init__(self) -> None:
        self.records: list[Record] = []
        self.seen: set[str] = set()
        self.active = True


_captures: list[_Capture] = []
_tokens: "weakref.WeakKeyDictionary[DeltaGenerator, str]" = weakref.WeakKeyDictionary()
_counter = itertools.count()


def in_cached_function() -> bool:
    return any(capture.active for capture in _captures)


def _roots() -> dict[str, "DeltaGenerator"]:
    return {"main": dg_singletons.main_dg(), "sidebar": dg_singletons.sidebar_dg(), "bottom": dg_singletons.bottom_dg()}


def _token(dg: "DeltaGenerator") -> str:
    for name, root in _roots().items():
        if dg is root:
            return name
    token = _tokens.get(dg)
    if token is None:
        token = f"dg{next(_counter)}"
        _tokens[dg] = token
    return token


@contextmanager
def capturing() -> Iterator[list[Record]]:
    """Records what the block shows; the list is complete when it ends."""
    capture = _Capture()
    _captures.append(capture)
    try:
        yield capture.records
    finally:
        capture.active = False
        _captures.remove(capture)


def _save(
    make: Callable[[str], Record], invoked: "DeltaGenerator", used: "DeltaGenerator", returned: "DeltaGenerator"
) -> None:
    active = [capture for capture in _captures if capture.active]
    if not active:
        return
    used_token = _token(used)
    on = used_token if used_token in active[-1].seen else _token(invoked)
    record = make(on)
    returned_token = record.returns
    for capture in active:
        capture.records.append(record)
        capture.seen.add(returned_token)


def save_element(
    invoked: "DeltaGenerator",
    used: "DeltaGenerator",
    node_type: str,
    props: dict[str, Any],
    returned: "DeltaGenerator",
    command: str | None = None,
) -> None:
    if not _captures:
        return
    _save(
        lambda on: Record("element", node_type, copy.deepcopy(props), on, _token(returned), command=command),
        invoked,
        used,
        returned,
    )


def save_block(
    invoked: "DeltaGenerator",
    used: "DeltaGenerator",
    block_type: str,
    props: dict[str, Any],
    form_id: str | None,
    dg_class: type,
    returned: "DeltaGenerator",
    command: str | None = None,
) -> None:
    if not _captures:
        return
    _save(
        lambda on: Record("block", block_type, copy.deepcopy(props), on, _token(returned), form_id, dg_class, command),
        invoked,
        used,
        returned,
    )


def replay(records: list[Record], cache_type: str, func: Callable[..., Any]) -> None:
    """Shows the recorded elements again, in the places they would go now."""
    dgs = _roots()
    for record in records:
        dg = dgs.get(record.on)
        if dg is None:
            raise CacheReplayClosureError(cache_type, func)
        props = copy.deepcopy(record.props)
        if record.kind == "element":
            dgs[record.returns] = dg._enqueue(record.node_type, props, command=record.command)
        else:
            dgs[record.returns] = dg._block(
                record.node_type, props, form_id=record.form_id, dg_class=record.dg_class, command=record.command
            )

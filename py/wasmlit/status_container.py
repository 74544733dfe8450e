"""st.status: an expander whose header shows a running/complete/error state."""

from __future__ import annotations

import time
from types import TracebackType
from typing import Any, Literal

from wasmlit import protocol
from wasmlit.delta_generator import DeltaGenerator
from wasmlit.errors import StreamlitValueError
from wasmlit.runtime.context import current_or_bare_ctx

STATES = ("running", "complete", "error")


def check_state(state: Any) -> str:
    if state not in STATES:
        raise StreamlitValueError("state", [repr(s) for s in STATES])
    return state


class StatusContainer(DeltaGenerator):
    """The container st.status returns; ``update`` changes its header."""

    _label: str
    _state: str
    _type: str = "default"
    _width: Any = "stretch"

    def update(self, *, label: str | None = None, expanded: bool | None = None, state: str | None = None) -> None:
        """Changes the header. ``expanded`` None leaves the open/closed state to
        the page (which collapses the status when its label changes)."""
        if state is not None:
            self._state = check_state(state)
        if label is not None:
            self._label = str(label)
        ctx = current_or_bare_ctx()
        assert self._path is not None  # a block, never a root
        props: dict[str, Any] = {
            "label": self._label,
            "expanded": None if expanded is None else bool(expanded),
            "icon": None,
            "state": self._state,
            "key": None,
        }
        if self._type != "default":
            props["type"] = self._type
        if self._width != "stretch":
            props["layout"] = {"width": self._width}
        ctx.emit(protocol.delta(ctx.run_id, self._path, protocol.block_node("expander", props)))

    def __enter__(self) -> "StatusContainer":
        super().__enter__()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> Literal[False]:
        if self._state == "running":
            # Give the page a moment to show an update made just before the exit.
            time.sleep(0.05)
            self.update(state="error" if exc_type is not None else "complete")
        return super().__exit__(exc_type, exc, tb)

"""st.skeleton: a grey loading placeholder.

Standalone, it takes its place at once and works like st.empty(): what is
written into the returned placeholder replaces it. As a context manager it
behaves like st.spinner (Streamlit 1.67): the placeholder empties its place,
the skeleton appears there only if the ``with`` block is still running half a
second later (the page applies that delay: Python has no timer thread here),
and it is cleared when the block exits; what the block writes goes to the
parent container."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from wasmlit import protocol
from wasmlit.elements.layout_checks import validate_height, validate_width
from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit import dg_singletons
from wasmlit.type_aliases import Width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

# How long (ms) a context-manager skeleton waits before it shows (Streamlit's 0.5 s).
DELAY_MS = 500


class SkeletonPlaceholder:
    """What st.skeleton returns: the skeleton's slot (DeltaGenerator methods
    replace the skeleton) that is also a context manager."""

    def __init__(self, slot: "DeltaGenerator", props: dict[str, Any]) -> None:
        self._dg = slot
        self._props = props
        self._transient_path: tuple[int, ...] | None = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
        return getattr(self._dg, name)

    def __dir__(self) -> list[str]:
        return dir(dg_singletons.dg_class())

    def __enter__(self) -> "SkeletonPlaceholder":
        self._dg.empty()
        ctx = current_or_bare_ctx()
        path = self._dg._path
        if path is not None:
            ctx.emit(
                protocol.delta(
                    ctx.run_id, path, protocol.element_node("skeleton", {**self._props, "delayMs": DELAY_MS})
                )
            )
        self._transient_path = path
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> Literal[False]:
        path = self._transient_path
        if path is not None:
            ctx = current_or_bare_ctx()
            ctx.emit(protocol.delta(ctx.run_id, path, protocol.element_node("empty", {})))
        self._transient_path = None
        return False


class SkeletonMixin:
    def skeleton(self, height: Any = None, *, width: Width = "stretch") -> SkeletonPlaceholder:
        """A grey placeholder shaped like content that is still loading.

        Args:
            height: The placeholder's height in pixels (None: a default).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        dg = as_dg(self)
        validate_width(width)
        if height is not None:
            validate_height(height, allow_content=False)
        props = {"height": height, "width": width}
        slot = dg._enqueue("skeleton", props)
        return SkeletonPlaceholder(slot, props)

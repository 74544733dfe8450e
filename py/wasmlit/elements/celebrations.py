"""st.balloons and st.snow: brief full-page animations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


class CelebrationMixin:
    def balloons(self) -> "DeltaGenerator":
        """Balloons float up the page once."""
        # runId makes each call a new node, so the animation plays again.
        return as_dg(self)._enqueue("balloons", {"runId": current_or_bare_ctx().run_id})

    def snow(self) -> "DeltaGenerator":
        """Snowflakes fall down the page once."""
        return as_dg(self)._enqueue("snow", {"runId": current_or_bare_ctx().run_id})

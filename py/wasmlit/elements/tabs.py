"""st.tabs: containers shown one at a time; switching tabs happens in the page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from wasmlit.errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from wasmlit.widgets.common import to_key

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


class TabsMixin:
    def tabs(
        self,
        tabs: Sequence[str],
        *,
        width: Any = "stretch",
        height: Any = "content",
        default: str | None = None,
        key: Any = None,
    ) -> list["DeltaGenerator"]:
        dg: DeltaGenerator = self  # type: ignore[assignment]
        if not tabs:
            raise StreamlitMissingRequiredParameterError("tabs", detail="Provide at least one tab label.")
        if default and default not in tabs:
            raise StreamlitValueError(
                "default", ["a tab label from `tabs`"], detail=f"`{default}` is not in the list of tabs."
            )
        for label in tabs:
            if not isinstance(label, str):
                raise StreamlitInvalidParameterTypeError("tabs", type(label).__name__, ["a string for each tab label"])
        labels = list(tabs)
        fixed_height = height if isinstance(height, int) and not isinstance(height, bool) and height > 0 else None
        group = dg._block(
            "tabs",
            {"labels": labels, "default": labels.index(default) if default else 0,
             "height": fixed_height, "key": to_key(key)},
        )
        return [group._block("tab", {"label": label}) for label in labels]

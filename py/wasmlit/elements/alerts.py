"""st.error, st.warning, st.info, st.success."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.text_util import clean_text

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


class AlertMixin:
    def _alert(self, fmt: str, body: Any, icon: Any) -> "DeltaGenerator":
        return self._enqueue(  # type: ignore[attr-defined]
            "alert",
            {"body": clean_text(body), "format": fmt, "icon": None if icon is None else str(icon)},
        )

    def error(self, body: Any, *, icon: Any = None, width: Any = "stretch") -> "DeltaGenerator":
        return self._alert("error", body, icon)

    def warning(self, body: Any, *, icon: Any = None, width: Any = "stretch") -> "DeltaGenerator":
        return self._alert("warning", body, icon)

    def info(self, body: Any, *, icon: Any = None, width: Any = "stretch") -> "DeltaGenerator":
        return self._alert("info", body, icon)

    def success(self, body: Any, *, icon: Any = None, width: Any = "stretch") -> "DeltaGenerator":
        return self._alert("success", body, icon)

"""Smaller commands: st.badge, st.space, st.pyplot."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from wasmlit.elements.text_util import clean_text, help_text
from wasmlit.errors import StreamlitAPIException, StreamlitValueError

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

BADGE_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary")
SPACE_SIZES = {"xxsmall": 0.25, "xsmall": 0.5, "small": 0.75, "medium": 2.5, "large": 4.25, "xlarge": 6,
               "xxlarge": 9.5}


class ExtrasMixin:
    def badge(self, label: str, *, icon: str | None = None, color: str = "blue", width: Any = "content",
              help: Any = None) -> "DeltaGenerator":  # noqa: A002
        if color not in BADGE_COLORS:
            raise StreamlitValueError("color", [f"'{c}'" for c in BADGE_COLORS])
        escaped = clean_text(label).replace("[", "\\[").replace("]", "\\]")
        icon_text = f"{icon} " if icon else ""
        return self._enqueue(  # type: ignore[attr-defined]
            "markdown",
            {"body": f":{color}-badge[{icon_text}{escaped}]", "unsafeAllowHtml": False, "isCaption": False,
             "help": help_text(help), "kind": "badge"},
        )

    def space(self, size: Any = "small") -> "DeltaGenerator":
        if isinstance(size, int) and not isinstance(size, bool):
            if size < 0:
                raise StreamlitValueError("size", ["a size name", "'stretch'", "a non-negative integer"])
            height: Any = f"{size}px"
        elif size in SPACE_SIZES:
            height = f"{SPACE_SIZES[size]}rem"
        elif size == "stretch":
            height = "stretch"
        else:
            raise StreamlitValueError("size", [f"'{s}'" for s in (*SPACE_SIZES, "stretch")] + ["an int"])
        return self._enqueue("space", {"size": height})  # type: ignore[attr-defined]

    def pyplot(self, fig: Any = None, clear_figure: Any = None, *, width: Any = "stretch",
               use_container_width: bool | None = None, alt: str | None = None, **kwargs: Any) -> "DeltaGenerator":
        """A Matplotlib figure, drawn to PNG (Matplotlib must be installed: list it in requirements.txt)."""
        try:
            import matplotlib.pyplot as plt
        except ImportError as e:
            raise StreamlitAPIException(
                "st.pyplot needs Matplotlib: add `matplotlib` to the app's requirements.txt."
            ) from e
        if fig is None:
            fig = plt.gcf()
        buffer = io.BytesIO()
        options = {"bbox_inches": "tight", "dpi": 200, "format": "png", **kwargs}
        fig.savefig(buffer, **options)
        if clear_figure or (clear_figure is None and fig is plt.gcf()):
            fig.clf()
        image_width = "stretch" if use_container_width or width == "stretch" else width
        return self.image(buffer.getvalue(), width=image_width)  # type: ignore[attr-defined]

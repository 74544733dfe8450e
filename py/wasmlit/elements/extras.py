"""Smaller commands: st.badge, st.space, st.pyplot."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.elements.layout_checks import layout_props, validate_width
from wasmlit.elements.text_util import help_text
from wasmlit.errors import StreamlitAPIException, StreamlitMissingRequiredParameterError, StreamlitValueError
from wasmlit.type_aliases import Width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

BADGE_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary")
SPACE_SIZES = {"xxsmall": 0.25, "xsmall": 0.5, "small": 0.75, "medium": 2.5, "large": 4.25, "xlarge": 6, "xxlarge": 8}


FIG_REQUIRED = """Passing `None` is not supported because Matplotlib's global figure object
is not thread-safe.

Pass a figure explicitly:

```python
fig, ax = plt.subplots()
ax.scatter([1, 2, 3], [1, 2, 3])
# other plotting actions...
st.pyplot(fig)
```"""


class ExtrasMixin:
    def badge(
        self,
        label: str,
        *,
        icon: str | None = None,
        color: str = "blue",
        width: Width = "content",
        help: str | None = None,
    ) -> "DeltaGenerator":
        """A small coloured label (markdown's ``:color-badge[...]``).

        Args:
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            help: A tooltip shown beside the label (Markdown; None: none).
        """
        validated = validate_icon_or_emoji(icon)
        icon_text = f"{validated} " if validated else ""
        escaped = label.replace("[", "\\[").replace("]", "\\]")
        layout = layout_props(width=width, allow_content_width=True, default_width="content")
        return as_dg(self)._enqueue(
            "markdown",
            {
                "body": f":{color}-badge[{icon_text}{escaped}]",
                "unsafeAllowHtml": False,
                "isCaption": False,
                "help": help_text(help),
                "kind": "badge",
                "layout": layout,
            },
        )

    def space(self, size: Any = "small") -> "DeltaGenerator":
        """Empty space: a size name, "stretch" or pixels."""
        valid = (isinstance(size, str) and (size == "stretch" or size in SPACE_SIZES)) or (
            isinstance(size, int) and size > 0
        )
        if not valid:
            raise StreamlitValueError(
                "size", [f"'{s}'" for s in ("stretch", *SPACE_SIZES)] + ["a positive integer"], detail=f"Got {size!r}."
            )
        if isinstance(size, str) and size in SPACE_SIZES:
            height: Any = f"{SPACE_SIZES[size]}rem"
        elif size == "stretch":
            height = "stretch"
        else:
            height = f"{int(size)}px"
        return as_dg(self)._enqueue("space", {"size": height})

    def pyplot(
        self,
        fig: Any,
        clear_figure: bool = False,
        *,
        width: Width = "stretch",
        use_container_width: bool | None = None,
        alt: str | None = None,
        **kwargs: Any,
    ) -> "DeltaGenerator":
        """A Matplotlib figure, drawn to PNG (Matplotlib must be installed: list it in requirements.txt).

        Args:
            fig: The Matplotlib figure (None: the current one).
            clear_figure: Whether the figure is cleared after it is drawn.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            alt: A description of it for screen readers.
        """
        if fig is None:
            raise StreamlitMissingRequiredParameterError("fig", detail=FIG_REQUIRED)
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        validate_width(width, allow_content=True)
        try:
            import matplotlib.pyplot as plt
        except ImportError as e:
            raise StreamlitAPIException(
                "st.pyplot needs Matplotlib: add `matplotlib` to the app's requirements.txt."
            ) from e
        plt.ioff()
        buffer = io.BytesIO()
        options = {"bbox_inches": "tight", "dpi": 200, "format": "png", **kwargs}
        fig.savefig(buffer, **options)
        if clear_figure:
            fig.clf()
        return as_dg(self).image(buffer.getvalue(), width=width, caption=None)

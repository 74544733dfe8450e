"""st.latex: a display-mode formula (rendered by KaTeX in the page)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.text_util import clean_text, help_text
from wasmlit.type_aliases import Width
from wasmlit.elements.layout_checks import validate_width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


def _latex_source(body: Any) -> str:
    module = type(body).__module__ or ""
    if module.startswith("sympy"):
        import sympy  # the object is a sympy expression, so sympy is importable

        return sympy.latex(body)
    return clean_text(body)


class LatexMixin:
    def latex(self, body: Any, *, help: str | None = None, width: Width = "stretch") -> "DeltaGenerator":
        """Shows a LaTeX formula.

        Args:
            body: The LaTeX (a string or a SymPy expression).
            help: A tooltip shown beside the label (Markdown; None: none).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        # Checked as in Streamlit 1.67; the page does not size it by ``width`` yet.
        validate_width(width, allow_content=True)
        return as_dg(self)._enqueue(
            "markdown",
            {
                "body": f"$$\n{_latex_source(body)}\n$$",
                "unsafeAllowHtml": False,
                "isCaption": False,
                "help": help_text(help),
                "kind": "latex",
            },
        )

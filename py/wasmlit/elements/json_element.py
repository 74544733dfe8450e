"""st.json."""

from __future__ import annotations

import json
import sys
import types
from collections import ChainMap, UserDict
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.type_aliases import Width
from wasmlit.elements.layout_checks import validate_width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


def _fallback(o: object) -> Any:
    return list(o) if isinstance(o, set) else repr(o)


def _is_list_like(obj: object) -> bool:
    return not isinstance(obj, str) and isinstance(obj, (list, set, tuple, frozenset))


def is_custom_dict(obj: Any) -> bool:
    """The runtime's own mappings (st.session_state) are shown as dicts."""
    from collections.abc import Mapping

    return (
        isinstance(obj, Mapping)
        and type(obj).__module__.startswith("wasmlit.")
        and callable(getattr(obj, "to_dict", None))
    )


def to_json_text(body: Any) -> str:
    if is_custom_dict(body):
        body = body.to_dict()
    if isinstance(body, (ChainMap, types.MappingProxyType, UserDict)):
        body = dict(body)
    if _is_list_like(body):
        body = list(body)
    if isinstance(body, str):
        return body
    try:
        return json.dumps(body, default=_fallback)
    except TypeError as err:
        print(
            "Warning: this data structure was not fully serializable as JSON due to "
            f"one or more unexpected keys.  (Error was: {err})",
            file=sys.stderr,
        )
        return json.dumps(body, skipkeys=True, default=_fallback)


class JsonMixin:
    def json(self, body: Any, *, expanded: bool | int = True, width: Width = "stretch") -> "DeltaGenerator":
        """Shows an object or JSON string as a collapsible tree.

        Args:
            body: The object or JSON string.
            expanded: True, False or the depth to open.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        if isinstance(expanded, bool):
            expanded_prop: bool | int = expanded
        elif isinstance(expanded, int):
            expanded_prop = expanded
        else:
            raise StreamlitAPIException(
                f"The type {type(expanded).__name__} of the `expanded` parameter is not "
                "supported. Supported types: bool, int."
            )
        # Checked as in Streamlit 1.67; the page does not size it by ``width`` yet.
        validate_width(width)
        return as_dg(self)._enqueue("json", {"body": to_json_text(body), "expanded": expanded_prop})

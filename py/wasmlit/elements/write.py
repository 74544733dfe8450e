"""st.write: display each argument the way its type calls for."""

from __future__ import annotations

import dataclasses
import inspect
import re
import types
from collections import ChainMap, UserDict, UserList
from collections.abc import ItemsView, KeysView, ValuesView
from io import StringIO
from typing import TYPE_CHECKING, Any

from wasmlit.elements import figure_types
from wasmlit.elements.json_element import is_custom_dict
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

_MEM_ADDRESS = re.compile(r"^<.+ at 0x[0-9a-fA-F]+>$", re.S)
_JSON_TYPES = (
    dict,
    list,
    map,
    enumerate,
    types.MappingProxyType,
    UserDict,
    ChainMap,
    UserList,
    ItemsView,
    KeysView,
    ValuesView,
)


def _longest_run(text: str, char: str) -> int:
    longest = current = 0
    for c in text:
        current = current + 1 if c == char else 0
        longest = max(longest, current)
    return longest


def _is_namedtuple(obj: Any) -> bool:
    return isinstance(obj, tuple) and hasattr(type(obj), "_fields")


def _as_code_markdown(text: str) -> str:
    """Wrap a value's str() the way st.write does: inline code, or a fenced
    block when it spans several lines."""
    if "\n" in text:
        fence = "`" * max(3, _longest_run(text, "`") + 1)
        return f"{fence}\n{text}\n{fence}"
    fence = "`" * (_longest_run(text, "`") + 1)
    return f"{fence}{text}{fence}"


class WriteMixin:
    def write(self, *args: Any, unsafe_allow_html: bool = False) -> None:
        """Writes its arguments to the page, each as suits its type (Markdown for strings, a table
        for a DataFrame, a chart for a figure, ...).

        Args:
            unsafe_allow_html: Renders HTML in strings instead of escaping it.
        """
        dg = as_dg(self)
        if dg._is_slot and len(args) > 1:
            raise StreamlitAPIException(
                "Cannot replace a single element with multiple elements.\n\n"
                "The `write()` method only supports multiple elements when "
                "inserting elements rather than replacing. That is, only "
                "when called as `st.write()` or `st.sidebar.write()`."
            )
        buffer: list[str] = []

        def flush() -> None:
            if buffer:
                dg.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
                buffer.clear()

        for arg in args:
            if isinstance(arg, str):
                buffer.append(arg)
            elif isinstance(arg, BaseException):
                flush()
                dg.exception(arg)
            elif figure_types.is_plotly_chart(arg):
                flush()
                dg.plotly_chart(arg)
            elif figure_types.is_graphviz_chart(arg):
                flush()
                dg.graphviz_chart(arg)
            elif figure_types.is_pydeck(arg):
                flush()
                dg.pydeck_chart(arg)
            elif isinstance(arg, _JSON_TYPES) or _is_namedtuple(arg) or is_custom_dict(arg):
                flush()
                dg.json(arg._asdict() if _is_namedtuple(arg) else arg)
            elif isinstance(arg, StringIO):
                flush()
                dg.markdown(arg.getvalue())
            elif inspect.isgenerator(arg) or inspect.isgeneratorfunction(arg):
                flush()
                dg.write_stream(arg)
            elif (
                inspect.isclass(arg)
                or inspect.isroutine(arg)
                or inspect.ismodule(arg)
                or dataclasses.is_dataclass(arg)
                or _MEM_ADDRESS.match(_safe_str(arg))
            ):
                flush()
                dg.help(arg)
            elif unsafe_allow_html and callable(getattr(arg, "_repr_html_", None)):
                flush()
                dg.markdown(arg._repr_html_(), unsafe_allow_html=True)
            else:
                buffer.append(_as_code_markdown(_safe_str(arg)))
        flush()

    def write_stream(self, stream: Any, *, cursor: str | None = None) -> Any:
        """Writes a stream of chunks as they arrive: text chunks grow one
        markdown element; other chunks are written with st.write.

        Args:
            cursor: A cursor shown while the stream runs (None: none).
        """
        dg = as_dg(self)
        if isinstance(stream, str):
            raise StreamlitInvalidParameterTypeError(
                "stream",
                type(stream).__name__,
                ["generator", "stream-like object"],
                detail="Please use `st.write` instead for this data type.",
            )
        if inspect.isgeneratorfunction(stream):
            stream = stream()
        try:
            chunks = iter(stream)
        except TypeError as exc:
            raise StreamlitAPIException(
                f"The provided input (type: {type(stream)}) cannot be iterated. "
                "Please make sure that it is a generator, generator function or iterable."
            ) from exc
        cursor_text = cursor or ""
        written: list[Any] = []
        text = ""
        slot: DeltaGenerator | None = None

        def flush() -> None:
            nonlocal text, slot
            if text and slot is not None:
                slot.markdown(text)
                written.append(text)
            text, slot = "", None

        for chunk in chunks:
            if isinstance(chunk, str):
                if not chunk:
                    continue
                first = slot is None
                if slot is None:
                    slot = dg.empty()
                text += chunk
                slot.markdown(text + ("" if first else cursor_text))
            elif callable(chunk):
                flush()
                chunk()
            else:
                flush()
                dg.write(chunk)
                written.append(chunk)
        flush()
        if not written:
            return ""
        if len(written) == 1 and isinstance(written[0], str):
            return written[0]
        return written


def _safe_str(obj: Any) -> str:
    try:
        return str(obj)
    except Exception:  # noqa: BLE001 - any object's str() may fail
        return repr(obj)

"""A v1 custom component's arguments, split as Streamlit splits them.

Keyword arguments that are bytes-like or dataframe-like become *special
arguments* (Streamlit's SpecialArg protos); the others go into one JSON text.
On the wire (protocol/messages.js, componentInstance):

    jsonArgs     the JSON text of the plain arguments (with "default" and "key")
    specialArgs  [{key, bytes: base64 text}] and [{key, arrowDataframe: Frame}]

The page turns the bytes into a Uint8Array in the render message's args, and
each Frame into Arrow IPC buffers (data, index, columns) in its ``dfs``, as
Streamlit's frontend does with the Arrow tables it gets from the server.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from wasmlit.elements import frame as frames
from wasmlit.errors import StreamlitAPIException

BYTES_LIKE = (bytes, bytearray, memoryview)

# Streamlit's data formats that count as dataframe-like (not plain lists and dicts).
_DATAFRAME_FORMATS = frozenset(
    {
        frames.PANDAS_DATAFRAME,
        frames.PANDAS_SERIES,
        frames.PANDAS_INDEX,
        frames.PANDAS_ARRAY,
        frames.NUMPY_LIST,
        frames.NUMPY_MATRIX,
    }
)


class MarshallComponentException(StreamlitAPIException):
    """Class for exceptions generated during custom component marshalling."""


def is_bytes_like(value: Any) -> bool:
    return isinstance(value, BYTES_LIKE)


def is_dataframe_like(value: Any) -> bool:
    """Streamlit's is_dataframe_like for what wasmlit can convert: pandas and
    numpy objects, and objects with ``to_pandas()`` (pyarrow, polars)."""
    if value is None or isinstance(value, (tuple, set, str, bytes, int, float, bool, list, dict)):
        return False
    if frames.data_format(value) in _DATAFRAME_FORMATS:
        return True
    return callable(getattr(value, "to_pandas", None)) and not isinstance(value, type)


def dataframe_wire(value: Any) -> dict[str, Any]:
    """A dataframe-like value as the columnar Frame of the wire."""
    return frames.to_wire(frames.to_frame(value))


def marshall_args(kwargs: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """(jsonArgs, specialArgs) for the component's keyword arguments."""
    json_args: dict[str, Any] = {}
    special: list[dict[str, Any]] = []
    for name, value in kwargs.items():
        if is_bytes_like(value):
            special.append({"key": name, "bytes": base64.b64encode(bytes(value)).decode("ascii")})
        elif is_dataframe_like(value):
            special.append({"key": name, "arrowDataframe": dataframe_wire(value)})
        else:
            json_args[name] = value
    try:
        text = json.dumps(json_args)
    except Exception as ex:  # noqa: BLE001 - Streamlit wraps every failure
        raise MarshallComponentException("Could not convert component args to JSON", ex) from None
    return text, special

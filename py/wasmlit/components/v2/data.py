"""A v2 component's ``data`` on the wire (protocol/messages.js, bidiComponent.data).

As in Streamlit: bytes stay bytes; a dict, list or tuple is JSON, except that
dataframe-like values at the first level of a dict travel as tables (the JSON
holds ``{"__streamlit_arrow_ref__": ref}`` in their place); another
dataframe-like value is one table; anything else is JSON. The page gives the
component's JavaScript Arrow tables (apache-arrow ``Table``) for the tables.

    null | {"json": JSON text} | {"bytes": base64} | {"arrow": Frame}
         | {"mixed": {"json": JSON text, "arrowBlobs": {ref: Frame}}}
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from wasmlit.components.v1.component_args import dataframe_wire, is_dataframe_like
from wasmlit.errors import BidiComponentUnserializableDataError

ARROW_REF_KEY = "__streamlit_arrow_ref__"


def _ref(frame: dict[str, Any]) -> str:
    return hashlib.md5(json.dumps(frame, sort_keys=True).encode(), usedforsecurity=False).hexdigest()


def _mixed(data: Any) -> dict[str, Any]:
    blobs: dict[str, Any] = {}
    processed = data
    if isinstance(data, dict):
        processed = {}
        for key, value in data.items():
            if is_dataframe_like(value):
                try:
                    frame = dataframe_wire(value)
                except Exception:  # noqa: BLE001 - kept for JSON, as Streamlit does
                    processed[key] = value
                    continue
                ref = _ref(frame)
                blobs[ref] = frame
                processed[key] = {ARROW_REF_KEY: ref}
            else:
                processed[key] = value
    try:
        text = json.dumps(processed)
    except TypeError:
        text = json.dumps(str(processed))
    if blobs:
        return {"mixed": {"json": text, "arrowBlobs": blobs}}
    return {"json": text}


def serialize_data(data: Any) -> dict[str, Any] | None:
    if data is None:
        return None
    try:
        if isinstance(data, (bytes, bytearray)):
            return {"bytes": base64.b64encode(bytes(data)).decode("ascii")}
        if isinstance(data, (Mapping, list, tuple)):
            return _mixed(data)
        if is_dataframe_like(data):
            return {"arrow": dataframe_wire(data)}
        return {"json": json.dumps(data)}
    except Exception:  # noqa: BLE001 - a last JSON attempt, as Streamlit
        try:
            return {"json": json.dumps(data)}
        except Exception:  # noqa: BLE001
            raise BidiComponentUnserializableDataError() from None

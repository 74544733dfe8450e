"""Pixel arrays (NumPy arrays, read through their nested lists) -> PNG bytes.

No PIL needed: values are checked and scaled the way st.image does
(floats in [0.0, 1.0], integers in [0, 255], `clamp` clips instead of
raising) and written as an 8-bit grayscale, RGB or RGBA PNG with zlib.
"""

from __future__ import annotations

import struct
import zlib
from typing import Any

from wasmlit.errors import StreamlitAPIException, StreamlitValueError


def is_pixel_array(value: Any) -> bool:
    """One image given as pixels: a NumPy array (Streamlit takes no nested lists)."""
    return type(value).__name__ == "ndarray"


def _as_lists(value: Any) -> Any:
    return value.tolist() if hasattr(value, "tolist") else value


def _shape(rows: list[Any]) -> tuple[int, ...]:
    shape = [len(rows)]
    item = rows[0] if rows else None
    while isinstance(item, (list, tuple)):
        shape.append(len(item))
        item = item[0] if item else None
    return tuple(shape)


def _scale(values: list[Any], clamp: bool) -> list[int]:
    floats = any(isinstance(v, float) for v in values)
    if floats:
        if clamp:
            values = [min(1.0, max(0.0, v)) for v in values]
        elif min(values) < 0.0 or max(values) > 1.0:
            raise StreamlitAPIException("Data is outside [0.0, 1.0] and clamp is not set.")
        return [int(v * 255) for v in values]
    if clamp:
        return [min(255, max(0, int(v))) for v in values]
    if min(values) < 0 or max(values) > 255:
        raise StreamlitAPIException("Data is outside [0, 255] and clamp is not set.")
    return [int(v) for v in values]


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def encode_png(width: int, height: int, channels: int, samples: list[int]) -> bytes:
    color_type = {1: 0, 3: 2, 4: 6}[channels]
    stride = width * channels
    raw = bytearray()
    for row in range(height):
        raw.append(0)
        raw.extend(samples[row * stride : (row + 1) * stride])
    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(bytes(raw)))
        + _chunk(b"IEND", b"")
    )


def pixels_to_png(value: Any, clamp: bool, channels: str) -> bytes:
    rows = _as_lists(value)
    shape = _shape(rows)
    if len(shape) not in (2, 3):
        raise StreamlitValueError("image", ["a 2D or 3D NumPy array"])
    if len(shape) == 3 and shape[-1] not in (1, 3, 4):
        raise StreamlitAPIException(f"Channel can only be 1, 3, or 4 got {shape[-1]}. Shape is {shape}")
    height, width = shape[0], shape[1]
    count = shape[2] if len(shape) == 3 else 1
    bgr = channels == "BGR"
    if bgr and count == 1:
        raise StreamlitAPIException('When using `channels="BGR"`, the input image should have exactly 3 color channels')
    flat: list[Any] = []
    for row in rows:
        if len(row) != width:
            raise StreamlitValueError("image", ["a 2D or 3D NumPy array"])
        for pixel in row:
            if len(shape) == 2:
                flat.append(pixel)
                continue
            if len(pixel) != count:
                raise StreamlitValueError("image", ["a 2D or 3D NumPy array"])
            flat.extend((pixel[2], pixel[1], pixel[0]) if bgr else pixel)
    return encode_png(width, height, 3 if bgr else count, _scale(flat, clamp))

"""Hashing a cached function's arguments into a cache key.

Each value becomes bytes tagged with its type's name, so ``1``, ``1.0``,
``"1"`` and ``True`` differ. What is hashable follows Streamlit: primitives,
containers (order matters, also for dicts), dates, UUIDs, enums, dataclasses,
numpy arrays, pandas/polars objects, PIL images, regexes, in-memory and named
files, uploaded files, modules, classes, builtins, ``functools.partial`` and
pydantic models; anything else through ``__reduce__`` (what pickle uses), and
what that fails on (plain functions, locks, connections ...) is unhashable.
``hash_funcs`` (type or "module.QualName" -> function) take precedence for
their types. Unlike Streamlit, large arrays and frames are hashed in full,
not sampled.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import inspect
import io
import os
import re
import struct
import uuid
from collections.abc import ItemsView
from datetime import datetime
from enum import Enum
from types import MappingProxyType
from typing import Any, Callable, Union

from wasmlit.errors import UserHashError

# st.cache_data/st.cache_resource's hash_funcs: a type (or its full name,
# "module.QualName") -> a function whose result is hashed in place of the
# value (Streamlit's name).
HashFuncsDict = dict[Union[str, type[Any]], Callable[[Any], Any]]

_CYCLE = b"wasmlit-cache-hash-cycle"


_PANDAS_SERIES = ("pandas.Series", "pandas.core.series.Series")
_PANDAS_FRAME = ("pandas.DataFrame", "pandas.core.frame.DataFrame")


class UnhashableTypeError(Exception):
    """Raised inside the hasher for a value it cannot hash."""


def type_fqn(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def new_hasher() -> "hashlib.blake2b":
    return hashlib.blake2b(digest_size=16)


def _fqn_of(value: Any) -> str:
    return type_fqn(type(value))


def _is(value: Any, *fqns: str) -> bool:
    return _fqn_of(value) in fqns


class ValueHasher:
    """Feeds values into a hashlib hasher; one per cache key computation."""

    def __init__(self, cache_type: str, hash_funcs: HashFuncsDict | None = None, hash_source: Any = None) -> None:
        self.cache_type = cache_type
        self.hash_source = hash_source
        self.hash_funcs = {
            (key if isinstance(key, str) else type_fqn(key)): func for key, func in (hash_funcs or {}).items()
        }
        self._stack: dict[int, Any] = {}  # values being hashed, outermost first (cycle check, error chain)

    def update(self, hasher: Any, value: Any) -> None:
        hasher.update(self.to_bytes(value))

    def to_bytes(self, value: Any) -> bytes:
        if id(value) in self._stack:
            return _CYCLE
        self._stack[id(value)] = value
        try:
            return type(value).__qualname__.encode() + b":" + self._body(value)
        finally:
            self._stack.pop(id(value), None)

    def _digest(self, *parts: Any) -> bytes:
        h = new_hasher()
        for part in parts:
            self.update(h, part)
        return h.digest()

    def _hash_chain(self) -> str:
        lines = []
        for item in reversed(list(self._stack.values())):
            try:
                lines.append(f"Object of type {_fqn_of(item)}: {item}")
            except Exception:  # noqa: BLE001 - any object's str() may fail
                lines.append("<Unable to convert item to string>")
        return "\n".join(lines)

    def _body(self, value: Any) -> bytes:  # one branch per kind of value
        if _is(value, "unittest.mock.Mock", "unittest.mock.MagicMock"):
            return self.to_bytes(id(value))
        if isinstance(value, bytes):
            return value
        if isinstance(value, bytearray):
            return bytes(value)
        user_func = self.hash_funcs.get(_fqn_of(value))
        if user_func is not None:
            try:
                replacement = user_func(value)
            except Exception as exc:
                raise UserHashError(
                    exc, value, user_func, self.cache_type, self.hash_source, self._hash_chain()
                ) from exc
            return self.to_bytes(replacement)
        if isinstance(value, str):
            return value.encode()
        if isinstance(value, float):
            return struct.pack("<d", value)
        if isinstance(value, int):
            return value.to_bytes((value.bit_length() + 8) // 8, "little", signed=True)
        if isinstance(value, uuid.UUID):
            return value.bytes
        if isinstance(value, datetime):
            return value.isoformat().encode()
        if isinstance(value, (list, tuple)):
            return self._digest(*value)
        if isinstance(value, dict):
            return self._digest(*value.items())
        if value is None:
            return b"0"
        if _is_dataclass_instance(value):
            return self.to_bytes(dataclasses.asdict(value))
        if isinstance(value, Enum):
            return str(value).encode()
        if _is(value, *_PANDAS_SERIES, *_PANDAS_FRAME):
            return self._pandas(value)
        if _is(value, "polars.series.series.Series"):
            return self._digest(str(value.dtype), value.shape, value.hash(seed=0).to_list())
        if _is(value, "polars.dataframe.frame.DataFrame"):
            schema = [(name, str(dtype)) for name, dtype in value.schema.items()]
            return self._digest(value.shape, schema, value.hash_rows(seed=0).to_list())
        if _is(value, "numpy.ndarray"):
            return self._digest(value.shape, str(value.dtype), value.tobytes())
        if _is_pil_image(value):
            palette = value.getpalette() if value.mode == "P" else None
            return self._digest(value.mode, value.size, bytes(palette or b""), value.tobytes())
        if inspect.isbuiltin(value):
            return value.__name__.encode()
        if isinstance(value, (MappingProxyType, ItemsView)):
            return self.to_bytes(dict(value))
        if _is(value, "builtins.getset_descriptor"):
            return value.__qualname__.encode()
        if _is(value, "wasmlit.runtime.uploads.UploadedFile", "streamlit.runtime.uploaded_file_manager.UploadedFile"):
            return self._digest(value.name, value.tell(), value.getvalue())
        file_name = _file_name(value)
        if file_name is not None:
            return self._digest(file_name, os.path.getmtime(file_name), value.tell())
        if isinstance(value, re.Pattern):
            return self.to_bytes([value.pattern, value.flags])
        if isinstance(value, (io.StringIO, io.BytesIO)):
            return self._digest(value.tell(), value.getvalue())
        if _is(value, "numpy.ufunc"):
            return value.__name__.encode()
        if inspect.ismodule(value) or inspect.isclass(value):
            return self.to_bytes(value.__name__)
        if isinstance(value, functools.partial):
            return self._digest(value.args, value.func, value.keywords)
        if _is_pydantic_model(value):
            try:
                dump = value.model_dump_json() if hasattr(value, "model_dump_json") else value.json()
            except Exception as exc:
                raise UnhashableTypeError("Pydantic object contains unhashable members, such as functions.") from exc
            return self._digest(dump)
        try:
            reduced = value.__reduce__()
        except Exception as exc:
            raise UnhashableTypeError() from exc
        if isinstance(reduced, str):  # a global's name (what pickle stores by reference)
            return self._digest(reduced)
        return self._digest(*reduced)

    def _pandas(self, value: Any) -> bytes:
        from pandas.util import hash_pandas_object

        if _is(value, *_PANDAS_SERIES):
            head: tuple[Any, ...] = (value.size, value.dtype.name)
            hashed = lambda: hash_pandas_object(value).to_numpy().tobytes()  # noqa: E731
        else:
            head = (value.shape,)
            hashed = lambda: (  # noqa: E731
                hash_pandas_object(value.dtypes).to_numpy().tobytes() + hash_pandas_object(value).to_numpy().tobytes()
            )
        try:
            return self._digest(*head, hashed())
        except TypeError:
            import pickle

            return pickle.dumps(value, pickle.HIGHEST_PROTOCOL)


def _is_dataclass_instance(value: Any) -> bool:
    return not isinstance(value, type) and dataclasses.is_dataclass(value)


def _is_pil_image(value: Any) -> bool:
    return not isinstance(value, type) and any(type_fqn(c) == "PIL.Image.Image" for c in type(value).__mro__)


def _file_name(value: Any) -> str | bytes | None:
    """The name of an open file (not an in-memory one), None for anything else."""
    if not isinstance(value, io.IOBase) or isinstance(value, (io.StringIO, io.BytesIO)):
        return None
    name = getattr(value, "name", None)
    return name if isinstance(name, (str, bytes)) else None


def _is_pydantic_model(value: Any) -> bool:
    return any(
        type_fqn(c) in ("pydantic.main.BaseModel", "pydantic.v1.main.BaseModel") for c in type(value).__mro__[1:]
    )


def update_hash(
    value: Any,
    hasher: Any,
    cache_type: str,
    hash_source: Callable[..., Any] | None = None,
    hash_funcs: HashFuncsDict | None = None,
) -> None:
    ValueHasher(cache_type, hash_funcs, hash_source).update(hasher, value)

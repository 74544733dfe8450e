"""st.query_params: dict- and attribute-like access to the URL's query
parameters (runtime/query_params.py holds them)."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any, Iterator

from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit.runtime.query_params import QueryParams, missing_attribute_message, missing_key_message


def _params() -> QueryParams:
    return current_or_bare_ctx().query_params


class QueryParamsProxy(MutableMapping[str, str]):
    def __iter__(self) -> Iterator[str]:
        return iter(_params().keys())

    def __len__(self) -> int:
        return len(_params().keys())

    def __str__(self) -> str:
        return str(_params())

    def __repr__(self) -> str:
        return str(_params())

    def __contains__(self, key: object) -> bool:
        return key in _params()

    def __getitem__(self, key: str) -> str:
        try:
            return _params()[key]
        except KeyError:
            raise KeyError(missing_key_message(key)) from None

    def __setitem__(self, key: str, value: Any) -> None:
        _params()[key] = value

    def __delitem__(self, key: str) -> None:
        del _params()[key]

    def __getattr__(self, key: str) -> str:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return _params()[key]
        except KeyError:
            raise AttributeError(missing_attribute_message(key)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        _params()[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del _params()[key]
        except KeyError:
            raise AttributeError(missing_key_message(key)) from None

    def update(self, other: Any = (), /, **kwargs: Any) -> None:
        _params().update(other, **kwargs)

    def get_all(self, key: str) -> list[str]:
        return _params().get_all(key)

    def clear(self) -> None:
        _params().clear()

    def to_dict(self) -> dict[str, str]:
        return _params().to_dict()

    def from_dict(self, params: Any) -> None:
        _params().from_dict(params)

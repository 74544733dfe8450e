"""st.session_state: the dict- and attribute-like view scripts use."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any, Iterator

from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit.runtime.session_state import SessionState, missing_attribute_message
from wasmlit.widgets.common import require_valid_user_key


def _state() -> SessionState:
    return current_or_bare_ctx().session_state


class SessionStateProxy(MutableMapping[str, Any]):
    """Reads and writes the current session's state."""

    def __iter__(self) -> Iterator[str]:
        return iter(_state().filtered_state())

    def __len__(self) -> int:
        return len(_state().filtered_state())

    def __str__(self) -> str:
        return str(_state().filtered_state())

    def __repr__(self) -> str:
        return repr(_state().filtered_state())

    def __getitem__(self, key: Any) -> Any:
        key = str(key)
        require_valid_user_key(key)
        return _state()[key]

    def __setitem__(self, key: Any, value: Any) -> None:
        key = str(key)
        require_valid_user_key(key)
        _state()[key] = value

    def __delitem__(self, key: Any) -> None:
        key = str(key)
        require_valid_user_key(key)
        del _state()[key]

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(missing_attribute_message(key)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(missing_attribute_message(key)) from None

    def to_dict(self) -> dict[str, Any]:
        return _state().filtered_state()

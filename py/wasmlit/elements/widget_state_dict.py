"""Read-only dicts with attribute access: what selection widgets return
(st.dataframe, st.plotly_chart and st.pydeck_chart with ``on_select``), as
Streamlit 1.67's ``ReadOnlyAttributeDictionary``: ``state.selection.points``
and ``state["selection"]["points"]`` both work, any change raises TypeError."""

from __future__ import annotations

from typing import Any

READ_ONLY_ERROR_MSG = (
    "Widget state is read-only because modifying nested values has no effect "
    "on the app. For widget states that support programmatic updates "
    "(e.g. st.dataframe selections), assign a new dictionary to the Session "
    "State key instead, for example:\n"
    "    st.session_state['my_key'] = {'selection': {'rows': [0]}}"
)


def _read_only(*_args: Any, **_kwargs: Any) -> Any:
    raise TypeError(READ_ONLY_ERROR_MSG)


class ReadOnlyAttributeDictionary(dict[str, Any]):
    """A dict whose keys also read as attributes; nested plain dicts read as
    read-only too; it cannot be changed."""

    def __getitem__(self, key: Any) -> Any:
        item = super().__getitem__(key)
        if isinstance(item, dict) and not isinstance(item, ReadOnlyAttributeDictionary):
            return ReadOnlyAttributeDictionary(item)
        return item

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError as err:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'") from err

    __setattr__ = _read_only
    __setitem__ = _read_only
    __delitem__ = _read_only
    __ior__ = _read_only
    clear = _read_only
    pop = _read_only
    popitem = _read_only
    setdefault = _read_only
    update = _read_only

    def __reduce__(self) -> tuple[Any, ...]:
        # copy and pickle rebuild it from a plain dict (not item by item).
        return (type(self), (dict(self),))

    def __copy__(self) -> "ReadOnlyAttributeDictionary":
        return type(self)(dict.copy(self))

    def __deepcopy__(self, memo: dict[int, Any]) -> "ReadOnlyAttributeDictionary":
        from copy import deepcopy

        return type(self)({deepcopy(k, memo): deepcopy(v, memo) for k, v in self.items()})


class SelectionEventState(ReadOnlyAttributeDictionary):
    """``{"selection": ...}`` whose ``selection`` reads as ``SELECTION_TYPE``,
    the same object on every access (Streamlit's PlotlyState, PydeckState)."""

    SELECTION_TYPE: type[ReadOnlyAttributeDictionary] = ReadOnlyAttributeDictionary

    def __getitem__(self, key: Any) -> Any:
        if key == "selection":
            item = dict.__getitem__(self, key)
            if not isinstance(item, self.SELECTION_TYPE):
                item = self.SELECTION_TYPE(item)
                dict.__setitem__(self, key, item)
            return item
        return super().__getitem__(key)

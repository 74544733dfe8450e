"""How a widget's value travels: ``serialize`` turns the script's value into
the wire value the page shows (and session state keeps for the next run),
``deserialize`` turns the page's wire value (None: the page has none yet)
back into the script's value. One small class per widget kind, as in
Streamlit (its ``CheckboxSerde``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class WidgetSerde(Protocol[T]):
    def serialize(self, value: T) -> Any: ...

    def deserialize(self, wire: Any) -> T: ...


@dataclass(frozen=True)
class BoolSerde:
    """st.checkbox and st.toggle: the wire holds a bool."""

    default: bool

    def serialize(self, value: Any) -> bool:
        return bool(value)

    def deserialize(self, wire: Any) -> bool:
        return self.default if wire is None else bool(wire)


@dataclass(frozen=True)
class TriggerSerde:
    """A button: True only in the run its click started."""

    def serialize(self, value: Any) -> bool:
        return bool(value)

    def deserialize(self, wire: Any) -> bool:
        return wire is True


@dataclass(frozen=True)
class PassThroughSerde(Generic[T]):
    """A value the wire holds as it is (None: the default)."""

    default: T

    def serialize(self, value: T) -> T:
        return value

    def deserialize(self, wire: Any) -> T:
        return self.default if wire is None else wire

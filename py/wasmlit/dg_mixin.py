"""The DeltaGenerator a command mixin's ``self`` is.

The elements, widgets and layouts are written as mixin classes that only
DeltaGenerator inherits (delta_generator.py), so a mixin method's ``self`` is
always a DeltaGenerator. A mixin cannot say so in its own annotations (the
class would have to import the DeltaGenerator it is part of, and mypy accepts
a self type only if it is a supertype of the mixin); ``as_dg`` says it once."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


def as_dg(mixin: object) -> DeltaGenerator:
    """A mixin method's ``self``, typed as the DeltaGenerator it is."""
    return cast("DeltaGenerator", mixin)

"""The containers st.tabs, st.expander and st.popover return (Streamlit
1.67's TabContainer, ExpanderContainer and PopoverContainer): a
DeltaGenerator with an ``.open`` attribute, whether the tab is the open one
or the expander/popover is open (None when the container does not track its
state: ``on_change="ignore"`` without ``bind``; see stateful_container.py)."""

from __future__ import annotations

from wasmlit.delta_generator import DeltaGenerator


class TabContainer(DeltaGenerator):
    """One tab of st.tabs; ``open``: whether it is the open tab."""

    open: bool | None = None

    def __enter__(self) -> "TabContainer":
        super().__enter__()
        return self


class ExpanderContainer(DeltaGenerator):
    """What st.expander returns; ``open``: whether it is expanded."""

    open: bool | None = None

    def __enter__(self) -> "ExpanderContainer":
        super().__enter__()
        return self


class PopoverContainer(DeltaGenerator):
    """What st.popover returns; ``open``: whether it is open."""

    open: bool | None = None

    def __enter__(self) -> "PopoverContainer":
        super().__enter__()
        return self

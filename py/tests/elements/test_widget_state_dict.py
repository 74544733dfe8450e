"""The read-only selection states (Streamlit's ReadOnlyAttributeDictionary)."""

import copy
import pickle

import pytest

from wasmlit.elements.plotly_chart import PlotlySelectionState, PlotlyState
from wasmlit.elements.widget_state_dict import READ_ONLY_ERROR_MSG, ReadOnlyAttributeDictionary


def _state():
    return PlotlyState(
        {"selection": {"points": [{"x": 1}], "point_indices": [0], "box": [], "lasso": []}, "extra": {"a": 1}}
    )


def test_attribute_and_item_access():
    state = _state()
    assert isinstance(state.selection, PlotlySelectionState)
    assert state.selection is state["selection"]
    assert state.selection.points == [{"x": 1}]
    assert isinstance(state.extra, ReadOnlyAttributeDictionary) and state.extra.a == 1
    with pytest.raises(AttributeError, match="'PlotlyState' object has no attribute 'nope'"):
        state.nope


@pytest.mark.parametrize(
    "change",
    [
        lambda s: setattr(s, "selection", {}),
        lambda s: s.__setitem__("selection", {}),
        lambda s: s.__delitem__("selection"),
        lambda s: s.clear(),
        lambda s: s.pop("selection"),
        lambda s: s.popitem(),
        lambda s: s.setdefault("x", 1),
        lambda s: s.update({}),
        lambda s: s.selection.__setitem__("points", []),
    ],
)
def test_changes_raise(change):
    with pytest.raises(TypeError) as error:
        change(_state())
    assert str(error.value) == READ_ONLY_ERROR_MSG


def test_copies_keep_the_type():
    state = _state()
    for clone in (copy.copy(state), copy.deepcopy(state), pickle.loads(pickle.dumps(state))):
        assert type(clone) is PlotlyState and clone == state

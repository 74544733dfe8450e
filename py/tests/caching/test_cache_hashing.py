"""What the hasher accepts, and that equal values hash equal."""

import dataclasses
import datetime
import enum
import functools
import io
import re
import threading
import uuid

import pytest

from wasmlit.caching.hashing import UnhashableTypeError, new_hasher, update_hash
from cache_fixtures import clock, empty_caches  # noqa: F401 - fixtures


def digest(value, hash_funcs=None):
    h = new_hasher()
    update_hash(value, h, "data", hash_funcs=hash_funcs)
    return h.hexdigest()


@dataclasses.dataclass
class Point:
    x: int
    y: int


class Color(enum.Enum):
    RED = 1


def make_values():
    return [
        None,
        True,
        0,
        -5,
        2**70,
        1.5,
        "text",
        b"bytes",
        bytearray(b"ba"),
        [1, [2]],
        (1, "a"),
        {"k": [1]},
        {1, 2},
        frozenset({3}),
        range(4),
        uuid.UUID(int=7),
        datetime.datetime(2024, 1, 2, 3, 4),
        datetime.date(2024, 1, 2),
        Point(1, 2),
        Color.RED,
        re.compile("a+", re.I),
        io.BytesIO(b"x"),
        io.StringIO("y"),
        functools.partial(max, 1),
        len,
        int,
        re,
        ...,
    ]


def make_data_values(np, pd):
    return [
        np.arange(6).reshape(2, 3),
        np.float64(2.5),
        pd.Series([1, 2]),
        pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}),
    ]


def test_supported_values_hash_and_equal_values_hash_equal():
    first = [digest(v) for v in make_values()]
    second = [digest(v) for v in make_values()]
    assert first == second
    assert len(set(first)) == len(first)


def test_numpy_and_pandas_values_hash_and_equal_values_hash_equal():
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    first = [digest(v) for v in make_data_values(np, pd)]
    assert first == [digest(v) for v in make_data_values(np, pd)]
    assert len(set(first)) == len(first)
    assert not set(first) & {digest(v) for v in make_values()}


def test_changes_in_numpy_and_pandas_data_change_the_hash():
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    assert digest(np.array([1, 2, 3])) != digest(np.array([1, 2, 4]))
    assert digest(np.array([1, 2, 3])) != digest(np.array([1, 2, 3], dtype=float))
    assert digest(pd.DataFrame({"a": [1]})) != digest(pd.DataFrame({"a": [2]}))
    assert digest(pd.DataFrame({"a": [1]})) != digest(pd.DataFrame({"a": [1.0]}))


def test_changes_in_data_change_the_hash():
    assert digest(Point(1, 2)) != digest(Point(2, 1))
    assert digest({"a": 1, "b": 2}) != digest({"b": 2, "a": 1})  # order matters, as in Streamlit


def test_cycles_terminate():
    loop = [1]
    loop.append(loop)
    assert digest(loop) == digest(loop)


@pytest.mark.parametrize("value", [lambda: 1, threading.Lock(), object(), (x for x in []), 1 + 2j])
def test_unhashable_values(value):
    with pytest.raises(UnhashableTypeError):
        digest(value)


def test_hash_funcs_make_unhashable_types_hashable():
    lock = threading.Lock()
    assert digest(lock, {type(lock): lambda _: "same"}) == digest(threading.Lock(), {type(lock): lambda _: "same"})

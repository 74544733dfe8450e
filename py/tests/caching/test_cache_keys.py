"""Cache keys: same arguments hit, different ones miss, `_` arguments are not
hashed, the function's source is part of the key, hash_funcs replace the
hashing of their types, and unhashable arguments raise Streamlit's error."""

import dataclasses
import threading

import pytest

from wasmlit.caching import cache_data, cache_resource
from wasmlit.caching.keys import function_key, value_key
from wasmlit.errors import UnhashableParamError, UserHashError
from wasmlit.testing import AppTest
from cache_fixtures import clock, empty_caches  # noqa: F401 - fixtures


def test_same_arguments_hit_and_different_ones_miss():
    calls = []

    @cache_data
    def square(x, y=1):
        calls.append(x)
        return x * x * y

    assert square(3) == 9
    assert square(3) == 9
    assert calls == [3]
    assert square(4) == 16
    assert square(3, y=2) == 18
    assert calls == [3, 4, 3]


def test_positional_and_keyword_spelling_are_different_keys_like_streamlit():
    # Streamlit hashes (name, value) pairs in call order: square(3) names x,
    # square(x=3) too, so both hit the same entry.
    calls = []

    @cache_data
    def square(x):
        calls.append(x)
        return x * x

    square(3)
    square(x=3)
    assert calls == [3]


def test_underscore_arguments_are_not_hashed():
    calls = []

    @cache_data
    def fetch(_connection, rows):
        calls.append(rows)
        return rows

    fetch(object(), 10)
    fetch(threading.Lock(), 10)  # unhashable, but ignored
    assert calls == [10]
    fetch(object(), 11)
    assert calls == [10, 11]


def test_types_of_equal_looking_values_differ():
    calls = []

    @cache_data
    def ident(x):
        calls.append(x)
        return x

    for value in (1, 1.0, "1", True, b"1", (1,), [1]):
        ident(value)
    assert len(calls) == 7


def test_equal_containers_hit():
    calls = []

    @cache_resource
    def ident(x):
        calls.append(x)
        return x

    ident({"a": [1, 2], "b": (3, {"c": None})})
    ident({"a": [1, 2], "b": (3, {"c": None})})
    assert len(calls) == 1


def test_hash_funcs_by_type_and_by_name():
    class Conn:
        def __init__(self, url):
            self.url = url
            self.lock = threading.Lock()  # makes it unhashable by default

    calls = []

    @cache_data(hash_funcs={Conn: lambda c: c.url})
    def query(conn):
        calls.append(conn.url)
        return conn.url

    query(Conn("a"))
    query(Conn("a"))
    query(Conn("b"))
    assert calls == ["a", "b"]

    fqn = f"{Conn.__module__}.{Conn.__qualname__}"

    @cache_data(hash_funcs={fqn: lambda c: c.url})
    def query2(conn):
        calls.append(conn.url)
        return conn.url

    query2(Conn("a"))
    query2(Conn("a"))
    assert calls == ["a", "b", "a"]


def test_failing_hash_func_raises_user_hash_error():
    def bad_hash(value):
        raise ValueError("boom")

    class Thing:
        pass

    @cache_data(hash_funcs={Thing: bad_hash})
    def use(thing):
        return 1

    with pytest.raises(UserHashError) as info:
        use(Thing())
    text = str(info.value)
    assert text.startswith("\nboom\n\nThis error is likely due to a bug in `bad_hash()`")
    assert "passed into the `@st.cache_data` decorator of\n`use()`." in text


def test_unhashable_argument_raises_streamlits_error_text():
    @cache_resource
    def use(conn, n):
        return n

    with pytest.raises(UnhashableParamError) as info:
        use(threading.Lock(), 1)
    assert str(info.value) == (
        "Cannot hash argument 'conn' (of type `_thread.lock`) in 'use'.\n\n"
        "To address this, you can tell Streamlit not to hash this argument by adding a\n"
        "leading underscore to the argument's name in the function signature:\n\n"
        "```\n@st.cache_resource\ndef use(_conn, ...):\n    ...\n```\n            "
    )
    assert type(info.value).__module__ == "streamlit.runtime.caching.cache_errors"


def test_unnamed_extra_positional_argument_error():
    @cache_data
    def use(*args):
        return 1

    with pytest.raises(UnhashableParamError, match=r"(?s)Cannot hash argument '\(unnamed\)' .*def use\(_arg, \.\.\.\)"):
        use(lambda: 0)


def test_function_key_covers_module_name_and_source():
    ns1, ns2, ns3 = {}, {}, {}
    exec(compile("def f(x):\n    return x\n", "<a>", "exec"), ns1)
    exec(compile("def f(x):\n    return x + 1\n", "<b>", "exec"), ns2)
    exec(compile("def g(x):\n    return x\n", "<c>", "exec"), ns3)
    keys = {function_key("data", ns["f" if "f" in ns else "g"]) for ns in (ns1, ns2, ns3)}
    assert len(keys) == 3
    exec(compile("def f(x):\n    return x\n", "<d>", "exec"), ns2)
    assert function_key("data", ns2["f"]) == function_key("data", ns1["f"])


def test_value_key_is_stable_and_ignores_underscored_names():
    def f(a, _b, c=0):
        return a

    assert value_key("data", f, (1, 2), {}, None) == value_key("data", f, (1, 3), {}, None)
    assert value_key("data", f, (1, 2), {"c": 1}, None) != value_key("data", f, (1, 2), {}, None)


def test_source_change_misses_in_an_app(app_file):
    """Editing a cached function's body starts a fresh cache."""
    script = app_file(
        """
        import streamlit as st
        @st.cache_data
        def value():
            return 1
        st.write(value())
        """
    )
    at = AppTest.from_file(str(script)).run()
    assert at.markdown[0].value == "`1`"
    script.write_text(script.read_text().replace("return 1", "return 2"))
    at.run()
    assert at.markdown[0].value == "`2`"
    script.write_text(script.read_text().replace("return 2", "return 1"))
    at.run()
    assert at.markdown[0].value == "`1`"


def test_methods_hash_self_and_static_methods_work():
    """As in Streamlit 1.67: `self` is hashed like any argument (a dataclass
    instance hashes by its fields; a plain instance is unhashable, since its
    reduce value holds a function); `_self` is not hashed at all."""
    calls = []

    @dataclasses.dataclass
    class Model:
        size: int

        @cache_data
        def predict(self, x):
            calls.append((self.size, x))
            return self.size * x

        @staticmethod
        @cache_data
        def helper(x):
            calls.append(("static", x))
            return x

    assert Model(2).predict(3) == 6
    assert Model(2).predict(3) == 6  # an equal instance hashes the same
    assert Model(5).predict(3) == 15
    assert Model.helper(1) == 1 and Model(1).helper(1) == 1
    assert calls == [(2, 3), (5, 3), ("static", 1)]
    Model(2).predict.clear(3)
    Model(2).predict(3)
    assert calls[-1] == (2, 3)


def test_plain_instance_self_is_unhashable_and_underscore_self_is_ignored():
    class Plain:
        def __init__(self, n):
            self.n = n

        @cache_data
        def times(self, x):
            return self.n * x

        @cache_data
        def times_ignoring_self(_self, x):
            return _self.n * x

    with pytest.raises(UnhashableParamError, match="Cannot hash argument 'self'"):
        Plain(2).times(3)
    assert Plain(2).times_ignoring_self(3) == 6
    assert Plain(5).times_ignoring_self(3) == 6  # the instance is not part of the key

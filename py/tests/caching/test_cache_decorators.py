"""The decorators in apps (AppTest) and on the wire (harness): copies vs
shared objects, clear(), ttl on an injected clock, spinners, replay of the
elements a cached function shows, and Streamlit's parameter checks."""

import asyncio

import pytest

from wasmlit.caching import cache_data, cache_resource
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    UnserializableReturnValueError,
)
from wasmlit.testing import AppTest
from cache_fixtures import clock, empty_caches  # noqa: F401 - fixtures

COPIES = """
import streamlit as st
calls = st.session_state.setdefault("calls", [])

@st.cache_data
def data():
    calls.append("data")
    return {"n": 0}

@st.cache_resource
def resource():
    calls.append("resource")
    return {"n": 0}

for get in (data, resource):
    value = get()
    value["n"] += 1
st.write(data()["n"], resource()["n"], len(calls))
"""


def test_data_returns_copies_and_resource_shares_one_object():
    at = AppTest.from_string(COPIES).run()
    # The miss returns the computed object itself; hits return copies.
    assert at.markdown[0].value == "`0` `1` `2`"
    at.run()
    assert at.markdown[0].value == "`0` `2` `2`"


def test_clear_one_function_one_entry_and_all():
    calls = []

    @cache_data
    def double(x):
        calls.append(x)
        return 2 * x

    @cache_resource
    def triple(x):
        calls.append(-x)
        return 3 * x

    double(1), double(2), triple(1)
    double.clear(1)
    double(1), double(2)
    assert calls == [1, 2, -1, 1]
    double.clear()
    double(2)
    assert calls[-1] == 2
    cache_data.clear()
    double(2), triple(1)
    assert calls[-1] == 2 and calls.count(-1) == 1
    cache_resource.clear()
    triple(1)
    assert calls.count(-1) == 2


def test_decorator_with_and_without_arguments_keeps_the_function_name():
    @cache_data
    def bare():
        """Doc."""
        return 1

    @cache_data(ttl=5, max_entries=3, show_spinner=False)
    def configured():
        return 2

    assert (bare(), configured()) == (1, 2)
    assert bare.__name__ == "bare" and bare.__doc__ == "Doc."
    assert configured.__wrapped__() == 2


def test_ttl_expiry_in_an_app(clock):
    at = AppTest.from_string(
        """
        import streamlit as st
        runs = st.session_state.setdefault("runs", [0])
        @st.cache_data(ttl="1m")
        def stamp():
            runs[0] += 1
            return runs[0]
        st.write(stamp())
        """
    ).run()
    assert at.markdown[0].value == "`1`"
    clock.advance(59)
    assert at.run().markdown[0].value == "`1`"
    clock.advance(1)
    assert at.run().markdown[0].value == "`2`"


def test_max_entries_evicts_least_recently_used_in_calls():
    calls = []

    @cache_resource(max_entries=2)
    def ident(x):
        calls.append(x)
        return x

    ident(1), ident(2), ident(1), ident(3)  # 2 is the least recently used
    ident(1)
    assert calls == [1, 2, 3]
    ident(2)
    assert calls == [1, 2, 3, 2]


def test_validate_and_on_release():
    released = []
    healthy = {"ok": True}

    @cache_resource(validate=lambda conn: healthy["ok"], on_release=released.append)
    def connect():
        return object()

    first = connect()
    assert connect() is first
    healthy["ok"] = False
    second = connect()
    assert second is not first and released == [first]
    healthy["ok"] = True
    cache_resource.clear()
    assert released == [first, second]


def test_unpicklable_return_value_raises_streamlits_error():
    @cache_data
    def make_lock():
        import threading

        return threading.Lock()

    with pytest.raises(UnserializableReturnValueError) as info:
        make_lock()
    assert "Cannot serialize the return value (of type `_thread.lock`)\n            in `make_lock()`." in str(
        info.value
    )


def test_parameter_checks():
    with pytest.raises(StreamlitValueError, match="Invalid `persist` value. Supported values: 'disk', None."):
        cache_data(persist="memory")
    with pytest.raises(StreamlitValueError, match="Invalid `scope` value"):
        cache_resource(scope="tab")
    with pytest.raises(StreamlitMissingRequiredParameterError, match="The `ttl` parameter is required."):
        cache_data(refresh_mode="background")
    with pytest.raises(StreamlitIncompatibleParametersError):
        cache_data(ttl=5, refresh_mode="background", persist=True)

    async def check(value):
        return True

    with pytest.raises(StreamlitAPIException, match="The `validate` callback of `st.cache_resource`"):
        cache_resource(validate=check)

    async def agen():
        yield 1

    with pytest.raises(StreamlitAPIException, match="Async-generator functions cannot be cached"):
        cache_data(agen)


def test_persist_disk_ignores_ttl_with_streamlits_warning(capsys, clock):
    @cache_data(persist="disk", ttl=1)
    def value():
        return object()

    assert "has a TTL that will be ignored" in capsys.readouterr().err
    first = value()
    clock.advance(10)
    assert type(value()) is type(first)


def test_async_functions_are_cached():
    calls = []

    @cache_data
    async def load(x):
        calls.append(x)
        return [x]

    assert asyncio.run(load(1)) == [1]
    assert asyncio.run(load(1)) == [1]
    assert calls == [1]


def test_session_scope_needs_a_session_and_is_per_session():
    @cache_data(scope="session")
    def value():
        return 1

    with pytest.raises(StreamlitAPIException, match="A session-scoped cache was accessed outside"):
        value()
    script = """
    import streamlit as st
    counter = __import__("builtins").__dict__.setdefault("_wasmlit_scope_calls", [])
    @st.cache_data(scope="session")
    def value():
        counter.append(1)
        return len(counter)
    st.write(value())
    """
    first = AppTest.from_string(script).run()
    assert first.run().markdown[0].value == "`1`"
    assert AppTest.from_string(script).run().markdown[0].value == "`2`"
    del __import__("builtins")._wasmlit_scope_calls


# -- spinners (on the wire: the spinner is gone from the tree after the call)


def spinner_texts(harness):
    return [
        m["node"]["props"]["text"]
        for m in harness.messages
        if m["type"] == "delta" and m["node"].get("type") == "spinner"
    ]


def test_spinner_shows_on_a_miss_only(app):
    harness = app(
        """
        import streamlit as st
        @st.cache_data
        def none():
            return 1
        @st.cache_data
        def some(x):
            return x
        @st.cache_resource(show_spinner="Connecting...")
        def custom():
            return 2
        @st.cache_data(show_spinner=False)
        def quiet():
            return 3
        @st.cache_data
        def outer():
            return none() + 1  # nested: no second spinner
        none(); some(1); custom(); quiet(); outer()
        st.write("done")
        """
    )
    assert spinner_texts(harness) == [
        "Running `none()`.",
        "Running `some(...)`.",
        "Connecting...",
        "Running `outer()`.",
    ]
    before = len(harness.messages)
    harness.run()
    assert spinner_texts(type("H", (), {"messages": harness.messages[before:]})) == []
    assert harness.texts() == ["done"]


# -- replay of elements ----------------------------------------------------

REPLAY = """
import streamlit as st
runs = st.session_state.setdefault("runs", [0])
@st.cache_data(show_spinner=False)
def report(n):
    runs[0] += 1
    st.subheader(f"Report {n}")
    with st.expander("Details"):
        st.write("rows", n)
        cols = st.columns(2)
        cols[1].caption("right")
    slot = st.empty()
    slot.text("replaced")
    st.sidebar.info("side")
    return n * 10
with st.container(key="box"):
    value = report(3)
st.write("value", value, runs[0])
"""


def snapshot(at):
    return (
        [h.value for h in at.subheader],
        [m.value for m in at.markdown],
        [c.value for c in at.caption],
        [t.value for t in at.text],
        [i.value for i in at.sidebar.info],
        [e.label for e in at.expander],
        len(at.main.children),
    )


def test_elements_shown_inside_are_replayed_on_hits():
    at = AppTest.from_string(REPLAY).run()
    miss = snapshot(at)
    assert miss[1] == ["rows `3`", "value `30` `1`"]
    at.run()
    hit = snapshot(at)
    assert hit[1] == ["rows `3`", "value `30` `1`"]  # the function did not run again
    assert hit == miss
    # Replayed where the call was made: inside the keyed container.
    box = at.main[0]
    assert [h.value for h in box.subheader] == ["Report 3"]
    assert [c.value for c in box.caption] == ["right"]
    assert [t.value for t in box.text] == ["replaced"]


def test_elements_in_a_block_made_outside_raise_on_replay():
    at = AppTest.from_string(
        """
        import streamlit as st
        outside = st.container()
        @st.cache_data(show_spinner=False)
        def fill():
            outside.write("inside")
            return 1
        fill()
        """
    ).run()
    assert not at.exception and at.markdown[0].value == "inside"
    at.run()
    assert "a streamlit element is called on some layout block" in at.exception[0].value


def test_widgets_in_cached_functions_show_streamlits_warning():
    at = AppTest.from_string(
        """
        import streamlit as st
        @st.cache_resource
        def pick():
            return st.checkbox("inside")
        pick()
        """
    ).run()
    assert at.exception[0].value.startswith("Your script uses a widget command in a cached function")
    assert at.checkbox[0].label == "inside"

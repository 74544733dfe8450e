"""st.components.v2 on the Python side: registration, the bidiComponent
element, state and trigger values, callbacks by name, what st.session_state
shows, and Streamlit 1.67's errors."""

import pytest

from wasmlit.testing import AppTest

JS = "export default function(component) {}"


def _run(app_file, source):
    return AppTest.from_file(app_file(source)).run()


def _element(at):
    (element,) = at.get("bidi_component")
    return element


def test_the_element_carries_the_components_code_and_data(app_file):
    at = _run(
        app_file,
        f"""
        import streamlit as st
        c = st.components.v2.component("demo", html="<p>hi</p>", css="p {{ color: red; }}", js={JS!r})
        c(key="k", data={{"a": 1}}, width="content", height=100)
    """,
    )
    assert not at.exception
    element = _element(at)
    assert element.key == "k"
    assert element.component_name == "demo"
    assert element.html_content == "<p>hi</p>"
    assert element.css_content == "p { color: red; }"
    assert element.js_content == JS
    assert element.isolate_styles is True
    assert element.data == {"json": '{"a": 1}'}
    assert (element.width, element.height) == ("content", 100)
    assert element.aggregator_id == f"$$STREAMLIT_INTERNAL_KEY_{element.id}__events"


def test_the_result_has_state_and_trigger_names_with_defaults(app_file):
    at = _run(
        app_file,
        """
        import streamlit as st
        c = st.components.v2.component("demo", js="export default function() {}")
        r = c(key="k", default={"count": 3}, on_count_change=lambda: None, on_clicked_change=lambda: None)
        st.write(f"{type(r).__name__} {dict(r)!r} {r.count} {r.clicked}")
        st.write(f"state {st.session_state['k']!r}")
        plain = c()
        st.write(f"plain {dict(plain)!r}")
    """,
    )
    assert [m.value for m in at.markdown] == [
        "ComponentResult {'count': 3, 'clicked': None} 3 None",
        "state {'count': 3}",
        "plain {}",
    ]


def test_state_values_persist_and_run_their_callbacks(app_file):
    at = _run(
        app_file,
        """
        import streamlit as st
        st.session_state.setdefault("log", [])
        c = st.components.v2.component("demo", js="export default function() {}")
        r = c(key="k", on_count_change=lambda: st.session_state.log.append("count"),
              on_name_change=lambda: st.session_state.log.append("name"))
        st.write(f"{r.count} {r.name} {st.session_state.log}")
    """,
    )
    element = _element(at)
    element.set_value({"count": 1}).run()
    assert at.markdown[0].value == "1 None ['count']"
    at.run()  # a rerun the component did not cause: the state stays, no callback
    assert at.markdown[0].value == "1 None ['count']"
    _element(at).set_value({"count": 1, "name": "x"}).run()
    assert at.markdown[0].value == "1 x ['count', 'name']"


def test_trigger_values_last_one_run_and_run_their_callbacks(app_file):
    at = _run(
        app_file,
        """
        import streamlit as st
        st.session_state.setdefault("log", [])
        c = st.components.v2.component("demo", js="export default function() {}")
        r = c(key="k", default={"count": 0}, on_count_change=lambda: None,
              on_clicked_change=lambda: st.session_state.log.append("clicked"))
        st.write(f"{r.clicked!r} {r.count} {st.session_state.log}")
        st.write(f"session {st.session_state['k']!r}")
    """,
    )
    element = _element(at)
    at._run({element.id: {"count": 2}, element.aggregator_id: [{"event": "clicked", "value": "yes"}]})
    assert [m.value for m in at.markdown] == ["'yes' 2 ['clicked']", "session {'clicked': 'yes', 'count': 2}"]
    at.run()
    assert [m.value for m in at.markdown] == ["None 2 ['clicked']", "session {'count': 2}"]


def test_session_state_writes_go_through_before_the_component_is_drawn(app_file):
    at = _run(
        app_file,
        """
        import streamlit as st
        c = st.components.v2.component("demo", js="export default function() {}")
        if st.session_state.get("k") is not None and st.button("bump"):
            st.session_state.k.count = 10
            st.session_state.k.unknown = 1  # no callback: ignored, as in Streamlit
        r = c(key="k", default={"count": 0}, on_count_change=lambda: None)
        st.write(f"count {r.count}")
        if st.button("late"):
            st.session_state.k.count = 11
    """,
    )
    at.run()  # now "k" exists and "bump" is drawn
    assert [b.label for b in at.button] == ["bump", "late"]
    at.button[0].click().run()
    assert at.markdown[0].value == "count 10"
    assert not at.exception
    assert at.session_state["k"] == {"count": 10}
    at.run()
    assert at.markdown[0].value == "count 10"
    at.button[1].click().run()
    (exc,) = at.exception
    assert (
        exc.message == "`st.session_state.k.count` cannot be modified after the component with key `k` is instantiated."
    )


def test_data_of_every_kind(app_file):
    pytest.importorskip("numpy")
    at = _run(
        app_file,
        """
        import numpy as np
        import streamlit as st
        c = st.components.v2.component("demo", js="export default function() {}")
        c(data=b"\\x01\\x02")
        c(data=[1, "two"])
        c(data={"table": np.array([[1, 2]]), "label": "t"})
        c(data=np.array([5, 6]))
        c(data=3.5)
        c(data={1, 2})
    """,
    )
    data = [e.data for e in at.get("bidi_component")]
    assert data[0] == {"bytes": "AQI="}
    assert data[1] == {"json": '[1, "two"]'}
    mixed = data[2]["mixed"]
    (ref,) = mixed["arrowBlobs"]
    assert mixed["json"] == '{"table": {"__streamlit_arrow_ref__": "%s"}, "label": "t"}' % ref
    assert mixed["arrowBlobs"][ref]["columns"][0]["values"] == [1]
    assert data[3]["arrow"]["columns"][0]["values"] == [5, 6]
    assert data[4] == {"json": "3.5"}
    assert at.exception[0].message == (
        "The `data` provided to the bidirectional component could not be serialized. Please ensure the data is "
        "JSON-serializable, or is a supported data structure like a pandas DataFrame."
    )


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "c(default={'x': 1})",
            "Key `'x'` in `default` is not a valid state name. Valid state names are those with "
            "corresponding `on_{state_name}_change` callbacks. Available state names: `none`",
        ),
        (
            "c(default={'x': 1}, on_y_change=print)",
            "Key `'x'` in `default` is not a valid state name. Valid state names "
            "are those with corresponding `on_{state_name}_change` callbacks. Available state names: `['y']`",
        ),
        (
            "c(on__change=print)",
            "The callback name `'on__change'` is not allowed. Callback names must follow the pattern "
            "`on_{event_name}_change` where `event_name` is not empty.",
        ),
        (
            "c(width='wide')",
            "Invalid width value: 'wide'. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
        ),
        (
            "st.components.v2.component('p', css='styles/main.css')",
            "Component 'p' must be declared in pyproject.toml with asset_dir to use file-backed css.",
        ),
        (
            "st.components.v2.component('p', js=3)",
            "Invalid `js` type. Expected one of: str, None. Provided type: int. Pass a string path or glob.",
        ),
    ],
)
def test_errors_as_streamlit(app_file, call, message):
    at = _run(
        app_file,
        f"""
        import streamlit as st
        c = st.components.v2.component("demo", js="export default function() {{}}")
        {call}
    """,
    )
    (exc,) = at.exception
    assert exc.message == message


def test_the_last_registration_of_a_name_wins(app_file):
    at = _run(
        app_file,
        """
        import streamlit as st
        first = st.components.v2.component("same", html="<p>one</p>")
        second = st.components.v2.component("same", html="<p>two</p>")
        first()
    """,
    )
    assert _element(at).html_content == "<p>two</p>"


def test_isolate_styles_when_mounting_is_ignored_with_a_warning(app_file, capsys):
    at = _run(
        app_file,
        """
        import streamlit as st
        c = st.components.v2.component("demo", html="<p>x</p>", isolate_styles=False)
        c(isolate_styles=True)
    """,
    )
    assert not at.exception
    assert _element(at).isolate_styles is False
    assert "Passing `isolate_styles` when mounting a component created via" in capsys.readouterr().err


def test_a_keyed_component_keeps_its_identity_when_its_data_changes(app_file):
    at = _run(
        app_file,
        """
        import streamlit as st
        n = st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        c = st.components.v2.component("demo", js="export default function() {}")
        c(key="kept", data=n)
        c(data=n)
    """,
    )
    first = [e.id for e in at.get("bidi_component")]
    at.run()
    second = [e.id for e in at.get("bidi_component")]
    assert first[0] == second[0] and first[1] != second[1]

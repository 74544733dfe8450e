"""wasmlit.testing.AppTest itself: that it drives the real runtime the way the
page does, and what is particular to it (test_compat.py checks the behaviour
shared with Streamlit's AppTest)."""

from __future__ import annotations

import datetime
import sys
import textwrap
import time

import pytest

from wasmlit.runtime.app_session import AppSession
from wasmlit.testing import AppTest, AppTestError
from wasmlit.testing import element_tree as et


@pytest.fixture
def sent(monkeypatch):
    """The widget values each AppSession.handle_rerun call received."""
    calls: list[dict] = []
    original = AppSession.handle_rerun

    def spy(self, request):
        calls.append(dict(request.widgets))
        return original(self, request)

    monkeypatch.setattr(AppSession, "handle_rerun", spy)
    return calls


def test_runs_the_app_session_and_sends_wire_values(sent):
    at = AppTest.from_string(
        """
        import streamlit as st
        import datetime
        st.button('Go')
        st.slider('s', 0, 10, 3)
        st.time_input('t', datetime.time(8, 45))
        st.selectbox('pick', [1, 2], format_func=lambda v: f'#{v}')
        st.checkbox('c')
        """
    ).run()
    assert isinstance(at._session, AppSession)
    assert sent == [{}]
    at.button[0].click()
    at.slider[0].set_value(7)
    at.time_input[0].set_value(datetime.time(9, 15))
    at.selectbox[0].select(2)
    at.run()
    ids = {w.type: w.id for w in at._tree._widgets()}
    assert sent[1] == {
        ids["button"]: True,
        ids["slider"]: [7],
        ids["time_input"]: "09:15",
        ids["selectbox"]: "#2",
        ids["checkbox"]: False,
    }
    # A click is sent once; the other values stay.
    at.run()
    assert ids["button"] not in sent[2]
    assert sent[2][ids["slider"]] == [7]


def test_python_state_is_left_as_it_was():
    saved_main = sys.modules["__main__"]
    saved_streamlit = sys.modules.get("streamlit")
    saved_sleep = time.sleep
    at = AppTest.from_string("import streamlit as st\nimport time\ntime.sleep(0)\nst.write(__name__)").run()
    assert at.markdown[0].value == "\\_\\_main\\_\\_" or at.markdown[0].value.endswith("main__")
    assert sys.modules["__main__"] is saved_main
    assert sys.modules.get("streamlit") is saved_streamlit
    assert time.sleep is saved_sleep


def test_from_file_is_relative_to_the_calling_file(tmp_path):
    (tmp_path / "apptest_sibling_module.py").write_text("GREETING = 'hi from a sibling module'\n")
    (tmp_path / "app.py").write_text(
        "import streamlit as st\nimport apptest_sibling_module as helper\nst.write(helper.GREETING)\n"
    )
    caller = tmp_path / "test_caller.py"
    caller.write_text("from wasmlit.testing import AppTest\ndef make():\n    return AppTest.from_file('app.py')\n")
    namespace: dict = {}
    exec(compile(caller.read_text(), str(caller), "exec"), namespace)
    at = namespace["make"]().run()
    assert at.markdown.values == ["hi from a sibling module"]
    with pytest.raises(FileNotFoundError, match="Relative paths are resolved against the file"):
        AppTest.from_file("no_such_app.py")


def test_from_file_reads_the_apps_config(tmp_path):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text("[runner]\nmagicEnabled = false\n")
    (tmp_path / "app.py").write_text("import streamlit as st\n'not written: magic is off'\nst.write('written')\n")
    at = AppTest.from_file(tmp_path / "app.py").run()
    assert at.markdown.values == ["written"]


def _app_with_arguments(greeting, name="world"):
    import streamlit as st

    st.write(f"{greeting}, {name}")


def test_from_function_passes_args_and_kwargs_each_run():
    at = AppTest.from_function(_app_with_arguments, args=("Hello",)).run()
    assert at.markdown.values == ["Hello, world"]
    at.kwargs = {"name": "Ada"}
    at.run()
    assert at.markdown.values == ["Hello, Ada"]


def test_timeout_stops_a_sleeping_script_and_raises():
    at = AppTest.from_string(
        """
        import time
        import streamlit as st
        st.write('before')
        time.sleep(30)
        st.write('never')
        """
    )
    started = time.monotonic()
    with pytest.raises(RuntimeError, match=r"AppTest script run timed out after 0.3\(s\)"):
        at.run(timeout=0.3)
    assert time.monotonic() - started < 5
    assert at.markdown.values == ["before"]


def test_timeout_ends_an_endless_rerun_loop():
    at = AppTest.from_string("import streamlit as st\nst.write('again')\nst.rerun()\n", default_timeout=0.3)
    with pytest.raises(RuntimeError, match="timed out"):
        at.run()


def test_a_run_that_ends_after_the_timeout_still_raises():
    at = AppTest.from_string(
        """
        import time
        end = time.monotonic() + 0.3
        while time.monotonic() < end:
            pass
        """
    )
    with pytest.raises(RuntimeError, match="timed out"):
        at.run(timeout=0.1)


def test_query_params_and_secrets_are_plain_dicts():
    at = AppTest.from_string("import streamlit as st\nst.write('x')\n")
    assert at.query_params == {} and at.secrets == {}
    at.query_params["page"] = "2"
    at.secrets["token"] = "s3cr3t"
    at.run()
    assert at.query_params == {"page": "2"}


def test_v1_module_path():
    from wasmlit.testing.v1 import AppTest as V1AppTest

    assert V1AppTest is AppTest


def test_element_lists():
    at = AppTest.from_string(
        """
        import streamlit as st
        for name in ['a', 'b', 'c']:
            st.text_input(name.upper(), key=name)
        """
    ).run()
    inputs = at.text_input
    assert len(inputs) == inputs.len == 3
    assert [w.label for w in inputs] == ["A", "B", "C"]
    assert [w.label for w in inputs[1:]] == ["B", "C"]
    assert isinstance(inputs[1:], et.WidgetList)
    assert inputs("b").label == "B"
    assert inputs(key="c") is inputs[2]
    assert inputs.values == ["", "", ""]
    with pytest.raises(KeyError):
        inputs("nope")
    assert at.get_by_key("a") is inputs[0]
    assert at.get("text_input") == list(inputs)


def test_a_container_and_a_widget_cannot_share_a_key():
    # As in Streamlit 1.67: a keyed container registers its key like a widget.
    at = AppTest.from_string(
        """
        import streamlit as st
        st.sidebar.text_input('x', key='k')
        with st.container(key='k'):
            st.write('inside')
        """
    ).run()
    assert at.exception[0].value == (
        "There are multiple elements with the same `key='k'`. To fix this, please make sure that "
        "the `key` argument is unique for each element you create."
    )
    assert at.sidebar.get_by_key("k").type == "text_input"


def test_props_by_snake_case_name_and_no_proto():
    at = AppTest.from_string("import streamlit as st\nst.text_input('T', max_chars=4, type='password')\n").run()
    widget = at.text_input[0]
    assert widget.max_chars == 4
    assert widget.input_type == "password"
    assert widget.label_visibility == "visible"
    with pytest.raises(AttributeError):
        widget.proto
    with pytest.raises(AttributeError):
        widget.no_such_thing


def test_interactions_that_a_user_could_not_do():
    at = AppTest.from_string(
        """
        import streamlit as st
        st.markdown('text')
        st.slider('off', disabled=True)
        """
    ).run()
    with pytest.raises(AppTestError, match="set_value\\(\\) is not supported for markdown"):
        at.markdown[0].set_value("x")
    with pytest.raises(AppTestError, match="Cannot update a disabled slider widget"):
        at.slider[0].set_value(3)


def test_an_old_trees_element_runs_with_that_tree():
    at = AppTest.from_string("import streamlit as st\nst.write(st.number_input('n', value=1))\n").run()
    old = at.number_input[0]
    at.number_input[0].set_value(5).run()
    assert at.markdown.values == ["`5`"]
    # `old` belongs to the first run's tree; a value set on it is sent when that
    # tree runs, and the AppTest then holds the new run's tree.
    assert old.set_value(3).run() is at
    assert at.markdown.values == ["`3`"]
    assert at.number_input[0] is not old and at.number_input[0].value == 3


def test_pending_values_show_before_the_run():
    at = AppTest.from_string(
        """
        import streamlit as st
        st.selectbox('s', ['x', 'y', 'z'])
        st.time_input('t', '10:00')
        """
    ).run()
    at.selectbox[0].select_index(2)
    assert at.selectbox[0].value == "z" and at.selectbox[0].index == 2
    at.time_input[0].set_value(datetime.datetime(2024, 5, 1, 11, 30))
    assert at.time_input[0].value == datetime.time(11, 30)


def test_toasts_are_in_the_event_root_and_spinners_leave_nothing():
    at = AppTest.from_string(
        """
        import streamlit as st
        st.toast('hello')
        with st.spinner('busy'):
            st.write('working')
        """
    ).run()
    assert len(at) == 3
    assert at[2].type == "event" and at[2][0].value == "hello"
    assert [node.type for node in at.main] == ["main", "markdown"]


def test_repr():
    at = AppTest.from_string("import streamlit as st\nst.title('T')\nst.button('B', key='b')\n").run()
    text = repr(at)
    assert "Title(tag='h1', value='T')" in text
    assert "Button(key='b', label='B', value=False)" in text


def test_page_config_and_uncaught_errors_do_not_break_later_runs():
    at = AppTest.from_string(
        textwrap.dedent(
            """
            import streamlit as st
            st.set_page_config(page_title='T', layout='wide')
            if st.checkbox('fail'):
                raise ValueError('no')
            st.write('ok')
            """
        )
    ).run()
    assert at.markdown.values == ["ok"]
    at.checkbox[0].check().run()
    assert at.exception[0].message == "no" and not at.markdown
    at.checkbox[0].uncheck().run()
    assert at.markdown.values == ["ok"] and not at.exception


def test_ctrl_c_during_a_run_is_not_swallowed():
    at = AppTest.from_string(
        """
        import streamlit as st
        st.write('before')
        raise KeyboardInterrupt
        """
    )
    with pytest.raises(KeyboardInterrupt):
        at.run()
    assert at.markdown.values == ["before"]


def test_node_types_without_a_class():
    messages = [
        {"type": "runStarted", "runId": 1},
        {
            "type": "delta",
            "runId": 1,
            "path": [0, 0],
            "node": {"kind": "element", "type": "fancyThing", "props": {"body": "x"}},
        },
        {
            "type": "delta",
            "runId": 1,
            "path": [0, 1],
            "node": {
                "kind": "element",
                "type": "fancyWidget",
                "props": {"id": "$$ID-1-k", "key": "k", "label": "F", "formId": "", "value": 3},
            },
        },
        {"type": "delta", "runId": 1, "path": [3, 0], "node": {"kind": "block", "type": "newBlock", "props": {}}},
    ]
    tree = et.tree_from_messages(messages)
    thing, widget = tree.main[0], tree.main[1]
    assert isinstance(thing, et.UnknownElement) and thing.type == "fancy_thing" and thing.value == "x"
    assert isinstance(widget, et.UnknownWidget) and widget.type == "fancy_widget" and widget.key == "k"
    assert widget.set_value(5) is widget and widget.value == 5
    assert tree[3].type == "unknown" and tree[3][0].type == "new_block"


def test_file_uploads_are_not_supported_yet():
    at = AppTest.from_string("import streamlit as st\nst.file_uploader('Upload')\n").run()
    if not at.file_uploader:  # the runtime has no st.file_uploader yet
        pytest.skip("no st.file_uploader in this runtime")
    assert at.file_uploader[0].value in (None, [])
    with pytest.raises(AppTestError, match="not supported for file_uploader"):
        at.file_uploader[0].set_value(("a.txt", b"x", "text/plain"))

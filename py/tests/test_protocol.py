"""The Python side uses exactly the message tags declared in protocol/messages.js."""

import re
from pathlib import Path

from wasmlit import protocol

SCHEMA = Path(__file__).resolve().parents[2] / "protocol" / "messages.js"


def declared_tags(group: str) -> set[str]:
    text = SCHEMA.read_text()
    block = re.search(group + r" = Object\.freeze\(\{(.*?)\}\);", text, re.S).group(1)
    return set(re.findall(r'^\s*[A-Z_]+: "([A-Za-z]+)"', block, re.M))


def test_python_message_tags_are_declared_in_the_schema():
    python_tags = {protocol.RUN_STARTED, protocol.DELTA, protocol.RUN_FINISHED, protocol.PAGE_CONFIG, protocol.LOGO}
    assert python_tags <= declared_tags("FROM_WORKER")


def test_run_statuses_are_declared():
    text = SCHEMA.read_text()
    for status in (protocol.RUN_COMPLETE, protocol.RUN_RERUN, protocol.RUN_STOPPED, protocol.RUN_ERROR):
        assert f'"{status}"' in text


def test_element_types_emitted_are_documented():
    text = SCHEMA.read_text()
    for element_type in (
        "heading",
        "markdown",
        "text",
        "code",
        "json",
        "alert",
        "exception",
        "empty",
        "button",
        "checkbox",
        "textInput",
        "textArea",
        "numberInput",
        "slider",
        "selectbox",
        "radio",
        "timeInput",
        "vertical",
        "horizontal",
        "column",
        "form",
        "cameraInput",
        "audioInput",
        "dateTimeInput",
        "menuButton",
        "skeleton",
        "pdf",
    ):
        assert re.search(r"//\s+" + element_type + r"\s", text), element_type


# -- the typed schema (wasmlit.protocol, wasmlit.protocol_props) ---------------

import subprocess  # noqa: E402
import sys  # noqa: E402

import pytest  # noqa: E402

from wasmlit.protocol_check import node_problems, problems  # noqa: E402
from wasmlit.testing import AppTest  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def test_generated_messages_js_is_up_to_date():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_protocol.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_every_message_tag_of_the_schema_is_declared_in_js():
    assert set(protocol.FROM_WORKER_TAGS.values()) == declared_tags("FROM_WORKER")
    assert set(protocol.TO_WORKER_TAGS.values()) == declared_tags("TO_WORKER")
    assert set(protocol.FROM_WORKER_MESSAGES) == set(protocol.FROM_WORKER_TAGS.values())
    assert set(protocol.TO_WORKER_MESSAGES) == set(protocol.TO_WORKER_TAGS.values())


def test_every_tag_python_sends_is_a_schema_tag():
    sent = {
        protocol.RUN_STARTED,
        protocol.DELTA,
        protocol.RUN_FINISHED,
        protocol.PAGE_CONFIG,
        protocol.NAVIGATION,
        protocol.PAGE_INFO,
        protocol.LOGO,
    }
    assert sent <= declared_tags("FROM_WORKER")
    for status in protocol.RUN_STATUS.values():
        assert f'"{status}"' in SCHEMA.read_text()


def test_the_checker_catches_a_wrong_tag_a_missing_prop_and_a_wrong_type():
    assert problems({"type": "runFinish", "runId": 1}) == ["unknown message type 'runFinish'"]
    assert problems({"type": "runFinished", "runId": 1, "status": "complete", "fragmentIds": []}) == [
        "runFinished: missing 'autoReruns'"
    ]
    node = {"kind": "element", "type": "text", "props": {"body": 3, "help": None}}
    assert node_problems(node) == ["node(text).props.body: 3 is not a string"]
    assert node_problems({"kind": "element", "type": "txt", "props": {}}) == ["node: unknown element type 'txt'"]
    unknown = {"kind": "block", "type": "tab", "props": {"label": "a", "lable": "b"}}
    assert node_problems(unknown) == ["node(tab).props: unknown field 'lable'"]


@pytest.mark.parametrize(
    ("source", "commands"),
    [
        (
            "st.divider()\nst.latex('x')\nst.badge('b')\nst.markdown('m')\nst.write('w')",
            ["divider", "latex", "badge", "markdown", "write"],
        ),
        ("with st.expander('e'):\n    st.title('t')\nst.slider('s')", ["expander", "title", "slider"]),
    ],
)
def test_each_node_records_the_command_that_made_it(app, source, commands):
    harness = app("import streamlit as st\n" + source)
    made = [message["node"].get("command") for message in harness.messages if message["type"] == protocol.DELTA]
    assert made == commands


def test_apptest_tells_divider_and_latex_from_markdown_by_the_command():
    at = AppTest.from_string("import streamlit as st\nst.divider()\nst.latex('x')\nst.markdown('m')").run()
    assert [element.type for element in at.main][1:] == ["divider", "latex", "markdown"]  # [0]: the main block


def _object_keys(text: str, name: str) -> set[str]:
    body = re.search(r"export const " + name + r" = \{(.*?)\n\};", text, re.S).group(1)
    return set(re.findall(r"^\s{2}(\w+):", body, re.M))


def test_every_element_type_of_the_schema_has_a_renderer_and_back():
    from wasmlit.protocol_props import BLOCK_PROPS, ELEMENT_PROPS, TRIGGER_TYPES, WIDGET_TYPES

    registry = (ROOT / "web" / "app" / "elements" / "registry.js").read_text()
    rendered = _object_keys(registry, "ELEMENT_REGISTRY")
    # Toasts live in the event root, drawn by the toast store ("ui:toasts"), not the tree.
    assert rendered | {"toast"} == set(ELEMENT_PROPS)
    lazy = (ROOT / "web" / "app" / "elements" / "lazy.js").read_text()
    lazy_blocks = set(re.findall(r'"block:(\w+)"', lazy))
    assert lazy_blocks <= set(BLOCK_PROPS)
    assert set(TRIGGER_TYPES) <= set(WIDGET_TYPES) <= set(ELEMENT_PROPS) | set(BLOCK_PROPS)


def test_an_element_replayed_from_st_cache_data_keeps_its_command():
    source = """
import streamlit as st

@st.cache_data
def shown():
    st.divider()
    return 1

shown()
"""
    at = AppTest.from_string(source).run()
    assert [element.type for element in at.main][1:] == ["divider"]
    at.run()  # a cache hit: the divider is replayed
    assert [element.type for element in at.main][1:] == ["divider"]
    last_run = at._messages  # the wire as the page gets it
    commands = [m["node"].get("command") for m in last_run if m["type"] == protocol.DELTA]
    assert commands == ["divider"]

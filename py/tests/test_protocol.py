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
    for element_type in ("heading", "markdown", "text", "code", "json", "alert", "exception", "empty",
                         "button", "checkbox", "textInput", "textArea", "numberInput", "slider",
                         "selectbox", "radio", "timeInput", "vertical", "horizontal", "column", "form",
                         "cameraInput", "audioInput", "dateTimeInput", "menuButton", "skeleton", "pdf"):
        assert re.search(r"//\s+" + element_type + r"\s", text), element_type

"""The files/links/chat family is documented in protocol/messages.js, and the
upload folder matches between the worker and Python."""

import re
from pathlib import Path

from wasmlit.runtime.uploads import UPLOAD_DIR

ROOT = Path(__file__).resolve().parents[3]


def test_types_and_upload_message_are_documented():
    text = (ROOT / "protocol" / "messages.js").read_text()
    for element_type in ("fileUploader", "downloadButton", "linkButton", "chatInput", "pageLink", "chatMessage"):
        assert re.search(r"//\s+" + element_type + r"\s", text), element_type
    assert 'UPLOAD: "upload"' in text


def test_worker_writes_where_python_reads():
    worker = (ROOT / "worker" / "uploads.js").read_text()
    assert f'UPLOAD_DIR = "{UPLOAD_DIR}"' in worker

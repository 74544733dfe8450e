"""docs/compatibility.md is generated from wasmlit's code (scripts/compat_table.py):
it must match what the code does now."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_generator():
    spec = importlib.util.spec_from_file_location("compat_table", ROOT / "scripts" / "compat_table.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_table_is_current():
    generator = load_generator()
    assert (ROOT / "docs" / "compatibility.md").read_text() == generator.build(), (
        "docs/compatibility.md is stale: run `python3 scripts/compat_table.py` and commit it"
    )


def test_every_note_names_a_streamlit_command():
    generator = load_generator()
    names = {name for name, _, _ in generator.read_api_list()}
    assert set(generator.NOTES) <= names


def test_statuses_come_from_the_code():
    generator = load_generator()
    rows = [
        ("exists", "command", ["a", "b"]),
        ("gone", "command", []),
        ("refused", "command", []),
        ("loose", "command", ["a", "z"]),
    ]

    class Fake:
        @staticmethod
        def exists(a, b):
            pass

        @staticmethod
        def refused(*args, **kwargs):
            pass

        @staticmethod
        def loose(a, **_ignored):
            pass

    table = generator.classify(rows, Fake, {"refused": "why not"})
    assert table == [
        ("exists", "supported", ""),
        ("gone", "not yet", ""),
        ("refused", "not yet", "why not"),
        ("loose", "partial", "ignores `z`"),
    ]

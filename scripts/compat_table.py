"""Writes docs/compatibility.md: every public name of Streamlit 1.67
(docs/compat/streamlit-1.67-api.txt) with wasmlit's support for it, found from
wasmlit's own code so the table cannot drift:

- not yet: the name does not exist in wasmlit's `streamlit`, or it is one of
  the commands that only say they are unsupported (api._UNSUPPORTED, whose
  reasons are the notes);
- partial: parameters of Streamlit's signature that wasmlit's does not take
  ("does not take": passing one raises TypeError) or takes and ignores (a
  `**_ignored` catch-all), and the differences listed in NOTES below (behaviour
  a signature cannot show);
- supported: everything else.

    python3 scripts/compat_table.py          # rewrite docs/compatibility.md
    python3 scripts/compat_table.py --check  # exit 1 when it is stale
py/tests/test_compatibility_table.py runs the check.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
API_LIST = ROOT / "docs" / "compat" / "streamlit-1.67-api.txt"
TABLE = ROOT / "docs" / "compatibility.md"

SUPPORTED, PARTIAL, NOT_YET = "supported", "partial", "not yet"

# Differences the code's signatures do not show: name -> (status, note).
NOTES: dict[str, tuple[str, str]] = {
    "App": (NOT_YET, "an ASGI server app: a wasmlit app has no server"),
    "user": (NOT_YET, "there is no signed-in user without a server (st.login is not supported either)"),
    "secrets": (PARTIAL, "read from `.streamlit/secrets.toml`, which is shipped to every visitor: nothing in it is secret"),
    "context": (PARTIAL, "`headers` and `cookies` are empty and `ip_address` is None: no HTTP request stands behind a browser session"),
    "cache_data": (PARTIAL, "entries live in the browser tab's worker (not shared between sessions); `persist=\"disk\"` keeps them in memory"),
    "cache_resource": (PARTIAL, "one cache per browser tab, not one per server: a resource is not shared between sessions"),
    "set_page_config": (PARTIAL, "`menu_items` is validated as in 1.67 but not shown (wasmlit's main menu has no Get help / Report a bug / About items)"),
    "altair_chart": (PARTIAL, "selections (`on_select`) are not supported"),
    "vega_lite_chart": (PARTIAL, "selections (`on_select`) are not supported"),
    "connection": (NOT_YET, "a browser session cannot reach databases or other servers"),
    "login": (NOT_YET, "there is no server to sign in to"),
    "logout": (NOT_YET, "there is no server to sign in to"),
    "pdf": (PARTIAL, "built in, as with `streamlit[pdf]` installed (pdf.js, loaded on first use); PDFs that need "
            "pdf.js's CMaps (non-embedded CJK fonts) or its JPEG 2000 decoder may show gaps"),
    "camera_input": (SUPPORTED, "needs a secure origin (https or localhost) for the browser to give the camera"),
    "audio_input": (SUPPORTED, "needs a secure origin (https or localhost) for the browser to give the microphone"),
    "skeleton": (SUPPORTED, "in context-manager mode the page applies the 0.5 s delay (no timer thread)"),
    "echarts_chart": (
        PARTIAL,
        "not Streamlit's wheel handling (page scroll before zoom); dataframe durations and datetimes "
        "travel as text (docs/charts.md)",
    ),
    "map": (PARTIAL, "drawn without map tiles unless the `wasmlit.mapStyle` option gives a map style (docs/charts.md)"),
    "pydeck_chart": (
        PARTIAL,
        "drawn without map tiles unless the Deck's `map_style` or the `wasmlit.mapStyle` option gives a style "
        "(docs/charts.md); pydeck itself needs numpy, one of Pyodide's compiled packages",
    ),
    "components.v1.declare_component": (
        SUPPORTED,
        "a `path=` frontend must be in the app's folder or in a wheel of its requirements, which "
        "`wasmlit build`/`serve` copy into the site (docs/components.md); `url=` must be reachable from the browser",
    ),
}


def read_api_list(path: Path = API_LIST) -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in path.read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        name, kind, params = line.split(" ")
        rows.append((name, kind, [] if params == "-" else params.split(",")))
    return rows


def _wasmlit_streamlit():
    sys.path.insert(0, str(ROOT / "py"))
    from wasmlit.alias import install_streamlit_alias

    install_streamlit_alias()
    import streamlit  # wasmlit's, through the alias

    return streamlit


def _lookup(module, dotted: str):
    value = module
    for part in dotted.split("."):
        try:
            value = getattr(value, part)
        except AttributeError:
            return None
    return value


def _code(names: list[str]) -> str:
    return ", ".join(f"`{name}`" for name in names)


def signature_gaps(value, params: list[str]) -> str | None:
    """What of Streamlit's parameters wasmlit's signature lacks, or None."""
    try:
        signature = inspect.signature(value)
    except (TypeError, ValueError):
        return None
    have = {p.name for p in signature.parameters.values() if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)}
    catch_all = any(p.kind == p.VAR_KEYWORD for p in signature.parameters.values())
    missing = [p for p in params if p not in have and not p.startswith("_")]
    if not missing:
        return None
    return f"{'ignores' if catch_all else 'does not take'} {_code(missing)}"


def classify(rows, st, unsupported: dict[str, str]) -> list[tuple[str, str, str]]:
    """[(name, status, note)] in the list's order."""
    table = []
    for name, _kind, params in rows:
        value = _lookup(st, name)
        status, notes = SUPPORTED, []
        if value is None:
            status = NOT_YET
        elif name in unsupported:
            status, notes = NOT_YET, [unsupported[name]]
        else:
            gaps = signature_gaps(value, params) if params else None
            if gaps:
                status, notes = PARTIAL, [gaps]
        if name in NOTES:
            noted_status, note = NOTES[name]
            status = noted_status if status != NOT_YET else status
            notes.insert(0, note)
        table.append((name, status, "; ".join(notes)))
    return table


def render(table) -> str:
    counts = {status: sum(1 for _, s, _ in table if s == status) for status in (SUPPORTED, PARTIAL, NOT_YET)}
    lines = [
        "# Streamlit 1.67 compatibility",
        "",
        "Every public name of Streamlit 1.67 (the top-level `st.*` commands and objects,",
        "`st.column_config.*`, `st.components.v1.*`) and what wasmlit does with it.",
        "",
        "- **supported**: it works as in Streamlit.",
        "- **partial**: it works, with the differences noted. *ignores* `x`: the parameter is",
        "  accepted and has no effect; *does not take* `x`: passing it raises `TypeError`.",
        "- **not yet**: wasmlit does not have it; calling one of those that exist shows why in the app.",
        "",
        "Generated from wasmlit's code (which names exist, their signatures, the commands",
        "that only say they are unsupported, and the notes in `scripts/compat_table.py`)",
        "by `python3 scripts/compat_table.py`; `py/tests/test_compatibility_table.py` fails",
        "when this file is stale. Streamlit's list of names is",
        "`docs/compat/streamlit-1.67-api.txt` (`scripts/streamlit_api_names.py`).",
        "See also [differences from Streamlit](differences.md).",
        "",
        f"{counts[SUPPORTED]} supported, {counts[PARTIAL]} partial, {counts[NOT_YET]} not yet, of {len(table)}.",
        "",
        "| name | status | notes |",
        "| --- | --- | --- |",
    ]
    for name, status, note in table:
        cell = note.replace("|", "\\|")
        lines.append(f"| `st.{name}` | {status} | {cell} |")
    return "\n".join(lines) + "\n"


def build() -> str:
    st = _wasmlit_streamlit()
    from wasmlit import api

    return render(classify(read_api_list(), st, dict(api._UNSUPPORTED)))


def main(argv: list[str]) -> int:
    text = build()
    if "--check" in argv:
        if not TABLE.exists() or TABLE.read_text() != text:
            print(f"{TABLE.relative_to(ROOT)} is stale: run `python3 scripts/compat_table.py`", file=sys.stderr)
            return 1
        return 0
    TABLE.write_text(text)
    print(f"wrote {TABLE.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

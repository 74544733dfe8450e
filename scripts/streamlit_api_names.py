"""Writes docs/compat/streamlit-1.67-api.txt: the public API names of the
Streamlit release wasmlit follows, one per line as `name kind parameters` (parameters: the names
its signature takes, comma-separated, "-" for none or an object); and
docs/compat/streamlit-1.67-signatures.txt: the full signature of every
command (names, order, kinds, defaults; no annotations), one per line as
`name(signature)`, which py/tests/test_signatures.py compares with wasmlit's.

Run once per Streamlit release with that Streamlit's Python (never in tests):
    /work/stref/bin/python scripts/streamlit_api_names.py
Top level: every public name of `streamlit` that is not a module; then the
members of the two public namespaces that are modules (st.column_config.*,
st.components.v1.*). scripts/compat_table.py turns the list into
docs/compatibility.md.
"""

import inspect
import sys
from pathlib import Path

import streamlit
import streamlit.components.v1 as components_v1

sys.path.insert(0, str(Path(__file__).resolve().parent))
from signature_text import signature_text  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "compat" / f"streamlit-{'.'.join(streamlit.__version__.split('.')[:2])}-api.txt"
# Internal helpers the components module happens to expose.
COMPONENTS_INTERNAL = {"component_registry", "custom_component", "deprecate_func_name", "streamlit"}


def kind(value) -> str:
    if inspect.isclass(value):
        return "class"
    if callable(value):
        return "command"
    return "object"


def parameters(value) -> str:
    if not callable(value):
        return "-"
    try:
        signature = inspect.signature(value)
    except (TypeError, ValueError):
        return "-"
    names = [
        p.name for p in signature.parameters.values()
        if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD) and p.name != "self"
    ]
    return ",".join(names) or "-"


def public(module, skip=()):
    for name in sorted(dir(module)):
        if name.startswith("_") or name in skip or name == "annotations":
            continue
        value = getattr(module, name)
        if inspect.ismodule(value):
            continue
        yield name, f"{kind(value)} {parameters(value)}"


def commands(module, prefix, skip=()):
    for name in sorted(dir(module)):
        if name.startswith("_") or name in skip or name == "annotations":
            continue
        value = getattr(module, name)
        if inspect.ismodule(value) or not callable(value):
            continue
        text = signature_text(value)
        if text is not None:
            yield f"{prefix}{name}{text}"


def write_signatures() -> None:
    out = OUT.with_name(OUT.name.replace("-api.txt", "-signatures.txt"))
    lines = [f"# Streamlit {streamlit.__version__}: signatures (scripts/streamlit_api_names.py)"]
    lines += commands(streamlit, "")
    lines += commands(streamlit.sidebar, "sidebar.")
    lines += commands(streamlit.column_config, "column_config.")
    lines += commands(components_v1, "components.v1.", COMPONENTS_INTERNAL)
    out.write_text("\n".join(lines) + "\n")
    print(f"wrote {out} ({len(lines) - 1} signatures)", file=sys.stderr)


def main() -> None:
    lines = [f"# Streamlit {streamlit.__version__}: public API names (scripts/streamlit_api_names.py)"]
    lines += [f"{name} {k}" for name, k in public(streamlit)]
    lines += [f"column_config.{name} {k}" for name, k in public(streamlit.column_config)]
    lines += [f"components.v1.{name} {k}" for name, k in public(components_v1, COMPONENTS_INTERNAL)]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {OUT} ({len(lines) - 1} names)", file=sys.stderr)
    write_signatures()


if __name__ == "__main__":
    main()

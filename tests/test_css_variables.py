"""Every theme variable the page's CSS and JS read (`var(--st-...)`) is one the
theme defines (web/app/theme.css, or set from JS): a misspelt name silently
falls back to the browser's default colour (metric deltas lost their colours
that way). Override hooks (`--st-...-override`) and `--wl-` locals are exempt."""

import re
from pathlib import Path

WEB = Path(__file__).resolve().parent.parent / "web"
SOURCES = [p for p in WEB.rglob("*") if p.suffix in (".css", ".js")]

USED = re.compile(r"var\(\s*(--st-[a-z0-9-]+)")
DEFINED_IN_CSS = re.compile(r"(--st-[a-z0-9-]+)\s*:")
DEFINED_IN_JS = re.compile(r"""["'`](--st-[a-z0-9-]+)["'`]""")


def test_every_theme_variable_used_is_defined():
    used, defined = {}, set()
    for path in SOURCES:
        text = path.read_text()
        for name in USED.findall(text):
            used.setdefault(name, path.relative_to(WEB).as_posix())
        defined.update(DEFINED_IN_CSS.findall(text))
        if path.suffix == ".js":
            defined.update(DEFINED_IN_JS.findall(text))
    missing = {name: where for name, where in used.items() if name not in defined and not name.endswith("-override")}
    assert missing == {}

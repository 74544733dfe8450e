"""The modules delta_generator.py is built from reach the DeltaGenerator class
and its roots through wasmlit.dg_singletons, never by importing
delta_generator inside a function (the import cycle this module breaks)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import wasmlit
from wasmlit import dg_singletons

PACKAGE = Path(wasmlit.__file__).parent


def _function_level_imports_of(module: str) -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(func):
                names = (
                    [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else [alias.name for alias in node.names]
                    if isinstance(node, ast.Import)
                    else []
                )
                if module in names:
                    found.append(str(path.relative_to(PACKAGE)))
    return sorted(set(found))


def test_only_the_singletons_module_imports_delta_generator_lazily():
    assert _function_level_imports_of("wasmlit.delta_generator") == ["dg_singletons.py"]


def test_roots_are_the_delta_generator_modules_own():
    from wasmlit import delta_generator

    assert dg_singletons.main_dg() is delta_generator.main_dg
    assert dg_singletons.sidebar_dg() is delta_generator.sidebar_dg
    assert dg_singletons.bottom_dg() is delta_generator.bottom_dg
    assert dg_singletons.dg_class() is delta_generator.DeltaGenerator


def test_a_module_used_before_the_api_finds_the_roots():
    # A fresh interpreter that imports one widget module first: the roots are
    # installed on first use.
    code = "import wasmlit.widgets.common\nfrom wasmlit import dg_singletons\nprint(dg_singletons.main_dg())\n"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=PACKAGE.parent, check=True
    )
    assert result.stdout.strip() == "DeltaGenerator(main, path=None, slot=False)"

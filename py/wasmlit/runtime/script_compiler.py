"""Reads, compiles (with magic) and runs an app script: the entrypoint or a page."""

from __future__ import annotations

import types
from types import CodeType

from wasmlit.runtime.config import Config
from wasmlit.runtime import magic as magic_funcs
from wasmlit.runtime.magic import MAGIC_NAME, add_magic


def compile_script(script_path: str, config: Config) -> CodeType:
    with open(script_path, encoding="utf-8") as f:
        source = f.read()
    if config.get_option("runner.magicEnabled"):
        source = add_magic(source, script_path)
    return compile(source, script_path, "exec", dont_inherit=True)


def script_module(script_path: str) -> types.ModuleType:
    """A fresh module for one run of a script (named __main__, as Streamlit runs them)."""
    module = types.ModuleType("__main__")
    module.__dict__["__file__"] = script_path
    module.__dict__[MAGIC_NAME] = magic_funcs
    return module


def run_script(script_path: str, config: Config, module: types.ModuleType) -> None:
    exec(compile_script(script_path, config), module.__dict__)  # noqa: S102 - running the app is the point

"""Reads, compiles (with magic) and runs an app script: the entrypoint or a page."""

from __future__ import annotations

import types
from types import CodeType

from wasmlit.runtime.config import Config
from wasmlit.runtime import magic as magic_funcs
from wasmlit.runtime.magic import MAGIC_NAME, add_magic


class ScriptCompileError(Exception):
    """The script the run starts with could not be compiled (a SyntaxError, a
    null byte, ...). Streamlit then runs nothing, keeps what the page shows and
    reports the error in a "Script execution error" dialog, not as an element."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


def compile_script(script_path: str, config: Config) -> CodeType:
    with open(script_path, encoding="utf-8") as f:
        source = f.read()
    if config.get_option("runner.magicEnabled"):
        return compile(add_magic(source, script_path), script_path, "exec", dont_inherit=True)
    return compile(source, script_path, "exec", dont_inherit=True)


def compile_run_script(script_path: str, config: Config) -> CodeType:
    """compile_script for the script a run starts with: errors become ScriptCompileError."""
    try:
        return compile_script(script_path, config)
    except (SyntaxError, ValueError) as exc:
        raise ScriptCompileError(exc) from exc


def script_module(script_path: str) -> types.ModuleType:
    """A fresh module for one run of a script (named __main__, as Streamlit runs them)."""
    module = types.ModuleType("__main__")
    module.__dict__["__file__"] = script_path
    module.__dict__[MAGIC_NAME] = magic_funcs
    return module


def run_script(script_path: str, config: Config, module: types.ModuleType, *, starts_run: bool = False) -> None:
    """Runs a script in `module`. `starts_run`: it is the script the run starts
    with (the entrypoint, or a pages/ folder's page), whose compile errors are
    the run's ScriptCompileError rather than an exception the app shows."""
    code = compile_run_script(script_path, config) if starts_run else compile_script(script_path, config)
    exec(code, module.__dict__)  # noqa: S102 - running the app is the point

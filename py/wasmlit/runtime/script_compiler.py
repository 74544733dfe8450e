"""Reads and compiles an app script (the entrypoint or a page), with magic."""

from __future__ import annotations

from types import CodeType

from wasmlit.runtime.config import Config
from wasmlit.runtime.magic import add_magic


def compile_script(script_path: str, config: Config) -> CodeType:
    with open(script_path, encoding="utf-8") as f:
        source = f.read()
    if config.get_option("runner.magicEnabled"):
        source = add_magic(source, script_path)
    return compile(source, script_path, "exec", dont_inherit=True)

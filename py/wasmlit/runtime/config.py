"""Configuration options, read from ``.streamlit/config.toml`` among the
app's files and overridden by options given to the runtime (mount/CLI)."""

from __future__ import annotations

import os
from typing import Any

DEFAULTS: dict[str, Any] = {
    "runner.enforceSerializableSessionState": False,
    "runner.magicEnabled": True,
    "client.showErrorDetails": "full",
    # "auto": the Copy / Ask Google / Ask ChatGPT links of errors only on localhost.
    "client.showErrorLinks": "auto",
    "global.disableWidgetStateDuplicationWarning": False,
    # `wasmlit serve` reruns open pages when a source file changes (else it offers to).
    "server.runOnSave": False,
    "server.allowRunOnSave": True,
    "runner.fastReruns": True,
}


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for name, value in table.items():
        full = f"{prefix}{name}"
        if isinstance(value, dict):
            flat.update(_flatten(value, full + "."))
        else:
            flat[full] = value
    return flat


def _coerce(value: Any) -> Any:
    """Options given as text (CLI ``--config a.b=true``) become bools/numbers."""
    if not isinstance(value, str):
        return value
    lowered = value.strip().lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    try:
        return int(value)
    except ValueError:
        pass
    try:
        return float(value)
    except ValueError:
        return value


class Config:
    def __init__(self, options: dict[str, Any] | None = None) -> None:
        self._options = dict(DEFAULTS)
        if options:
            self._options.update(options)

    @classmethod
    def load(cls, app_dir: str | None, overrides: dict[str, Any] | None = None) -> "Config":
        options: dict[str, Any] = {}
        if app_dir is not None:
            path = os.path.join(app_dir, ".streamlit", "config.toml")
            if os.path.isfile(path):
                import tomllib  # imported only when there is a file to read

                with open(path, "rb") as f:
                    options.update(_flatten(tomllib.load(f)))
        for name, value in (overrides or {}).items():
            options[name] = _coerce(value)
        return cls(options)

    def get_option(self, name: str) -> Any:
        return self._options.get(name)

    def set_option(self, name: str, value: Any) -> None:
        self._options[name] = value

"""st.secrets: values from ``.streamlit/secrets.toml`` (the user's home, then
the app's folder), read-only, with attribute access to nested tables.

In the browser the file travels with the app to every visitor: secrets of a
wasmlit app are not secret (docs/deploy.md says so). The file is read again
when it changes (a playground may rewrite it).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from copy import deepcopy
from typing import Any, Iterator

from wasmlit.errors import StreamlitSecretNotFoundError

_MISSING_ENTRY_HINT = (
    "Did you forget to add it to secrets.toml, mount it to secret directory, or the app settings "
    "on Streamlit Cloud? More info: "
    "https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management"
)


def _missing_key(key: str) -> str:
    return f'st.secrets has no key "{key}". {_MISSING_ENTRY_HINT}'


def _missing_attribute(name: str) -> str:
    return f'st.secrets has no attribute "{name}". {_MISSING_ENTRY_HINT}'


def secrets_paths() -> list[str]:
    return [
        os.path.join(os.path.expanduser("~"), ".streamlit", "secrets.toml"),
        os.path.join(os.getcwd(), ".streamlit", "secrets.toml"),
    ]


def _wrapped(value: Any) -> Any:
    return AttrDict(value) if isinstance(value, Mapping) else value


class _ReadOnly:
    """Secrets cannot be changed by the script."""

    def __setitem__(self, key: str, value: Any) -> None:
        raise TypeError("Secrets does not support item assignment.")

    def __setattr__(self, key: str, value: Any) -> None:
        raise TypeError("Secrets does not support attribute assignment.")

    def __delitem__(self, key: str) -> None:
        raise TypeError("Secrets does not support item deletion.")


class AttrDict(_ReadOnly, Mapping[str, Any]):
    """A nested table of secrets: item and attribute access."""

    def __init__(self, value: Mapping[str, Any]) -> None:
        self.__dict__["_values"] = dict(value)

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __getitem__(self, key: str) -> Any:
        try:
            return _wrapped(self._values[key])
        except KeyError:
            raise KeyError(_missing_key(key)) from None

    def __getattr__(self, name: str) -> Any:
        try:
            return _wrapped(self._values[name])
        except KeyError:
            raise AttributeError(_missing_attribute(name)) from None

    def __repr__(self) -> str:
        return repr(self._values)

    def to_dict(self) -> dict[str, Any]:
        return deepcopy(self._values)


class Secrets(_ReadOnly, Mapping[str, Any]):
    def __init__(self) -> None:
        self.__dict__["_cache"] = None  # ((path, mtime) per file, parsed secrets)
        # Secrets given by AppTest (at.secrets): used instead of the files.
        self.__dict__["_given"] = None

    def use_given(self, secrets: dict[str, Any] | None) -> None:
        self.__dict__["_given"] = dict(secrets) if secrets else None

    def _parse(self) -> dict[str, Any]:
        import tomllib

        if self._given is not None:
            return self._given

        paths = secrets_paths()
        stamps = tuple((p, os.path.getmtime(p) if os.path.isfile(p) else None) for p in paths)
        cached = self._cache
        if cached is not None and cached[0] == stamps:
            return cached[1]
        secrets: dict[str, Any] = {}
        found = False
        for path, stamp in stamps:
            if stamp is None:
                continue
            found = True
            with open(path, encoding="utf-8") as f:
                text = f.read()
            try:
                secrets.update(tomllib.loads(text))
            except (TypeError, tomllib.TOMLDecodeError) as ex:
                raise StreamlitSecretNotFoundError(
                    "Error parsing secrets file at {path}: {error}", path=path, error=str(ex)
                ) from ex
        if not found:
            raise StreamlitSecretNotFoundError(
                "No secrets found. Valid paths for a secrets.toml file or secret directories are: {file_paths}",
                file_paths=", ".join(paths),
            )
        for key, value in secrets.items():
            if type(value) in (str, int, float):
                os.environ[key] = str(value)
        self.__dict__["_cache"] = (stamps, secrets)
        return secrets

    def load_if_toml_exists(self) -> bool:
        try:
            self._parse()
        except FileNotFoundError:
            return False
        return True

    def __getitem__(self, key: str) -> Any:
        try:
            return _wrapped(self._parse()[key])
        except KeyError:
            raise KeyError(_missing_key(key)) from None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            return _wrapped(self._parse()[name])
        except (KeyError, FileNotFoundError):
            raise AttributeError(_missing_attribute(name)) from None

    def __len__(self) -> int:
        return len(self._parse())

    def __iter__(self) -> Iterator[str]:
        return iter(self._parse())

    def __repr__(self) -> str:
        try:
            return repr(self._parse())
        except FileNotFoundError:
            return "{}"

    def to_dict(self) -> dict[str, Any]:
        return {k: v.to_dict() if isinstance(v, AttrDict) else deepcopy(v) for k, v in self._parse().items()}


secrets_singleton = Secrets()

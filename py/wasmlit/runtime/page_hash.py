"""Stable short hashes for pages (derived from their URL pathname, as in
Streamlit) and other identities."""

from __future__ import annotations

import hashlib


def calc_hash(text: str) -> str:
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()

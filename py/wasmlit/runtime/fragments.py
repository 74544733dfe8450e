"""Fragments: parts of a script that rerun on their own.

A fragment's body writes into its own container (a block that carries the
fragment's id, so the page knows which nodes a fragment run redraws). The
storage keeps, per fragment id, what is needed to run the body again: the
function with its arguments and the container's place. Full runs rebuild the
storage; fragment runs only add (nested fragments) to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from wasmlit.protocol import AutoRerun


@dataclass
class Fragment:
    fragment_id: str
    # Runs the body again inside the fragment's container.
    rerun: Callable[[], Any]
    run_every: float | None = None


@dataclass
class FragmentStorage:
    fragments: dict[str, Fragment] = field(default_factory=dict)
    # Fragments registered by the current full run (replaces `fragments` when it completes).
    _registered_this_run: dict[str, Fragment] = field(default_factory=dict)
    # Occurrences of a fragment definition in one container this run (call sites).
    _seen: dict[str, int] = field(default_factory=dict)
    # @st.fragment(key=...) names -> fragment ids (for st.rerun(scope=key)).
    keys: dict[str, list[str]] = field(default_factory=dict)
    # Keys claimed by the current run (a full run's replace `keys` when it completes).
    _keys_this_run: dict[str, list[str]] = field(default_factory=dict)

    def begin_run(self, full: bool) -> None:
        self._seen = {}
        self._keys_this_run = {}
        if full:
            self._registered_this_run = {}

    def claim_key(self, key: str, fragment_id: str) -> bool:
        """Records a fragment's key; False when another fragment used it this run."""
        claimed = self._keys_this_run.setdefault(key, [])
        if claimed and fragment_id not in claimed:
            return False
        if fragment_id not in claimed:
            claimed.append(fragment_id)
        ids = self.keys.setdefault(key, [])
        if fragment_id not in ids:
            ids.append(fragment_id)
        return True

    def occurrence(self, identity: str) -> int:
        count = self._seen.get(identity, 0)
        self._seen[identity] = count + 1
        return count

    def register(self, fragment: Fragment) -> None:
        self.fragments[fragment.fragment_id] = fragment
        self._registered_this_run[fragment.fragment_id] = fragment

    def end_full_run(self, completed: bool) -> None:
        """After a full run that completed: forget the fragments it did not draw."""
        if not completed:
            return
        self.fragments = dict(self._registered_this_run)
        self.keys = {key: list(ids) for key, ids in self._keys_this_run.items()}

    def get(self, fragment_id: str) -> Fragment | None:
        return self.fragments.get(fragment_id)

    def auto_reruns(self) -> list[AutoRerun]:
        return [
            {"fragmentId": f.fragment_id, "intervalSeconds": f.run_every}
            for f in self.fragments.values()
            if f.run_every
        ]

import sys
import types

from wasmlit.network import import_hooks

SEEN = []


def mark(module):
    SEEN.append(module.__name__)
    module.patched = True


def test_a_module_is_patched_when_first_imported_and_when_already_imported(tmp_path, monkeypatch):
    (tmp_path / "hooked_later.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    already = types.ModuleType("hooked_already")
    monkeypatch.setitem(sys.modules, "hooked_already", already)
    patches = {name: f"{__name__}:mark" for name in ("hooked_later", "hooked_already")}
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    patcher = import_hooks.install_post_import_patches(patches)
    try:
        assert already.patched
        import hooked_later

        assert hooked_later.patched and hooked_later.VALUE == 1
        assert hooked_later.__loader__.get_source("hooked_later") == "VALUE = 1\n"
        assert SEEN == ["hooked_already", "hooked_later"]
    finally:
        sys.modules.pop("hooked_later", None)
        assert sys.meta_path[0] is patcher

import importlib
import sys

from wasmlit.runtime.source_changes import forget_changed_modules


def test_a_changed_module_is_imported_anew(tmp_path, monkeypatch):
    (tmp_path / "helper_mod_x.py").write_text("VALUE = 1\n")
    (tmp_path / "other_mod_x.py").write_text("VALUE = 'other'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        import helper_mod_x
        import other_mod_x

        assert helper_mod_x.VALUE == 1
        (tmp_path / "helper_mod_x.py").write_text("VALUE = 2  # changed\n")
        removed = forget_changed_modules(str(tmp_path), ["helper_mod_x.py"])
        assert removed == ["helper_mod_x"]
        assert "other_mod_x" in sys.modules
        assert importlib.import_module("helper_mod_x").VALUE == 2
    finally:
        sys.modules.pop("helper_mod_x", None)
        sys.modules.pop("other_mod_x", None)


def test_unrelated_paths_remove_nothing(tmp_path):
    assert forget_changed_modules(str(tmp_path), ["nothing_here.py"]) == []

import importlib
import sys
from types import SimpleNamespace

import pytest

from wasmlit.runtime.config import Config
from wasmlit.runtime.pages_manager import PageInfo
from wasmlit.runtime.source_changes import files_changed, forget_changed_modules, is_source_change


@pytest.fixture
def app_dir(tmp_path, monkeypatch):
    (tmp_path / "helper_mod_x.py").write_text("from consts_mod_x import VALUE\n")
    (tmp_path / "consts_mod_x.py").write_text("VALUE = 1\n")
    (tmp_path / "pkg_mod_x").mkdir()
    (tmp_path / "pkg_mod_x" / "__init__.py").write_text("")
    (tmp_path / "pkg_mod_x" / "sub.py").write_text("NAME = 'sub'\n")
    (tmp_path / "data.csv").write_text("a,b\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    names = ["helper_mod_x", "consts_mod_x", "pkg_mod_x", "pkg_mod_x.sub"]
    yield tmp_path
    for name in names:
        sys.modules.pop(name, None)


def test_a_changed_module_drops_every_module_of_the_app(app_dir):
    # As Streamlit: all watched modules go, so helper's `from consts import VALUE` is redone.
    import helper_mod_x
    import pkg_mod_x.sub  # noqa: F401

    assert helper_mod_x.VALUE == 1
    (app_dir / "consts_mod_x.py").write_text("VALUE = 2  # changed\n")
    removed = forget_changed_modules(str(app_dir), ["consts_mod_x.py"])
    assert removed == ["consts_mod_x", "helper_mod_x", "pkg_mod_x", "pkg_mod_x.sub"]
    assert importlib.import_module("helper_mod_x").VALUE == 2
    assert "json" in sys.modules  # modules from elsewhere stay


def test_files_that_no_module_was_loaded_from_remove_nothing(app_dir):
    import helper_mod_x  # noqa: F401

    assert forget_changed_modules(str(app_dir), ["nothing_here.py", "data.csv"]) == []
    assert "helper_mod_x" in sys.modules


def test_a_new_module_file_is_found_by_the_next_import(app_dir):
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("fresh_mod_x")
    (app_dir / "fresh_mod_x.py").write_text("OK = True\n")
    try:
        forget_changed_modules(str(app_dir), ["fresh_mod_x.py"])
        assert importlib.import_module("fresh_mod_x").OK is True
    finally:
        sys.modules.pop("fresh_mod_x", None)


def test_which_changes_streamlit_reruns_for(app_dir):
    main = str(app_dir / "app.py")
    modules = {str((app_dir / "helper_mod_x.py").resolve())}
    check = lambda *paths, **kw: is_source_change(  # noqa: E731
        str(app_dir), paths, main_script=main, module_files=modules, **kw
    )
    assert check("app.py")
    assert check("helper_mod_x.py")
    assert check(".streamlit/secrets.toml")
    assert not check("data.csv", "requirements.txt", "unused_mod.py", ".streamlit/config.toml")
    pages = [str(app_dir / "pages" / "one.py"), str(app_dir / "pages" / "two.py")]
    assert check("pages/one.py", page_scripts=pages, current_page_script=pages[0])
    assert not check("pages/two.py", page_scripts=pages, current_page_script=pages[0])


def fake_session(app_dir, options=None, pages=None, current=""):
    pages_manager = SimpleNamespace(pages=pages, current_page_hash=current, page=lambda h: (pages or {}).get(h))
    return SimpleNamespace(
        script_path=str(app_dir / "app.py"),
        config=Config(options),
        runner=SimpleNamespace(pages_manager=pages_manager),
    )


def test_files_changed_answers_with_the_run_on_save_options(app_dir):
    import helper_mod_x  # noqa: F401

    answer = files_changed(fake_session(app_dir), str(app_dir), ["helper_mod_x.py"])
    assert answer == {"sourceChanged": True, "runOnSave": False, "allowRunOnSave": True}
    assert "helper_mod_x" not in sys.modules
    options = {"server.runOnSave": True, "server.allowRunOnSave": False}
    answer = files_changed(fake_session(app_dir, options), str(app_dir), ["data.csv"])
    assert answer == {"sourceChanged": False, "runOnSave": True, "allowRunOnSave": False}


def test_files_changed_ignores_a_page_not_shown(app_dir):
    pages = {
        name: PageInfo(
            page_script_hash=name, title=name, icon="", url_path=name, script_path=str(app_dir / "pages" / f"{name}.py")
        )
        for name in ("one", "two")
    }
    session = fake_session(app_dir, pages=pages, current="one")
    assert files_changed(session, str(app_dir), ["pages/one.py"])["sourceChanged"]
    assert not files_changed(session, str(app_dir), ["pages/two.py"])["sourceChanged"]

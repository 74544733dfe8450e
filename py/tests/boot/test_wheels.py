import importlib
import importlib.metadata
import sys
import zipfile

import pytest

from wasmlit.boot.wheels import INSTALLER, WheelInstallError, install_wheel, install_wheels


def make_wheel(folder, name="tinypkg", version="1.0", extra=None):
    dist_info = f"{name}-{version}.dist-info"
    files = {
        f"{name}/__init__.py": f'VERSION = "{version}"\n',
        f"{dist_info}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
        f"{dist_info}/WHEEL": "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        f"{dist_info}/RECORD": "",
        **(extra or {}),
    }
    path = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as wheel:
        for member, text in files.items():
            wheel.writestr(member, text)
    return path


@pytest.fixture
def site(tmp_path, monkeypatch):
    site = tmp_path / "site-packages"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    yield site
    for name in [n for n in sys.modules if n.split(".")[0] in {"tinypkg", "datapkg", "other"}]:
        del sys.modules[name]


def test_a_wheel_is_importable_with_its_metadata(tmp_path, site):
    wheel = make_wheel(tmp_path)
    assert install_wheel(str(wheel), str(site)) == "tinypkg-1.0.dist-info"
    importlib.invalidate_caches()
    assert importlib.import_module("tinypkg").VERSION == "1.0"
    assert importlib.metadata.version("tinypkg") == "1.0"
    assert (site / "tinypkg-1.0.dist-info" / "INSTALLER").read_text() == f"{INSTALLER}\n"


def test_purelib_data_is_installed_and_scripts_are_not(tmp_path, site):
    wheel = make_wheel(
        tmp_path,
        "datapkg",
        extra={
            "datapkg-1.0.data/purelib/other/__init__.py": "X = 1\n",
            "datapkg-1.0.data/scripts/run-me": "#!/bin/sh\n",
        },
    )
    install_wheels([str(wheel)], str(site))
    assert (site / "other" / "__init__.py").read_text() == "X = 1\n"
    assert not (site / "datapkg-1.0.data").exists()
    assert not list(site.rglob("run-me"))


def test_a_member_outside_site_packages_is_refused(tmp_path, site):
    wheel = make_wheel(tmp_path, extra={"../evil.py": "boom"})
    with pytest.raises(WheelInstallError, match="outside site-packages"):
        install_wheel(str(wheel), str(site))
    assert not (tmp_path / "evil.py").exists()


def test_a_file_that_is_not_a_zip_says_so(tmp_path, site):
    bad = tmp_path / "broken-1.0-py3-none-any.whl"
    bad.write_bytes(b"<html>not found</html>")
    with pytest.raises(WheelInstallError, match="broken-1.0-py3-none-any.whl is not a wheel"):
        install_wheel(str(bad), str(site))


def test_a_wheel_without_dist_info_is_refused(tmp_path, site):
    path = tmp_path / "odd-1.0-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as wheel:
        wheel.writestr("odd/__init__.py", "")
    with pytest.raises(WheelInstallError, match="0 .dist-info folders"):
        install_wheel(str(path), str(site))

"""cli/resolve_wheels.py's reasons, from pip -vv logs as pip 23+ prints them
against an index (each skipped link ends with "(from <index page>)"): a
package with only platform wheels, a version that does not exist, a name that
does not exist. Plain CPython, no browser."""

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "cli"))
from resolve_wheels import explain_pip_failure  # noqa: E402

PAGE = "(from https://pypi.org/simple/psycopg2-binary/)"
FILES = "https://files.pythonhosted.org/packages/aa/bb"
TAGS = "(run pip debug --verbose to show compatible tags)"


def skipped(reason, file_name, page=PAGE):
    return f"  Skipping link: {reason}: {FILES}/{file_name} {page}"


PLATFORM_ONLY = "\n".join([
    skipped("No sources permitted for psycopg2-binary", "psycopg2-binary-2.9.10.tar.gz"),
    skipped(f"none of the wheel's tags (cp27-cp27m-win32) are compatible {TAGS}",
            "psycopg2_binary-2.7.3.2-cp27-cp27m-win32.whl"),
    skipped(f"none of the wheel's tags (cp313-cp313-manylinux_2_17_x86_64, cp313-cp313-manylinux2014_x86_64) "
            f"are compatible {TAGS}", "psycopg2_binary-2.9.10-cp313-cp313-manylinux_2_17_x86_64.whl"),
    skipped(f"none of the wheel's tags (cp313-cp313-win_amd64) are compatible {TAGS}",
            "psycopg2_binary-2.9.10-cp313-cp313-win_amd64.whl"),
    "ERROR: Could not find a version that satisfies the requirement psycopg2-binary (from versions: none)",
    "ERROR: No matching distribution found for psycopg2-binary",
])


def test_only_platform_wheels_is_not_a_typo():
    text = explain_pip_failure("psycopg2-binary", PLATFORM_ONLY, "3.14.2")
    assert text.startswith("psycopg2-binary: has only platform-specific wheels (e.g. "
                           "cp313-cp313-manylinux2014_x86_64, cp313-cp313-manylinux_2_17_x86_64, "
                           "cp313-cp313-win_amd64 for 2.9.10), no pure-Python wheel")
    assert "cannot run in the browser" in text
    assert "No matching distribution" not in text


def test_no_such_version_lists_the_versions_there_are():
    log = "\n".join([
        "ERROR: Could not find a version that satisfies the requirement humanize==99 "
        "(from versions: 4.8.0, 4.9.0, 4.10.0)",
        "ERROR: No matching distribution found for humanize==99",
    ])
    text = explain_pip_failure("humanize==99", log, "3.14.2")
    assert text == ("humanize==99: no such version with a pure-Python wheel. The versions wasmlit can install "
                    "are 4.8.0, 4.9.0, 4.10.0: change the version in requirements.txt.")


def test_older_pure_wheels_and_newer_platform_wheels():
    log = "\n".join([
        skipped(f"none of the wheel's tags (cp314-cp314-win_amd64) are compatible {TAGS}",
                "mixed-2.0-cp314-cp314-win_amd64.whl", "(from https://pypi.org/simple/mixed/)"),
        "ERROR: Could not find a version that satisfies the requirement mixed>=2 (from versions: 1.0, 1.1)",
    ])
    text = explain_pip_failure("mixed>=2", log, "3.14.2")
    assert "The versions wasmlit can install are 1.0, 1.1; newer releases, up to 2.0, have only " \
           "platform-specific wheels" in text


def test_no_such_package():
    log = "\n".join([
        "ERROR: Could not find a version that satisfies the requirement nosuchthing (from versions: none)",
        "ERROR: No matching distribution found for nosuchthing",
    ])
    assert explain_pip_failure("nosuchthing", log, "3.14.2") == (
        "nosuchthing: no package named 'nosuchthing' was found on the package index: "
        "check the name in requirements.txt."
    )
    assert "in the --find-links folders" in explain_pip_failure("nosuchthing", log, "3.14.2", no_index=True)

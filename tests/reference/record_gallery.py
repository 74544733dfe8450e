"""Records what real Streamlit shows for examples/gallery/app.py, per element
(see element_text.py), into gallery_text.json next to this file.

Run it with a Python that has Playwright, giving a Streamlit 1.67 install's
`streamlit` command (a scratch venv: nothing of Streamlit enters the repo):

    python3 tests/reference/record_gallery.py --streamlit /work/stref/bin/streamlit

The gallery calls st.pdf, which Streamlit 1.67 draws only with its
`streamlit-pdf` component installed (`streamlit[pdf]`; wasmlit has the viewer
built in): put that package on the server's path, e.g. unpack its wheel
(`pip download streamlit-pdf --no-deps`) and run with PYTHONPATH=<unpacked dir>.

It serves the gallery with `streamlit run` on 127.0.0.1, opens it in Debian's
Chromium, waits for the first run to finish, reads every element (those in a tab
while that tab is selected) and writes them with the Streamlit version.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "py"))

from element_text import collect_by_tab  # noqa: E402
from wasmlit.testing.browser import CHROMIUM_ARGS, DEBIAN_CHROMIUM  # noqa: E402

APP = "examples/gallery/app.py"
OUT = HERE / "gallery_text.json"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_server(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as reply:
                if reply.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"streamlit did not start at {url}")


def streamlit_version(streamlit: str) -> str:
    python = Path(streamlit).with_name("python")
    return subprocess.run([str(python), "-c", "import streamlit; print(streamlit.__version__)"],
                          capture_output=True, text=True, check=True).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--streamlit", required=True, help="the `streamlit` command of a Streamlit 1.67 install")
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [args.streamlit, "run", APP, "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_server(url)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=DEBIAN_CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(url)
            page.locator("[data-testid=stApp][data-test-script-state=notRunning]").wait_for(timeout=120_000)
            records = collect_by_tab(page)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=20)
    data = {"streamlit": streamlit_version(args.streamlit), "app": APP, "elements": records}
    Path(args.out).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(records)} elements -> {args.out}")


if __name__ == "__main__":
    main()

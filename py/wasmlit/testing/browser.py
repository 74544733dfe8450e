"""Browser-test helpers: serve an app with the wasmlit CLI and wait for its
runs in a Playwright page. Needs Playwright (``pip install "wasmlit[browser]"``);
the pytest plugin (``wasmlit.pytest_plugin``) builds its fixtures on these.

The page reports its state on ``[data-testid=stApp]``:
``data-test-connection-state="CONNECTED"`` once Python is up, and
``data-test-script-state``, which turns ``"running"`` synchronously when the
page sends an event and ``"notRunning"`` once the DOM shows the finished run.
So right after an interaction, waiting for "notRunning" waits for exactly the
run that interaction started.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

APP_READY = "[data-testid=stApp][data-test-connection-state=CONNECTED][data-test-script-state=notRunning]"
BOOT_TIMEOUT_MS = 120_000
RERUN_TIMEOUT_MS = 30_000

# Debian's Chromium (apt-get install chromium), and the flags it needs in a
# container or CI machine.
DEBIAN_CHROMIUM = "/usr/lib/chromium/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


# --------------------------------------------------------------------------- waiting


def _timeout_error() -> type[BaseException]:
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    return PlaywrightTimeoutError


def wait_for_app(page: "Page", timeout: float = BOOT_TIMEOUT_MS) -> None:
    """Waits until the app is connected and its script is not running (the
    first run after a page load included). ``timeout`` in milliseconds."""
    try:
        page.locator(APP_READY).wait_for(timeout=timeout)
    except _timeout_error():
        app = page.locator("[data-testid=stApp]")
        shown = app.inner_text(timeout=1000) if app.count() else page.content()[:2000]
        raise AssertionError(f"the app did not become ready within {timeout} ms; the page shows:\n{shown}") from None


def wait_for_rerun(page: "Page", timeout: float = RERUN_TIMEOUT_MS) -> None:
    """Waits until the run started by the last interaction has finished and
    the page shows it (returns at once when no run is going)."""
    try:
        page.locator(APP_READY).wait_for(timeout=timeout)
    except _timeout_error():
        state = page.get_by_test_id("stApp").get_attribute("data-test-script-state", timeout=1000)
        raise AssertionError(f"the script was still {state!r} after {timeout} ms") from None


def click_and_wait(locator: "Locator", *, timeout: float = RERUN_TIMEOUT_MS, **click_args: Any) -> None:
    """Clicks ``locator``, then waits for the rerun the click starts."""
    locator.click(**click_args)
    wait_for_rerun(locator.page, timeout)


def press_and_wait(locator: "Locator", key: str, *, timeout: float = RERUN_TIMEOUT_MS) -> None:
    """Presses ``key`` (e.g. "Enter") in ``locator``, then waits for any rerun."""
    locator.press(key)
    wait_for_rerun(locator.page, timeout)


def fill_and_wait(locator: "Locator", value: str, *, timeout: float = RERUN_TIMEOUT_MS) -> None:
    """Types ``value`` into a text or number input and commits it with Enter
    (as a user does), then waits for the rerun."""
    locator.fill(value)
    press_and_wait(locator, "Enter", timeout=timeout)


# --------------------------------------------------------------------------- the CLI


def find_cli(start: str | os.PathLike[str] | None = None) -> Path | None:
    """The wasmlit CLI (``cli/wasmlit.js``): the checkout this package was
    imported from, else one found from ``start`` upwards (a wasmlit checkout,
    or ``node_modules/wasmlit`` of a project); None if there is none."""
    here = Path(__file__).resolve()
    # py/wasmlit/testing/browser.py -> the checkout's cli/wasmlit.js
    candidates = [here.parents[3] / "cli" / "wasmlit.js"]
    if start is not None:
        folder = Path(start).resolve()
        for parent in (folder, *folder.parents):
            candidates.append(parent / "cli" / "wasmlit.js")
            candidates.append(parent / "node_modules" / "wasmlit" / "cli" / "wasmlit.js")
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    return None


class AppServer:
    """``node CLI serve APP --port 0 [ARGS]``: serves one app on a free port of
    127.0.0.1; ``base_url`` is read from its output. The first start builds the
    page bundle when the checkout has no dist/ yet, which takes a while."""

    START_TIMEOUT_S = 300.0

    def __init__(
        self,
        app_path: str | os.PathLike[str],
        args: tuple[str, ...] = (),
        *,
        cli: str | os.PathLike[str],
        node: str | None = None,
    ) -> None:
        node = node or os.environ.get("WASMLIT_NODE") or shutil.which("node") or "node"
        self.cli = Path(cli)
        self.command = [node, str(self.cli), "serve", str(app_path), "--port", "0", *args]
        self.output: list[str] = []
        self.base_url: str | None = None
        self.proc = subprocess.Popen(
            self.command,
            cwd=self.cli.parent.parent,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._drain, args=(lines,), daemon=True).start()
        deadline = time.monotonic() + self.START_TIMEOUT_S
        while self.base_url is None:
            remaining = deadline - time.monotonic()
            try:
                line = lines.get(timeout=max(0.0, remaining))
            except queue.Empty:
                line = None
                remaining = 0
            if line is None:
                self.close()
                why = (
                    "exited" if self.proc.poll() is not None else f"printed no URL within {self.START_TIMEOUT_S:.0f} s"
                )
                raise RuntimeError(f"`{' '.join(self.command)}` {why}:\n{''.join(self.output)}")
            match = re.search(r"http://(?:127\.0\.0\.1|localhost):(\d+)/", line)
            if match:
                self.base_url = f"http://127.0.0.1:{match.group(1)}"

    def _drain(self, lines: "queue.Queue[str | None]") -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.output.append(line)
            lines.put(line)
        lines.put(None)

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)


def chromium_launch_args(browser_type: Any, launch_args: dict[str, Any], chromium: str | None = None) -> dict[str, Any]:
    """Launch arguments for ``browser_type``: unchanged unless it is Chromium
    and no executable is configured while Playwright's own Chromium is not
    installed; then Debian's Chromium (or ``chromium``) with the flags it needs."""
    if getattr(browser_type, "name", "chromium") != "chromium" or launch_args.get("executable_path"):
        return dict(launch_args)
    if chromium is None:
        try:
            bundled = browser_type.executable_path
        except Exception:  # noqa: BLE001 - not installed, or no driver
            bundled = ""
        if bundled and os.path.exists(bundled):
            return dict(launch_args)
        chromium = DEBIAN_CHROMIUM if os.path.exists(DEBIAN_CHROMIUM) else None
    if chromium is None:
        return dict(launch_args)
    args = list(launch_args.get("args") or [])
    args += [flag for flag in CHROMIUM_ARGS if flag not in args]
    return {**launch_args, "executable_path": chromium, "args": args}

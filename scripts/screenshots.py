"""Side-by-side screenshots of wasmlit and Streamlit 1.67 (docs/looks.md).

Serves examples/counter and each tab of examples/gallery with Streamlit
(`streamlit run`, from the Streamlit installation you name) and with wasmlit
(`wasmlit serve`, from this checkout's dist/), takes a screenshot of each page
in Debian's Chromium in the light and the dark colour scheme, and writes
Streamlit (left) next to wasmlit (right) as small PNGs into docs/screenshots/.

    npm run build
    python3 scripts/screenshots.py --streamlit /path/to/venv/bin/streamlit

Both servers run the same copy of each app. Lines of the gallery that
Streamlit 1.67 rejects (see COMPAT below) are left out of that copy while the
gallery still has them, so that both pages show the same elements.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "py"))
from wasmlit.testing.browser import CHROMIUM_ARGS, DEBIAN_CHROMIUM  # noqa: E402

READY = "[data-testid=stApp][data-test-script-state=notRunning]"
GALLERY_TABS = ["Text", "Data", "Figures", "Inputs", "Media", "Capture", "Layout", "Chat"]
VIEWPORT = {"width": 1280, "height": 900}
# What each page shot is scaled to, and its colours (a palette PNG stays small).
SCALE = 0.5
COLOURS = 128
MAX_HEIGHT = 3600

# Gallery lines Streamlit 1.67 rejects: pattern -> replacement (None drops the line).
COMPAT = {
    r'^\s*st\.page_link\("app\.py".*$': None,  # the entrypoint's own file: "Could not find page"
    r"^\s*st\.image\(\[?PIXELS.*$": None,  # nested lists are not images for Streamlit
    r"^(\s*)st\.audio\(TONE, sample_rate=8000\)$": r'\1st.audio(tone_wav(), format="audio/wav")',  # needs numpy
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float = 120) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def streamlit_valid_copy(app: Path, into: Path) -> Path:
    """A copy of the app's folder with COMPAT applied to its script."""
    target = into / app.parent.name
    shutil.copytree(app.parent, target)
    lines = []
    for line in (target / app.name).read_text().splitlines():
        for pattern, replacement in COMPAT.items():
            if re.match(pattern, line):
                line = None if replacement is None else re.sub(pattern, replacement, line)
                break
        if line is not None:
            lines.append(line)
    (target / app.name).write_text("\n".join(lines) + "\n")
    return target / app.name


@contextlib.contextmanager
def serve(command: list[str], url: str, cwd: Path, log: Path):
    with open(log, "w") as out:
        proc = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_http(url)
            yield url
        except Exception:
            if proc.poll() is not None:  # the server died: say how
                print(f"{command[0]} ... exited with {proc.returncode}:\n{log.read_text()[-3000:]}", file=sys.stderr)
            raise
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


def page_shot(page, url: str, tab: str | None):
    """PNG bytes of the whole app (its scrolling main area stretched to full height)."""
    from PIL import Image

    page.set_viewport_size(VIEWPORT)
    for attempt in range(3):  # a loaded machine sometimes drops the first connection
        try:
            page.goto(url)
            break
        except Exception:
            if attempt == 2:
                raise
            time.sleep(2)
    page.wait_for_selector(READY, timeout=180_000)
    page.wait_for_timeout(1500)
    if tab:
        page.get_by_role("tab", name=tab, exact=True).click()
        page.wait_for_selector(READY)
        page.wait_for_timeout(1500)
    height = page.evaluate(
        """() => Math.max(innerHeight, ...[...document.querySelectorAll(
             '[data-testid=stMain], .stMain, [data-testid=stAppScrollToBottomContainer], [data-testid=stSidebarContent]')]
           .map((e) => e.scrollHeight))"""
    )
    page.set_viewport_size({"width": VIEWPORT["width"], "height": min(int(height) + 40, MAX_HEIGHT)})
    # Streamlit draws some elements only once they are in view: let them arrive.
    page.wait_for_timeout(3000)
    page.mouse.move(0, 0)
    return Image.open(io.BytesIO(page.screenshot()))


def side_by_side(left, right, title: str):
    from PIL import Image, ImageDraw

    scale = lambda im: im.resize((round(im.width * SCALE), round(im.height * SCALE)), Image.LANCZOS)  # noqa: E731
    left, right = scale(left.convert("RGB")), scale(right.convert("RGB"))
    gap, bar = 8, 22
    out = Image.new("RGB", (left.width + gap + right.width, bar + max(left.height, right.height)), "#808080")
    draw = ImageDraw.Draw(out)
    draw.text((6, 5), f"Streamlit 1.67 - {title}", fill="white")
    draw.text((left.width + gap + 6, 5), f"wasmlit - {title}", fill="white")
    out.paste(left, (0, bar))
    out.paste(right, (left.width + gap, bar))
    return out.quantize(colors=COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--streamlit", required=True, help="the `streamlit` executable of a Streamlit 1.67 installation")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="folder for the PNGs")
    parser.add_argument("--chromium", default=os.environ.get("WASMLIT_CHROMIUM", DEBIAN_CHROMIUM))
    parser.add_argument("--themes", default="light,dark", help="colour schemes, comma-separated")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    themes = [t for t in args.themes.split(",") if t]
    apps = {"counter": (ROOT / "examples/counter/app.py", [None]), "gallery": (ROOT / "examples/gallery/app.py", GALLERY_TABS)}
    written = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        for name, (app, tabs) in apps.items():
            script = streamlit_valid_copy(app, Path(tmp))
            st_port, wl_port = free_port(), free_port()
            st_cmd = [args.streamlit, "run", script.name, "--server.headless", "true", "--server.address", "127.0.0.1",
                      "--server.port", str(st_port), "--browser.gatherUsageStats", "false", "--global.developmentMode", "false"]
            wl_cmd = ["node", str(ROOT / "cli" / "wasmlit.js"), "serve", str(script), "--port", str(wl_port)]
            with serve(st_cmd, f"http://127.0.0.1:{st_port}/_stcore/health", script.parent, Path(tmp) / f"{name}-st.log"), \
                 serve(wl_cmd, f"http://127.0.0.1:{wl_port}/", ROOT, Path(tmp) / f"{name}-wl.log"):
                for theme in themes:
                    context = browser.new_context(color_scheme=theme, viewport=VIEWPORT)
                    page = context.new_page()
                    for tab in tabs:
                        title = f"{name}{' / ' + tab if tab else ''} ({theme})"
                        left = page_shot(page, f"http://127.0.0.1:{st_port}/", tab)
                        right = page_shot(page, f"http://127.0.0.1:{wl_port}/", tab)
                        file = out / f"{name}{'-' + tab.lower() if tab else ''}-{theme}.png"
                        side_by_side(left, right, title).save(file, optimize=True)
                        written.append(file)
                        print(f"{file.relative_to(ROOT) if file.is_relative_to(ROOT) else file}: {file.stat().st_size / 1e3:.0f} KB")
                    context.close()
        browser.close()
    total = sum(f.stat().st_size for f in written)
    print(f"{len(written)} screenshots, {total / 1e3:.0f} KB in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())

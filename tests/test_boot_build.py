"""A build where Pyodide cannot run in Node (so neither bytecode nor a memory
snapshot can be made) still makes a working site, and says so."""

import os
import subprocess
import time

from conftest import ROOT, static_server, wait_for_app
from playwright.sync_api import expect

COUNTER = ROOT / "examples" / "counter"


def test_a_build_without_boot_files_warns_and_boots_from_sources(page, tmp_path):
    dist = tmp_path / "dist"
    env = {**os.environ, "WASMLIT_BOOT_NODE": "/bin/false"}
    vite = ROOT / "node_modules" / "vite" / "bin" / "vite.js"
    result = subprocess.run(
        ["node", str(vite), "build", "--outDir", str(dist), "--emptyOutDir"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "wasmlit: warning: Pyodide could not run in Node to make the boot files" in output
    version_dir = next(p for p in (dist / "pyodide").iterdir() if p.is_dir())
    names = sorted(p.name for p in version_dir.iterdir())
    assert not [n for n in names if n.startswith(("wasmlit-snapshot-", "wasmlit-stdlib-"))], names
    assert [n for n in names if n.startswith("wasmlit-runtime-")], names

    site = tmp_path / "site"
    script = (
        "const [{ buildSite }, { resolveApp }] = await Promise.all([import('./cli/site.js'), import('./cli/app-bundle.js')]);"
        f"buildSite({{ distDir: {str(dist)!r}, app: resolveApp({str(COUNTER)!r}), config: {{}}, outDir: {str(site)!r} }});"
    )
    subprocess.run(["node", "--input-type=module", "-e", script], cwd=ROOT, check=True, timeout=300)

    messages = []
    page.on("console", lambda message: messages.append(message.text))
    with static_server(site) as url:
        page.goto(url)
        wait_for_app(page)
        page.get_by_role("button", name="Increment").click()
        expect(page.get_by_test_id("stMarkdown").filter(has_text="Count =  1")).to_have_count(1)
        deadline = time.time() + 10
        while time.time() < deadline and not any(m.startswith("wasmlit: boot timings ") for m in messages):
            page.wait_for_timeout(50)
    assert any('"path":"source"' in m for m in messages if m.startswith("wasmlit: boot timings ")), messages

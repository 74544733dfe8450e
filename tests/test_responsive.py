"""Responsive execution: output arrives while a script runs, sleeps really
wait, events during a run start a fresh run, runs can be stopped, and a
crashed or stuck worker is replaced with a clear message."""

import time

from conftest import click_and_wait, markdown, wait_idle
from playwright.sync_api import expect

RECORD_PROGRESS = """() => {
  window.__progress = [];
  const record = () => {
    const bar = document.querySelector('[data-testid=stProgress] [role=progressbar]');
    const value = bar && bar.getAttribute('aria-valuenow');
    const state = document.querySelector('[data-testid=stApp]').getAttribute('data-test-script-state');
    if (value !== null && value !== undefined && window.__progress.at(-1)?.value !== value) {
      window.__progress.push({ value, state });
    }
  };
  new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true });
}"""


def script_state(page):
    return page.get_by_test_id("stApp").get_attribute("data-test-script-state")


def test_progress_values_reach_the_page_during_the_run(open_app):
    page = open_app("responsive")
    page.evaluate(RECORD_PROGRESS)
    page.get_by_role("button", name="Progress").click()
    wait_idle(page)
    seen = page.evaluate("window.__progress")
    values = [entry["value"] for entry in seen]
    assert values == ["0", "20", "40", "60", "80", "100"], seen
    # The intermediate values were on screen while the script was still running.
    assert all(entry["state"] == "running" for entry in seen[:-1]), seen
    expect(page.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "100")
    expect(page.get_by_test_id("stProgress")).to_contain_text("Step 5")
    expect(markdown(page, "progress done")).to_have_count(1)
    assert page.errors == []


def test_spinner_is_shown_during_the_work_and_removed_after(open_app):
    page = open_app("responsive")
    page.get_by_role("button", name="Spinner").click()
    spinner = page.get_by_test_id("stSpinner")
    expect(spinner).to_be_visible()
    expect(spinner).to_contain_text("Working hard...")
    assert script_state(page) == "running"
    wait_idle(page)
    expect(spinner).to_have_count(0)
    expect(markdown(page, "spinner done")).to_have_count(1)


def test_sleep_really_waits_and_shows_the_running_state(open_app):
    page = open_app("responsive")
    started = time.monotonic()
    page.get_by_role("button", name="Sleep").click()
    expect(page.get_by_test_id("stStatusWidget")).to_be_visible()
    wait_idle(page)
    elapsed = time.monotonic() - started
    assert 0.95 <= elapsed < 5, elapsed
    expect(markdown(page, "slept 1.0")).to_have_count(1)


def test_event_during_a_long_sleep_starts_a_fresh_run(open_app):
    page = open_app("responsive")
    clicks_before = int(page.get_by_test_id("stMarkdown").filter(has_text="clicks:").inner_text().split()[-1])
    page.get_by_role("button", name="Slow").click()
    expect(markdown(page, "slow started")).to_have_count(1)
    assert script_state(page) == "running"
    started = time.monotonic()
    page.get_by_role("button", name="Count").click()
    field = page.get_by_label("Value")
    field.fill("fresh")
    field.press("Enter")
    wait_idle(page, timeout=10_000)
    assert time.monotonic() - started < 5
    expect(markdown(page, "value: fresh")).to_have_count(1)
    # The Count callback ran exactly once, and the old run's output is gone.
    expect(markdown(page, f"clicks: {clicks_before + 1}")).to_have_count(1)
    expect(markdown(page, "slow started")).to_have_count(0)
    expect(markdown(page, "slow finished")).to_have_count(0)
    expect(markdown(page, "end of script")).to_have_count(1)


def test_write_stream_status_and_toast(open_app):
    page = open_app("responsive")
    # Every text the page shows while the stream runs, recorded as it changes:
    # a partial stream lasts 0.3 s, shorter than Playwright's polling on a busy machine.
    page.evaluate("""() => {
      window.__streamTexts = [];
      new MutationObserver(() => {
        for (const node of document.querySelectorAll("[data-testid=stMarkdown]")) {
          const text = node.textContent;
          if (text.startsWith("alpha") && window.__streamTexts.at(-1) !== text) window.__streamTexts.push(text);
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    }""")
    page.get_by_role("button", name="Stream").click()
    wait_idle(page)
    expect(markdown(page, "alpha beta gamma")).to_have_count(1)
    texts = page.evaluate("window.__streamTexts")
    assert "alpha beta" in [t.strip() for t in texts], texts   # a partial stream was shown mid-run
    assert texts[-1].strip() == "alpha beta gamma", texts

    page.get_by_role("button", name="Status").click()
    status = page.get_by_test_id("stExpander")
    expect(status).to_contain_text("Downloading data...")
    wait_idle(page)
    expect(status).to_contain_text("Download complete!")
    expect(status).to_contain_text("Searching for data...")

    click_and_wait(page, page.get_by_role("button", name="Toast"))
    expect(page.get_by_test_id("stToast")).to_contain_text("Toasted!")


def test_stop_ends_a_cpu_bound_loop_in_an_isolated_page(open_app):
    page = open_app("responsive")
    assert page.evaluate("crossOriginIsolated") is True
    page.get_by_role("button", name="Spin", exact=True).click()
    expect(markdown(page, "spinning")).to_have_count(1)
    # Kept: nothing marks "the loop is still spinning"; a run that wrongly ended
    # after its first delta would have ended within this time.
    time.sleep(0.3)
    assert script_state(page) == "running"
    started = time.monotonic()
    page.get_by_test_id("stStatusWidget").get_by_role("button", name="Stop").click()
    wait_idle(page, timeout=5_000)
    assert time.monotonic() - started < 1.0
    expect(markdown(page, "spinning")).to_have_count(1)
    expect(markdown(page, "end of script")).to_have_count(0)
    # Python was interrupted, not restarted: the session is intact and works.
    expect(page.get_by_text("session's state was reset")).to_have_count(0)
    clicks = page.get_by_test_id("stMarkdown").filter(has_text="clicks:").inner_text()
    click_and_wait(page, page.get_by_role("button", name="Count"))
    expect(markdown(page, f"clicks: {int(clicks.split()[-1]) + 1}")).to_have_count(1)


def test_event_interrupts_a_cpu_bound_loop_in_an_isolated_page(open_app):
    page = open_app("responsive")
    page.get_by_role("button", name="Spin", exact=True).click()
    expect(markdown(page, "spinning")).to_have_count(1)
    field = page.get_by_label("Value")
    field.fill("after spin")
    field.press("Enter")
    wait_idle(page, timeout=5_000)
    expect(markdown(page, "value: after spin")).to_have_count(1)
    expect(markdown(page, "spinning")).to_have_count(0)


def test_stop_without_isolation_restarts_python_with_a_notice(open_app):
    page = open_app("responsive", "--no-isolation")
    assert page.evaluate("crossOriginIsolated") is False
    click_and_wait(page, page.get_by_role("button", name="Count"))
    expect(markdown(page, "clicks: 1")).to_have_count(1)
    # A sleeping script is still stopped in place (Python polls during sleeps).
    page.get_by_role("button", name="Slow").click()
    expect(markdown(page, "slow started")).to_have_count(1)
    page.get_by_test_id("stStatusWidget").get_by_role("button", name="Stop").click()
    wait_idle(page, timeout=5_000)
    expect(markdown(page, "clicks: 1")).to_have_count(1)
    # As in Streamlit, the stopped run's output stays and what it did not redraw is gone.
    expect(markdown(page, "slow started")).to_have_count(1)
    expect(markdown(page, "end of script")).to_have_count(0)
    click_and_wait(page, page.get_by_role("button", name="Count"))
    expect(markdown(page, "clicks: 2")).to_have_count(1)
    # A CPU-bound loop cannot be interrupted here: Python is restarted.
    page.get_by_role("button", name="Spin", exact=True).click()
    expect(markdown(page, "spinning")).to_have_count(1)
    page.get_by_test_id("stStatusWidget").get_by_role("button", name="Stop").click()
    notice = page.get_by_role("alert").filter(has_text="session's state was reset")
    expect(notice).to_be_visible(timeout=10_000)
    wait_idle(page)
    expect(markdown(page, "clicks: 0")).to_have_count(1)
    click_and_wait(page, page.get_by_role("button", name="Count"))
    expect(markdown(page, "clicks: 1")).to_have_count(1)


def test_crashed_worker_shows_an_error_with_a_restart_button(open_app):
    page = open_app("crash")
    expect(markdown(page, "runs: 1")).to_have_count(1)
    page.get_by_role("button", name="Crash the worker").click()
    crash = page.get_by_role("alert").filter(has_text="the worker exploded")
    expect(crash).to_be_visible(timeout=10_000)
    crash.get_by_role("button", name="Restart").click()
    wait_idle(page, timeout=120_000)
    expect(markdown(page, "runs: 1")).to_have_count(1)
    expect(page.get_by_role("alert").filter(has_text="the worker exploded")).to_have_count(0)
    page.errors.clear()

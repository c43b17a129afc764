"""The playground in real headless Chromium, served by `luminora serve`.

Plays API.md's reference conversation by typing in the page, then checks what the panel
shows (facts, affinity, sessions), edits and forgets facts in place, and checks keyboard
use, escaping, contrast and a 375 px wide screen. Needs Debian's `chromium` (the README's
`make test` installs it) and Playwright for Python (a dev dependency); it is skipped, with
the reason, only where one of them is missing.

The README's screenshot, docs/playground.png, is written when it is missing or when
LUMINORA_UPDATE_SCREENSHOTS=1 (so that ordinary runs leave the working tree alone); every
run saves its screenshots under the test's tmp_path.
"""

from __future__ import annotations

import os
import shutil
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from tests.conftest import REPO_ROOT

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tests.e2e.conftest import RunningServer

sync_api = pytest.importorskip(
    "playwright.sync_api",
    reason="Playwright for Python is not installed (pip install -e '.[dev]'): "
    "skipping the playground browser test",
)

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REFERENCE_TURNS = [
    "ire al himalaya que te parece, soy carlos",
    "como te llamas?",
    "vaya no lo sabes??",
]
expect = sync_api.expect
README_SCREENSHOT = REPO_ROOT / "docs" / "playground.png"
TIMEOUT_MS = 15_000


def find_chromium() -> str | None:
    """Debian's chromium (or the one LUMINORA_CHROMIUM names)."""
    candidates = [os.environ.get("LUMINORA_CHROMIUM"), "/usr/bin/chromium"]
    candidates += [shutil.which(name) for name in ("chromium", "chromium-browser")]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = find_chromium()
    if executable is None:
        pytest.skip(
            "Chromium is not installed (apt-get install chromium; `make test` does it): "
            "skipping the playground browser test"
        )
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def open_page(browser: Any) -> Iterator[Any]:
    """Opens the playground of a server in a fresh browser context; reports page errors."""
    contexts: list[Any] = []
    errors: list[str] = []

    def open_(server: RunningServer, **context_options: Any) -> Any:
        context = browser.new_context(viewport={"width": 1280, "height": 820}, **context_options)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on(
            "console",
            lambda msg: errors.append(msg.text) if msg.type == "error" else None,
        )
        page.goto(server.url + "/")
        try:
            page.wait_for_selector("body[data-ready=true]", timeout=2 * TIMEOUT_MS)
        except sync_api.TimeoutError:
            alert = page.inner_text("#alert-text")
            pytest.fail(f"the playground did not load: alert={alert!r} errors={errors}")
        return page

    yield open_
    for context in contexts:
        context.close()
    assert errors == [], f"the page reported errors: {errors}"


def say(page: Any, text: str) -> None:
    """Type a message as a user would and wait until the turn is shown."""
    turns = int(page.get_attribute("body", "data-turns") or 0)
    page.click("#message")
    page.keyboard.type(text)
    page.keyboard.press("Enter")
    page.wait_for_selector(f"body[data-turns='{turns + 1}']")


def fact_values(page: Any, key: str) -> list[str]:
    return [
        str(v).strip()
        for v in page.locator(f"#facts li[data-key='{key}'] .fact-value").all_inner_texts()
    ]


def api_facts(server: RunningServer) -> dict[str, list[str]]:
    headers = {"Authorization": f"Bearer {server.token}"}
    with httpx.Client(base_url=server.url, headers=headers, timeout=10) as http:
        response = http.get("/v1/facts")
    response.raise_for_status()
    facts: dict[str, list[str]] = {}
    for fact in response.json()["facts"]:
        facts.setdefault(fact["key"], []).append(fact["value"])
    return facts


def test_reference_conversation_typed_in_the_page_shows_facts_and_affinity(
    server: RunningServer, open_page: Any, tmp_path: Path
) -> None:
    # Given the playground, talking to Sakura
    page = open_page(server)
    page.select_option("#personality", "sakura")
    assert page.get_attribute("#gauge", "aria-valuenow") == "0"

    # When the reference conversation is typed in
    for turn in REFERENCE_TURNS:
        say(page, turn)

    # Then the replies came from the offline responder and know who he is
    replies = page.locator("#log .msg-bot:not(.pending) .text").all_inner_texts()
    assert len(replies) == 3
    assert "Sakura" in replies[1]
    assert "Carlos" in replies[2]
    assert page.locator("#log .badge.fallback").count() == 3
    # and the panel shows the facts with their source and confidence, and the gauge moved
    assert fact_values(page, "name") == ["Carlos"]
    assert fact_values(page, "travel_destination") == ["Himalaya"]
    name_meta = page.inner_text("#facts li[data-key='name'] .fact-meta")
    assert "source: rules" in name_meta and "% confidence" in name_meta
    points = int(page.get_attribute("#gauge", "aria-valuenow") or 0)
    assert points > 0
    assert page.inner_text("#affinity-points") == str(points)
    assert page.inner_text("#affinity-level").strip().lower() == "stranger"
    sessions = page.locator("#sessions button").all_inner_texts()
    assert len(sessions) == 1 and "3 turns" in sessions[0]

    page.set_viewport_size({"width": 1280, "height": 980})  # room for the whole conversation
    page.evaluate("document.getElementById('log').scrollTop = 1e6")
    page.screenshot(path=str(tmp_path / "playground.png"))
    if not README_SCREENSHOT.exists() or os.environ.get("LUMINORA_UPDATE_SCREENSHOTS") == "1":
        README_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(README_SCREENSHOT))

    # When the name is edited in place (keyboard only)
    page.click("#facts li[data-key='name'] button[data-action='edit']")
    page.keyboard.press("Control+A")
    page.keyboard.type("Carlitos")
    page.keyboard.press("Enter")
    page.wait_for_selector("#facts li[data-key='name'] .fact-value:text-is('Carlitos')")
    # Then it is stored as the user's own statement, and focus is back on its Edit button
    assert "source: user" in page.inner_text("#facts li[data-key='name'] .fact-meta")
    assert api_facts(server)["name"] == ["Carlitos"]
    assert page.evaluate("document.activeElement.dataset.action") == "edit"

    # When the destination is forgotten
    page.click("#facts li[data-key='travel_destination'] button[data-action='forget']")
    page.wait_for_selector("#facts li[data-key='travel_destination']", state="detached")
    # Then it is gone from the panel and from memory
    assert "travel_destination" not in api_facts(server)
    assert fact_values(page, "name") == ["Carlitos"]

    # And at phone width (375 px) nothing scrolls sideways and the message box is usable
    page.set_viewport_size({"width": 375, "height": 812})
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    box = page.locator("#message").bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375
    say(page, "gracias, eres muy amable")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.screenshot(path=str(tmp_path / "playground-375.png"), full_page=True)


def test_sessions_reopen_with_their_history_and_memory_carries_to_another_personality(
    server: RunningServer, open_page: Any
) -> None:
    # Given one conversation with Sakura
    page = open_page(server)
    say(page, "hi, i'm lucia and i love hiking")
    first_session = page.inner_text("#session-id")

    # When the user switches to Kenji
    page.select_option("#personality", "kenji")
    # Then a new session starts, with Kenji's own affinity, and he still knows her name
    expect(page.locator("#session-id")).not_to_have_text(first_session)
    expect(page.locator("#gauge")).to_have_attribute("aria-valuenow", "0")
    expect(page.locator("#partner")).to_have_text("Kenji")
    say(page, "what's my name?")
    assert "Lucia" in page.locator("#log .msg-bot .text").last.inner_text()

    # When the first session is opened from the list
    page.click(f"#sessions button[data-session='{first_session}']")
    page.wait_for_selector(f"#sessions button[data-session='{first_session}'][aria-current='true']")
    # Then its history is shown and Sakura is picked again
    expect(page.locator("#session-id")).to_have_text(first_session)
    expect(page.locator("#personality")).to_have_value("sakura")
    expect(page.locator("#log .msg .text")).to_have_count(2)
    texts = page.locator("#log .msg .text").all_inner_texts()
    assert texts[0] == "hi, i'm lucia and i love hiking" and len(texts) == 2


def test_keyboard_use_labels_and_user_text_is_never_html(
    server: RunningServer, open_page: Any
) -> None:
    page = open_page(server)
    # The first Tab reaches the skip link, which leads to the message box
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "message"
    # Every form control has a label
    unlabeled = page.evaluate(
        """() => [...document.querySelectorAll('input, select, textarea')]
              .filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label'))
              .map(c => c.id || c.name)"""
    )
    assert unlabeled == []
    # Shift+Enter adds a line; Enter sends
    page.click("#message")
    page.keyboard.type("<img src=x onerror=alert(1)> first line")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("second line")
    assert page.locator("#log .msg-user").count() == 0
    page.keyboard.press("Enter")
    page.wait_for_selector("body[data-turns='1']")
    shown = page.locator("#log .msg-user .text").last.inner_text()
    assert shown == "<img src=x onerror=alert(1)> first line\nsecond line"
    assert page.locator("#log img").count() == 0
    # The log announces new replies politely
    assert page.get_attribute("#log", "aria-live") == "polite"


CONTRAST_SCRIPT = """() => {
  const parse = (c) => {
    const m = c.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let n = el; n; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c && c.a > 0.5) return c;
    }
    return parse(getComputedStyle(document.documentElement).backgroundColor)
      || { r: 255, g: 255, b: 255, a: 1 };
  };
  const selector = 'h1, h2, label, .muted, .badge, .button, .fact-key, .fact-value, '
    + '.msg .who, .msg .text, .msg-notice, .level, .delta, .session-meta, code';
  return [...document.querySelectorAll(selector)]
    .filter((el) => el.getClientRects().length && !el.disabled && el.textContent.trim())
    .map((el) => {
      const [a, b] = [lum(parse(getComputedStyle(el).color)), lum(background(el))]
        .sort((x, y) => y - x);
      return { what: `${el.className || el.tagName}: ${el.textContent.trim().slice(0, 24)}`,
               ratio: Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100 };
    });
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_meets_wcag_aa_contrast(server: RunningServer, open_page: Any, scheme: str) -> None:
    # Given a page with messages, badges and facts, in the light and the dark scheme
    page = open_page(server, color_scheme=scheme)
    say(page, "ire al himalaya que te parece, soy carlos")
    # Then all visible text has at least 4.5:1 contrast against its background
    checked = page.evaluate(CONTRAST_SCRIPT)
    assert len(checked) > 15
    low = [c for c in checked if c["ratio"] < 4.5]
    assert low == [], f"text below WCAG AA contrast in {scheme}: {low}"

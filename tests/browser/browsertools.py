"""A real browser for tests: Debian's Chromium driven by Playwright, axe-core run
inside each page, and the Nu HTML Checker (vnu.jar) for the markup.

The tools come from the system (chromium, java) and from `npm ci` (axe-core,
vnu-jar; `make test` runs it). Locally a missing tool skips these tests with the
reason; with CI=true it fails them, so CI can never pass without looking.
"""
from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pytest

from conftest import ROOT

# Debian's chromium; elsewhere set CHROMIUM, or the first Chromium on the PATH is used.
CHROMIUM = Path(os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
                or "/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
ARTIFACTS = ROOT / "test-artifacts"

# Only what could ever reach out is switched off: the pages must do the rest.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# And axe's best practices (Lighthouse runs them): a dialog with no name, two landmarks
# with one name, headings out of order are barriers too, if not WCAG failures.
AXE_TAGS = [*WCAG_TAGS, "best-practice"]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"true", "1", "yes"}


def need(ok: bool, what: str) -> None:
    """Skip (locally) or fail (in CI) when a tool the browser suite needs is missing."""
    if ok:
        return
    message = f"{what} is missing: the browser checks cannot run (`make test` installs the npm tools; " \
              "`.ci/run` installs chromium and Java)"
    if in_ci():
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
        pass


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 from a thread; yields its base address."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def from_disk(folder: Path) -> str:
    """The base address of a site opened from its folder, as someone who unzipped
    it would (file://), with no server at all."""
    return folder.resolve().as_uri() + "/"


@dataclass
class Browser:
    """One Chromium tab, reused for every page (the machine has two cores).
    Every request any page makes is recorded; none is let through to another host."""

    chromium: object
    base: str
    options: dict = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    page: object = None

    def __post_init__(self) -> None:
        self.context = self.chromium.new_context(service_workers="block", **self.options)
        self.context.route("**/*", self._guard)
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.page = self.context.new_page()

    def _guard(self, route) -> None:
        if self.is_local(route.request.url):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    def is_local(self, url: str) -> bool:
        return url.startswith((self.base, "data:", "blob:", "about:"))

    def open(self, path: str, width: int = 1280, height: int = 900) -> None:
        self.page.set_viewport_size({"width": width, "height": height})
        self.page.goto(self.base + path, wait_until="networkidle")

    @contextmanager
    def another(self, **options) -> Iterator["Browser"]:
        """A second tab with its own storage and settings (e.g. color_scheme='dark');
        its requests count with this one's."""
        other = Browser(self.chromium, self.base, options, self.requests)
        try:
            yield other
        finally:
            other.context.close()


@contextmanager
def launched() -> Iterator[object]:
    """Debian's Chromium under Playwright, whose sync API drives one at a time: tabs on
    several sites at once share it (`tab`)."""
    need(CHROMIUM.is_file(), f"the browser ({CHROMIUM})")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - a test dependency in pyproject.toml
        need(False, "the playwright package")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def tab(launched_chromium, base: str) -> Iterator[Browser]:
    opened = Browser(launched_chromium, base)
    try:
        yield opened
    finally:
        opened.context.close()


@contextmanager
def chromium(base: str) -> Iterator[Browser]:
    with launched() as browser:
        yield Browser(browser, base)


def axe_violations(browser: Browser) -> list[dict]:
    """axe-core's WCAG 2.0/2.1/2.2 A and AA rules and its best practices on the page that is open."""
    need(AXE.is_file(), f"axe-core ({AXE.relative_to(ROOT)})")
    page = browser.page
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS)
    return result["violations"]


def describe_violations(path: str, violations: list[dict]) -> list[str]:
    """One readable line per failing element: page, rule, impact, target, why."""
    lines = []
    for v in violations:
        for node in v["nodes"]:
            why = " ".join((node.get("failureSummary") or "").split())
            lines.append(f"{path}: {v['id']} ({v['impact']}): {v['help']}\n"
                         f"    at {' '.join(map(str, node['target']))}\n    {why}")
    return lines


# Every status badge must say its status in words and show its icon: colour alone
# never carries the meaning. The words must also be visible (not hidden or clipped).
BADGE_CHECK = """labels => [...document.querySelectorAll('.status')].flatMap(badge => {
  const words = badge.innerText.replace(/\\s+/g, ' ').trim();
  const box = badge.getBoundingClientRect();
  const style = getComputedStyle(badge);
  const problems = [];
  if (!labels.includes(words)) problems.push(`shows "${words}", not one of the status labels`);
  if (!badge.querySelector('svg')) problems.push('has no icon');
  if (box.width < 1 || box.height < 1 || style.visibility === 'hidden' || style.opacity === '0')
    problems.push('is not visible');
  return problems.map(p => `badge ${badge.outerHTML.slice(0, 120)} ${p}`);
})"""


def open_details(browser: Browser) -> None:
    """Open every folded part (an action's plan and history), as a reader opens them:
    checks of what a reader sees look inside them too."""
    browser.page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")


def badge_problems(browser: Browser, labels: list[str]) -> list[str]:
    return browser.page.evaluate(BADGE_CHECK, labels)


def vnu_errors(files: list[Path], root: Path) -> list[str]:
    """The Nu HTML Checker's errors for every file, as 'file:line:column: message'."""
    java = shutil.which("java")
    need(java is not None, "Java (for the Nu HTML Checker)")
    need(VNU.is_file(), f"the Nu HTML Checker ({VNU.relative_to(ROOT)})")
    result = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json",
                             *map(str, files)], capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = []
    for m in messages:
        if m.get("type") != "error" and m.get("subType") != "fatal":
            continue
        name = m.get("url", "").removeprefix("file:")
        try:
            name = Path(name).relative_to(root).as_posix()
        except ValueError:
            pass
        errors.append(f"{name}:{m.get('lastLine', '?')}:{m.get('firstColumn', '?')}: {m['message']}")
    assert result.returncode in (0, 1), result.stderr  # 1 means 'found errors'
    return errors


# A phone (an iPhone 12 to 15: 390 by 844 CSS px) and the narrowest screen we design for.
PHONE, PHONE_HEIGHT, NARROWEST = 390, 844, 320

# What sticks out past the right of the screen, other than inside a box that scrolls
# sideways, takes keyboard focus and has a name (a chart's table): such a box is the
# way a wide table may fit. The page itself must not scroll sideways.
TOO_WIDE = """() => {
  const fits = e => {
    for (let p = e.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (['auto', 'scroll'].includes(s.overflowX))
        return p.tabIndex >= 0 && !!p.getAttribute('aria-label') && p.getBoundingClientRect().right <= innerWidth + 0.5;
      if (s.overflowX === 'hidden' || s.overflowX === 'clip') return false;
    }
    return false;
  };
  const out = [...document.querySelectorAll('main table, main figure, main svg, main pre, main img, main p, main li, main div')]
    .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > innerWidth + 0.5 && !fits(e))
    .map(e => `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).split(' ')[0] : ''} `
              + `${Math.round(e.getBoundingClientRect().width)} px wide: ${(e.innerText || '').trim().slice(0, 50)}`);
  const sw = document.scrollingElement.scrollWidth;
  return sw > innerWidth ? [`the page scrolls sideways (${sw} px in ${innerWidth})`, ...out] : out;
}"""


def too_wide(browser: Browser) -> list[str]:
    return browser.page.evaluate(TOO_WIDE)


def page_height(browser: Browser) -> int:
    """How far a reader scrolls through the page's own content: from the top to the end
    of its article. The site's footer (the same on every page, with where to get help
    today) comes after it and is not counted."""
    return browser.page.evaluate(
        "Math.ceil(document.querySelector('article').getBoundingClientRect().bottom + scrollY)")


# Each element the selectors find, and whether its bottom is on the first screen.
FIRST_SCREEN = """selectors => selectors.map(sel => {
  const found = [...document.querySelectorAll(sel)];
  return [sel, found.length, found.every(e => e.getBoundingClientRect().bottom <= innerHeight)];
})"""


def below_the_fold(browser: Browser, selectors: list[str]) -> list[str]:
    """The selectors that find nothing, or something not wholly on the first screen."""
    return [f"{sel}: {'not found' if not n else 'below the first screen'}"
            for sel, n, on_screen in browser.page.evaluate(FIRST_SCREEN, selectors) if not (n and on_screen)]

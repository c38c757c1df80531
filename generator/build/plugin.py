"""The MkDocs plugin: adds the generated pages to the site, so that plain
`mkdocs build` and `mkdocs serve` work as well as `progress-pages build`.

The pages are written to their own git-ignored folder (`.generated/` beside
mkdocs.yml, never `content/`, so nothing generated can be committed by mistake)
and handed to MkDocs from there (`File.generated`). During `serve` the plugin is
kept between rebuilds and remembers what it read, checked and rendered, so an
edit to one update file re-renders only its plan's pages, and only pages whose
bytes changed are written again.
"""
from __future__ import annotations

import logging
import os
import time
from datetime import date
from html import escape
from itertools import chain
from pathlib import Path

from markdown.extensions.abbr import AbbrExtension
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from ..compute.clock import as_of
from ..compute.dates import source_date_epoch
from ..compute.view import shown
from ..finish import FinishFailed, Written, finish
from ..finish import content
from ..gc_pause import collector_paused
from ..load.cache import ParseCache, default_folder
from ..load.inside import links_out
from ..logo import Logo
from ..model import Project, Term
from ..render import NavItem, fragments, iter_pages, navigation
from ..render.help_now import help_now
from ..render.info_pages import footer_links, info_navigation, info_pages
from ..render.pages import STATUS_CSS, compile_templates
from ..render.review import REVIEW, Review, review_page
from ..store import Store, default_folder as store_folder
from ..validate import load_project
from .branding import LOGO_DIR, apply_branding
from .generated import GENERATED_DIR, own_folder, write_pages
from .stacked_tables import StackedTables
from .theme import add_theme

log = logging.getLogger("mkdocs.plugins.progress_pages")


PREVIEW_ENV = "PROGRESS_PAGES_PREVIEW"


class ProgressPagesConfig(Config):
    plans = c.Type(str, default="plans")
    # Drafts are shown (under a banner) only in a preview; the public site never has them.
    preview = c.Type(bool, default=False)


class ProgressPagesPlugin(BasePlugin[ProgressPagesConfig]):
    def __init__(self) -> None:
        # `progress-pages build` hands over the project it has just checked, so the
        # inputs are read once; plain `mkdocs build` leaves this empty.
        self.project: Project | None = None
        # And, for a preview of a change, what it does (`build --changes-since`).
        self.review: Review | None = None
        self.pages: list[str] = []  # pages, charts and downloads
        self.logo: Logo | None = None
        self.in_nav: set[str] = set()
        self.glossary: tuple[Term, ...] = ()
        self.hand_written: list[str] = []
        self.rendered: set[str] = set()  # the pages MkDocs rendered in this build
        # Kept between rebuilds only while serving (see on_startup).
        self.cache: ParseCache | None = None
        self.plan_memo: dict | None = None
        self.view_memo: dict | None = None
        self.store: Store | None = None
        self.file_memo: dict | None = None
        # What the latest build generated, for the benchmark and the tests.
        self.changed: list[str] = []
        self.generator_seconds = 0.0

    def on_startup(self, *, command, dirty: bool) -> None:
        # Defining this hook makes MkDocs keep the plugin between `serve` rebuilds.
        serving = command == "serve"
        self.cache = ParseCache(default_folder(), remember=True) if serving else None
        self.plan_memo = {} if serving else None
        self.view_memo = {} if serving else None
        self.store = Store(store_folder(), remember=True) if serving else None
        self.file_memo = {} if serving else None
        if serving:
            compile_templates()

    def plans_dir(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent / self.config.plans

    def generated_dir(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent / GENERATED_DIR

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        started = time.perf_counter()
        add_theme(config)
        # MkDocs keeps this plugin for the whole process (it defines on_startup): a
        # project handed over is for this build only.
        project, self.project = self.project, None
        review, self.review = self.review, None
        if project is None:
            plans_dir = self.plans_dir(config)
            cache = self.cache or ParseCache(default_folder())
            with collector_paused():
                project, report = load_project(plans_dir, plans_dir.parent, cache, self.plan_memo)
            for problem in report.warnings:
                log.warning(str(problem))
            if project is None:
                raise PluginError("the plans have problems, so the site was not built:\n"
                                  + report.summary())
        today = _stamp_with_data_date(project)
        preview = self.config.preview or os.environ.get(PREVIEW_ENV) == "1"
        project = shown(project, preview, self.view_memo)
        review = review if preview else None  # the public site never has the page
        own_folder(self.generated_dir(config))
        store = self.store or Store(store_folder())
        store.start_build()
        pages = _and_review(chain(iter_pages(project, today, config.site_url, store=store,
                                             plan_keys=project.plan_sources,
                                             review=REVIEW.path if review else None),
                                  info_pages(project).items(), apply_branding(config, project).items()), review)
        self.pages, self.changed = write_pages(self.generated_dir(config), pages, self.file_memo)
        store.save()
        log.debug("generated pages written again: %s", ", ".join(self.changed) or "none")
        self.logo = project.logo
        self.in_nav = {item.path for top in [*navigation(project), *info_navigation(project)]
                       for item in _flat(top)}
        self.generator_seconds = time.perf_counter() - started
        # The area's name lives in site.yaml only; themes print it unescaped.
        area = project.site.area.name
        config.site_name = escape(f"{area}: SEND improvement progress")
        config.site_description = escape(f"How {area} is improving support for children and young "
                                         "people with SEND: the plan and its progress.")
        config.nav = [_nav_entry(item) for item in navigation(project)] + (
            config.nav if config.nav is not None else _content_pages(config)) + [
            _nav_entry(item) for item in info_navigation(project)] + (
            [{"Review": [_nav_entry(REVIEW)]}] if review else [])
        config.extra["footer_links"] = footer_links(project, config.use_directory_urls)
        config.extra["help_now"] = help_now(project.site)
        # main.html marks every page of a preview and asks search engines to leave it out.
        config.extra["preview"] = preview
        config.extra_css.append(STATUS_CSS)
        config.markdown_extensions.append(StackedTables())
        # An action's plan and history fold away ("??? ..." in priority.md.j2), as <details>.
        if "pymdownx.details" not in config.markdown_extensions:
            config.markdown_extensions.append("pymdownx.details")
        # Every page explains the glossary's words (<abbr title>, shown by content.tooltips).
        config.markdown_extensions.append(AbbrExtension(
            glossary={word: t.tooltip for t in project.glossary for word in t.spellings}))
        self.glossary = project.glossary
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        folder = self.generated_dir(config)
        # A pull request can add a link to a runner's file among the pages or the theme's
        # overrides (templates are read by Jinja, not listed in `files`); both follow it.
        overrides = config.theme.custom_dir
        templates = [os.path.join(d, name) for d, _, names in os.walk(overrides, followlinks=True)
                     for name in names] if overrides else []
        outside = links_out([f.abs_src_path for f in files if f.abs_src_path] + templates,
                            Path(config.config_file_path).parent, folder)
        if outside:
            raise PluginError(f"{', '.join(outside)}: a link to something outside the project, so it "
                              "is not published: put the file itself there instead of the link.")
        self.hand_written = [f.src_uri for f in files.documentation_pages()]
        for path in self.pages:
            if files.get_file_from_path(path) is not None:
                raise PluginError(f"{config.docs_dir}/{path} has the same name as a generated page: "
                                  "rename or remove it.")
            # Period pages are reached from their plan's page, keeping the navigation small.
            inclusion = (InclusionLevel.INCLUDED if path in self.in_nav or not path.endswith(".md")
                         else InclusionLevel.NOT_IN_NAV)
            files.append(File.generated(config, path, abs_src_path=str(folder / path), inclusion=inclusion))
        if self.logo is not None:
            # The safe bytes made when the plans were checked, never the input file.
            files.append(File.generated(config, f"{LOGO_DIR}/{self.logo.name}", content=self.logo.content))
        return files

    def on_page_markdown(self, markdown: str, page, config: MkDocsConfig, files: Files) -> str:
        # MkDocs reads only the Markdown; the HTML fragments go in when the site is finished.
        markdown = fragments.split(markdown)[0]
        self.rendered.add(page.file.src_uri)
        return content.marked(markdown) if self._generated(page, config) else markdown

    def on_page_content(self, html: str, page, config: MkDocsConfig, files: Files) -> str:
        return content.tight(html) if self._generated(page, config) else html

    def _generated(self, page, config: MkDocsConfig) -> bool:
        path = page.file.abs_src_path
        return path is not None and path.startswith(str(self.generated_dir(config)))

    def written(self, config: MkDocsConfig) -> Written:
        """What the latest build wrote for the engine, for the steps after it."""
        return Written(self.generated_dir(config), tuple(self.pages), tuple(self.hand_written), self.glossary)

    def on_post_build(self, config: MkDocsConfig) -> None:
        try:
            finish(Path(config.site_dir), self.written(config), config.use_directory_urls, self.rendered)
        except FinishFailed as e:
            raise PluginError(str(e)) from e
        finally:
            self.rendered = set()

    def on_serve(self, server, config: MkDocsConfig, builder):
        server.watch(str(self.plans_dir(config)))
        return server


_EPOCH = "SOURCE_DATE_EPOCH"
_ours: str | None = None  # the value this process set, to update as the data changes


def _stamp_with_data_date(project: Project) -> date:
    """Make the dates MkDocs writes (the sitemap's) come from the data, never the
    clock, unless the person building sets SOURCE_DATE_EPOCH themselves. Returns the
    day "still to do" on the feedback page counts from: theirs, else today (asked
    before our own date is set: see README, "Reproducible builds")."""
    global _ours
    if _ours is not None and os.environ.get(_EPOCH) == _ours:
        del os.environ[_EPOCH]  # set by an earlier build in this process, from older data
    today = as_of()
    if _EPOCH not in os.environ:
        _ours = os.environ[_EPOCH] = str(source_date_epoch(project))
    return today


def _and_review(pages, review: Review | None):
    """The pages, then a preview's "What this change does", made last so that it
    links only to pages the site has."""
    made = set()
    for path, text in pages:
        made.add(path)
        yield path, text
    if review is not None:
        yield REVIEW.path, review_page(review, made)


def _nav_entry(item: NavItem):
    # Themes print navigation titles without escaping: escape input text here.
    title = escape(item.title)
    if item.children:
        return {title: [_nav_entry(child) for child in item.children]}
    return {title: item.path}


def _flat(item: NavItem):
    yield item
    for child in item.children:
        yield from _flat(child)


def _content_pages(config: MkDocsConfig) -> list[str]:
    """Hand-written pages, when mkdocs.yml gives no nav of its own."""
    docs = Path(config.docs_dir)
    return sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))

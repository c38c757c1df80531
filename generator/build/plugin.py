"""The MkDocs plugin: adds the generated pages to the site, so that plain
`mkdocs build` and `mkdocs serve` work as well as `progress-pages build`.

Each of MkDocs' events does its own job: on_config reads, checks and computes
(pipeline.prepare) and configures MkDocs from the project; on_files renders and
writes the pages (pipeline.generate) and adds them; on_serve watches the plans. Under
`progress-pages build` the pipeline has done those stages before MkDocs runs, and the
plugin takes what they made. The pages are written to their own git-ignored folder
(`.generated/` beside mkdocs.yml, never `content/`, so nothing generated can be
committed by mistake) and handed to MkDocs from there (`File.generated`). During
`serve` the plugin keeps one store between rebuilds (see pipeline.py).
"""
from __future__ import annotations

import logging
import os
from html import escape
from pathlib import Path

from markdown.extensions.abbr import AbbrExtension
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from .. import pipeline
from ..load.inside import links_out
from ..finish import FinishFailed, Written, content, finish
from ..render import NavItem, fragments
from ..render.pages import STATUS_CSS, compile_templates
from ..render.review import REVIEW
from ..store import Store, default_folder
from . import data_date
from .branding import LOGO_DIR, apply_branding
from .generated import GENERATED_DIR
from .settings import EngineSettings
from .stacked_tables import StackedTables
from .theme import add_theme

log = logging.getLogger("mkdocs.plugins.progress_pages")


class ProgressPagesConfig(Config):
    plans = c.Type(str, default="plans")
    # Drafts are shown (under a banner) only in a preview; the public site never has them.
    preview = c.Type(bool, default=False)


class ProgressPagesPlugin(BasePlugin[ProgressPagesConfig]):
    def __init__(self) -> None:
        self.store: Store | None = None  # one for the whole of `serve` (see on_startup)
        self.prepared: pipeline.Prepared | None = None  # until its pages are generated
        self.settings: EngineSettings | None = None
        self.generated: pipeline.Generated | None = None
        self.glossary = ()
        self.hand_written: list[str] = []
        self.rendered: set[str] = set()  # the pages MkDocs rendered in this build

    def on_startup(self, *, command, dirty: bool) -> None:
        # Defining this hook makes MkDocs keep the plugin between `serve` rebuilds.
        serving = command == "serve"
        self.store = Store(default_folder(), remember=serving)
        if serving:
            compile_templates()

    def options(self, config: MkDocsConfig) -> pipeline.Options:
        root = Path(config.config_file_path).parent
        return pipeline.Options(plans_dir=root / self.config.plans, root=root,
                                generated_dir=root / GENERATED_DIR, preview=self.config.preview,
                                site_url=config.site_url)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        add_theme(config)
        handed = pipeline.handed_to_engine()
        if handed is not None:
            self.prepared, (self.settings, self.generated) = None, handed
        else:
            if self.store is None:  # MkDocs run without its startup event (by a script)
                self.store = Store(default_folder())
            self.prepared, self.generated = pipeline.prepare(self.options(config), self.store), None
            for problem in self.prepared.report.warnings:
                log.warning(str(problem))
            if self.prepared.project is None:
                raise PluginError("the plans have problems, so the site was not built:\n"
                                  + self.prepared.report.summary())
            # MkDocs dates the sitemap from the environment, read later in this build.
            data_date.set_for_engine(self.prepared.epoch)
            self.settings = pipeline.settings_for_engine(self.prepared)
        settings = self.settings
        # The area's name lives in site.yaml only; themes print it unescaped.
        area = settings.site.area.name
        config.site_name = escape(f"{area}: SEND improvement progress")
        config.site_description = escape(f"How {area} is improving support for children and young "
                                         "people with SEND: the plan and its progress.")
        config.nav = [_nav_entry(item) for item in settings.navigation] + (
            config.nav if config.nav is not None else _content_pages(config)) + [
            _nav_entry(item) for item in settings.info_navigation] + (
            [{"Review": [_nav_entry(REVIEW)]}] if settings.review else [])
        config.extra["footer_links"] = settings.footer_links[config.use_directory_urls]
        config.extra["help_now"] = list(settings.help_now)
        # main.html marks every page of a preview and asks search engines to leave it out.
        config.extra["preview"] = settings.preview
        apply_branding(config, settings.site, settings.logo)
        config.extra_css.append(STATUS_CSS)
        config.markdown_extensions.append(StackedTables())
        # An action's plan and history fold away ("??? ..." in priority.md.j2), as <details>.
        if "pymdownx.details" not in config.markdown_extensions:
            config.markdown_extensions.append("pymdownx.details")
        # Every page explains the glossary's words (<abbr title>, shown by content.tooltips).
        config.markdown_extensions.append(AbbrExtension(
            glossary={word: t.tooltip for t in settings.glossary for word in t.spellings}))
        self.glossary = settings.glossary
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        options = self.options(config)
        if self.generated is None:
            self.generated = pipeline.generate(self.prepared, options, self.store)
            log.debug("generated pages written again: %s", ", ".join(self.generated.changed) or "none")
        self.prepared = None  # MkDocs needs only the settings from here: see build/settings.py
        folder, logo, in_nav = options.generated_dir, self.settings.logo, self.settings.in_nav()
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
        for path in self.generated.pages:
            if files.get_file_from_path(path) is not None:
                raise PluginError(f"{config.docs_dir}/{path} has the same name as a generated page: "
                                  "rename or remove it.")
            # Period pages are reached from their plan's page, keeping the navigation small.
            inclusion = (InclusionLevel.INCLUDED if path in in_nav or not path.endswith(".md")
                         else InclusionLevel.NOT_IN_NAV)
            files.append(File.generated(config, path, abs_src_path=str(folder / path), inclusion=inclusion))
        if logo is not None:
            # The safe bytes made when the plans were checked, never the input file.
            files.append(File.generated(config, f"{LOGO_DIR}/{logo.name}", content=logo.content))
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
        return path is not None and path.startswith(str(self._generated_dir(config)))

    def _generated_dir(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent / GENERATED_DIR

    def written(self, config: MkDocsConfig) -> Written:
        """What the latest build wrote for the engine, for the steps after it."""
        return Written(self._generated_dir(config), tuple(self.generated.pages), tuple(self.hand_written),
                       self.glossary)

    def on_post_build(self, config: MkDocsConfig) -> None:
        # Under `progress-pages build` the pipeline's finish stage does this, for any engine.
        if pipeline.handed_to_engine() is not None:
            return
        try:
            finish(Path(config.site_dir), self.written(config), config.use_directory_urls, self.rendered)
        except FinishFailed as e:
            raise PluginError(str(e)) from e
        finally:
            self.rendered = set()
            data_date.unset()

    def on_build_error(self, error: Exception) -> None:
        if pipeline.handed_to_engine() is None:
            data_date.unset()

    def on_serve(self, server, config: MkDocsConfig, builder):
        server.watch(str(self.options(config).plans_dir))
        return server


def _nav_entry(item: NavItem):
    # Themes print navigation titles without escaping: escape input text here.
    title = escape(item.title)
    if item.children:
        return {title: [_nav_entry(child) for child in item.children]}
    return {title: item.path}


def _content_pages(config: MkDocsConfig) -> list[str]:
    """Hand-written pages, when mkdocs.yml gives no nav of its own."""
    docs = Path(config.docs_dir)
    return sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))

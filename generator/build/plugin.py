"""The MkDocs plugin: adds the generated pages to the site, so that plain
`mkdocs build` and `mkdocs serve` work as well as `progress-pages build`.

The pages are handed to MkDocs in memory (`File.generated`): nothing generated is
written into `content/`, so nothing generated can be committed by mistake.
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

from ..compute.view import shown
from .sanitise import sanitise
from ..model import Project
from ..render import NavItem, navigation, render_pages
from ..render.info_pages import footer_links, info_navigation, info_pages
from ..render.pages import STATUS_CSS
from ..validate import load_project
from .branding import LOGO_DIR, apply_branding
from .stacked_tables import StackedTables
from .theme_fixes import fix_theme_html

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
        self.pages: dict[str, str | bytes] = {}  # pages, charts and downloads
        self.logo: Path | None = None
        self.in_nav: set[str] = set()

    def plans_dir(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent / self.config.plans

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        project = self.project
        if project is None:
            plans_dir = self.plans_dir(config)
            project, report = load_project(plans_dir, plans_dir.parent)
            for problem in report.warnings:
                log.warning(str(problem))
            if project is None:
                raise PluginError("the plans have problems, so the site was not built:\n"
                                  + report.summary())
        preview = self.config.preview or os.environ.get(PREVIEW_ENV) == "1"
        project = shown(project, preview)
        self.pages = {**render_pages(project, site_url=config.site_url), **info_pages(project)}
        self.logo = project.logo
        self.in_nav = {item.path for top in [*navigation(project), *info_navigation(project)]
                       for item in (top, *top.children)}
        # The area's name lives in site.yaml only; themes print it unescaped.
        config.site_name = escape(f"{project.site.area.name}: SEND improvement progress")
        config.nav = [_nav_entry(item) for item in navigation(project)] + (
            config.nav if config.nav is not None else _content_pages(config)) + [
            _nav_entry(item) for item in info_navigation(project)]
        config.extra["footer_links"] = footer_links(project)
        self.pages.update(apply_branding(config, project))
        config.extra_css.append(STATUS_CSS)
        config.markdown_extensions.append(StackedTables())
        # Every page explains the glossary's words (<abbr title>, shown by content.tooltips).
        config.markdown_extensions.append(AbbrExtension(
            glossary={t.term: t.tooltip for t in project.glossary}))
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        for path, content in self.pages.items():
            if files.get_file_from_path(path) is not None:
                raise PluginError(f"{config.docs_dir}/{path} has the same name as a generated page: "
                                  "rename or remove it.")
            # Period pages are reached from their plan's page, keeping the navigation small.
            inclusion = (InclusionLevel.INCLUDED if path in self.in_nav or not path.endswith(".md")
                         else InclusionLevel.NOT_IN_NAV)
            files.append(File.generated(config, path, content=content, inclusion=inclusion))
        if self.logo is not None:
            files.append(File.generated(config, f"{LOGO_DIR}/{self.logo.name}",
                                        abs_src_path=str(self.logo)))
        return files

    def on_page_content(self, html: str, page, config: MkDocsConfig, files: Files) -> str:
        # Only pages made from the inputs: hand-written pages are trusted like the code.
        return sanitise(html) if page.file.src_uri in self.pages else html

    def on_post_page(self, output: str, page, config: MkDocsConfig) -> str:
        return fix_theme_html(output)

    def on_post_template(self, output: str, template_name: str, config: MkDocsConfig) -> str:
        return fix_theme_html(output) if template_name.endswith(".html") else output

    def on_serve(self, server, config: MkDocsConfig, builder):
        server.watch(str(self.plans_dir(config)))
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

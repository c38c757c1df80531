"""What MkDocs is configured with, taken from the project once it is rendered, so that
the checked model (at national scale most of the generator's memory) is not held
while MkDocs builds the pages."""
from __future__ import annotations

from dataclasses import dataclass

from ..logo import Logo
from ..model import Project, Site, Term
from ..render import NavItem, navigation
from ..render.help_now import HelpItem, help_now
from ..render.info_pages import footer_links, info_navigation


@dataclass(frozen=True)
class EngineSettings:
    site: Site
    logo: Logo | None
    glossary: tuple[Term, ...]
    navigation: tuple[NavItem, ...]  # the generated pages' part, before the hand-written pages
    info_navigation: tuple[NavItem, ...]  # after them
    footer_links: dict[bool, list[dict[str, str]]]  # with directory URLs, and without
    help_now: tuple[HelpItem, ...]
    preview: bool
    review: bool  # whether the site has a "What this change does" page

    def in_nav(self) -> set[str]:
        return {item.path for top in (*self.navigation, *self.info_navigation) for item in _flat(top)}


def engine_settings(project: Project, *, preview: bool, review: bool) -> EngineSettings:
    return EngineSettings(project.site, project.logo, project.glossary, tuple(navigation(project)),
                          tuple(info_navigation(project)),
                          {urls: footer_links(project, urls) for urls in (True, False)},
                          tuple(help_now(project.site)), preview, review)


def _flat(item: NavItem):
    yield item
    for child in item.children:
        yield from _flat(child)

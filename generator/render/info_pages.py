"""Pages about the site rather than the plan: the glossary ("Words we use") and
the accessibility statement. They close the navigation and are linked from the
footer of every page, as the accessibility regulations ask for the statement."""
from __future__ import annotations

from ..model import Project
from .environment import environment
from .navigation import NavItem

GLOSSARY = NavItem("Words we use", "glossary.md")
STATEMENT = NavItem("Accessibility statement", "accessibility.md")


def info_navigation(project: Project) -> list[NavItem]:
    """The statement only when site.yaml has its facts (`check` warns otherwise)."""
    return [GLOSSARY] + ([STATEMENT] if project.site.accessibility else [])


def info_pages(project: Project) -> dict[str, str]:
    env = environment("md")
    pages = {GLOSSARY.path: env.get_template("glossary.md.j2").render(glossary=project.glossary)}
    if project.site.accessibility:
        pages[STATEMENT.path] = env.get_template("accessibility.md.j2").render(site=project.site)
    return pages


def footer_links(project: Project, directory_urls: bool = True) -> list[dict[str, str]]:
    """For the footer partial: titles and site addresses, 'glossary/' or, in a site
    opened from a folder (MkDocs' use_directory_urls off), 'glossary.html'."""
    ending = "/" if directory_urls else ".html"
    return [{"title": item.title, "url": item.path.removesuffix(".md") + ending}
            for item in reversed(info_navigation(project))]

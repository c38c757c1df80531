"""Pages about the site rather than the plan: the glossary ("Words we use") and
the accessibility statement. They close the navigation and are linked from the
footer of every page."""
from __future__ import annotations

from ..model import Project
from .pages import NavItem, _environment

GLOSSARY = NavItem("Words we use", "glossary.md")
INFO_PAGES = (GLOSSARY,)


def info_pages(project: Project) -> dict[str, str]:
    env = _environment("md")
    return {GLOSSARY.path: env.get_template("glossary.md.j2").render(glossary=project.glossary)}


def footer_links() -> list[dict[str, str]]:
    """For the footer partial: titles and site addresses ('glossary/')."""
    return [{"title": item.title, "url": item.path.removesuffix(".md") + "/"} for item in INFO_PAGES]

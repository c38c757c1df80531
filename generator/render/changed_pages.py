"""The preview's address and the pages a change shows on, for the pull request's
comment (`progress-pages changes --link-base`): the Forum opens the parts that
changed rather than hunting for them. The same parts as the preview's "What this
change does" page (review.touched)."""
from __future__ import annotations

from ..compute.changes import Changes
from .environment import environment
from .review import touched


def page_address(base: str, path: str) -> str:
    """A page's address under `base`, as a preview names it: every preview is built with
    file addresses (`build --preview` implies `--file-urls`), `p1.md` -> `p1.html`."""
    return base.rstrip("/") + "/" + path.removesuffix(".md") + ".html"


def render_changed_pages(changes: Changes, base: str) -> str:
    pages = [(title, page_address(base, page) + part) for title, page, part in touched(changes)]
    # Plain text, as the summary it follows: a pull request comment shows no character references.
    return environment("text").get_template("changed_pages.md.j2").render(
        home=page_address(base, "index.md"), pages=pages)

"""The silent-drop trap: an engine that does not know our plugin, or a configuration
it half understands, can report success having built only some pages (Zensical on a
plugin-only mkdocs.yml builds about/ and 404.html). Every page the pipeline wrote
must be in the built site, or the build fails and nothing is published."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePosixPath


class PagesMissing(Exception):
    pass


def built_path(page: str, directory_urls: bool) -> str:
    """Where an engine puts a Markdown page's HTML (MkDocs' rule, which Zensical keeps)."""
    path = PurePosixPath(page).with_suffix("")
    if path.name in ("index", "README"):
        return (path.parent / "index.html").as_posix()
    return (path / "index.html").as_posix() if directory_urls else f"{path.as_posix()}.html"


def check(site: Path, pages: Iterable[str], directory_urls: bool) -> None:
    pages = list(pages)
    missing = [p for p in pages if not (site / built_path(p, directory_urls)).is_file()]
    if missing:
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        raise PagesMissing(f"the engine built {len(pages) - len(missing)} of the {len(pages)} pages "
                           f"written for it; missing: {shown}. Does its configuration list every page?")

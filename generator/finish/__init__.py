"""The steps after the engine, run on the built site folder whatever built it: every
page written for the engine must be there, each generated page's content is
sanitised and gets its history tables back, the theme's invalid attributes are
fixed, and each glossary word is marked where a reader first meets it."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .theme_fixes import fix_theme_html
from ..model import Term
from ..render import fragments
from ..render.abbreviations import first_use_only
from ..render.info_pages import GLOSSARY
from .content import Unmarked, sanitised
from .page_count import PagesMissing, built_path, check

__all__ = ["FinishFailed", "Written", "finish"]


class FinishFailed(Exception):
    pass


@dataclass(frozen=True)
class Written:
    """What the pipeline wrote for the engine: the folder of generated files (each page
    with its fragments), their paths, and the hand-written pages' paths."""
    generated: Path
    generated_files: tuple[str, ...]
    hand_written: tuple[str, ...]
    glossary: tuple[Term, ...]

    @property
    def generated_pages(self) -> list[str]:
        return [p for p in self.generated_files if p.endswith(".md")]


def finish(site: Path, written: Written, directory_urls: bool, only: set[str] | None = None) -> None:
    """`only`: the pages this build rendered, when the engine left the others as an
    earlier build finished them (MkDocs' `--dirty`); else every page."""
    generated = written.generated_pages
    try:
        check(site, [*generated, *written.hand_written], directory_urls)
    except PagesMissing as e:
        raise FinishFailed(str(e)) from e
    sources = {built_path(p, directory_urls): p for p in generated}
    pages = {built_path(p, directory_urls): p for p in written.hand_written} | sources
    for html_file in _html_files(site):
        key = html_file.relative_to(site).as_posix()
        if only is not None and key in pages and pages[key] not in only:
            continue
        before = html_file.read_text(encoding="utf-8")
        after = before
        if key in sources:
            after = _generated(after, written.generated / sources[key], sources[key])
        after = fix_theme_html(after)
        if key in pages:  # a page, not a template (404.html)
            # Last, once the history tables are in: each word is marked where first met.
            after = first_use_only(after, written.glossary, spell_out=pages[key] != GLOSSARY.path)
        if after != before:
            html_file.write_text(after, encoding="utf-8")


def _generated(html: str, source: Path, page: str) -> str:
    try:
        html = sanitised(html)
    except Unmarked:
        raise FinishFailed(f"{page}: its content could not be found in the built page, so it "
                           "cannot be sanitised: the engine changed the Markdown's comments.") from None
    # Read again from the file rather than kept: at scale the fragments of every page
    # at once would weigh hundreds of megabytes. They passed the sanitiser when made.
    return fragments.fill(html, fragments.split(source.read_text(encoding="utf-8-sig"))[1])


def _html_files(site: Path) -> Iterable[Path]:
    return sorted(site.rglob("*.html"))

"""The committee summary as Markdown, with the site's wording (the same templates
and filters as the pages, escaped for pasting into papers), and as PDF."""
from __future__ import annotations

import re
from pathlib import Path

from ..compute.committee import Committee
from ..model import PlanEntry, Site
from ..write.files import replacing
from .environment import environment
from .paste import ESCAPED
from .sentences import measure_sentence


def committee_markdown(site: Site, report: Committee) -> str:
    return environment("paste").get_template("committee.md.j2").render(
        site=site, r=report, measure_sentence=measure_sentence)


def no_progress_markdown(site: Site, entry: PlanEntry) -> str:
    return environment("paste").get_template("committee_no_progress.md.j2").render(site=site, entry=entry)


def committee_html(markdown_text: str, title: str) -> str:
    """The report as the HTML document its PDF is made from."""
    import markdown
    from markupsafe import escape

    # The report is text: input text in it is backslash-escaped (`paste`), and raw
    # HTML is not read at all, so that hostile text stays text in the PDF as well.
    md = markdown.Markdown(extensions=["tables"])
    md.ESCAPED_CHARS = [*md.ESCAPED_CHARS, *ESCAPED]
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    # Python-Markdown writes `&amp;` in text out as it is, an entity, which shows as
    # `&`: an escaped `&` (one not after an escaped backslash) is written as `&amp;`.
    markdown_text = re.sub(r"(?<!\\)((?:\\\\)*)\\&", r"\1&amp;", markdown_text)
    style = environment("css").get_template("committee.css.j2").render()
    return (f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{escape(title)}'
            f"</title><style>{style}</style></head><body>{md.convert(markdown_text)}</body></html>")


def committee_pdf(markdown_text: str, title: str, path: Path) -> None:
    """A tagged PDF (PDF/UA-1: headings, tables and language for screen readers),
    made without fetching anything: the document has no outside resources, and a
    fetch would be a bug, so it fails rather than reaching the network."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    fetcher = URLFetcher(allowed_protocols=(), fail_on_errors=True)
    with replacing([path]) as (temp,):
        HTML(string=committee_html(markdown_text, title), url_fetcher=fetcher).write_pdf(
            temp, pdf_variant="pdf/ua-1")

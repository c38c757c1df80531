"""The committee summary as Markdown, with the site's wording and escaping (the
same Jinja environment as the pages), and as PDF."""
from __future__ import annotations

from pathlib import Path

from ..compute.committee import Committee
from ..model import PlanEntry, Site
from ..write.files import replacing
from .pages import _environment


def committee_markdown(site: Site, report: Committee) -> str:
    return _environment("md").get_template("committee.md.j2").render(site=site, r=report)


def no_progress_markdown(site: Site, entry: PlanEntry) -> str:
    return _environment("md").get_template("committee_no_progress.md.j2").render(site=site, entry=entry)


def committee_pdf(markdown_text: str, title: str, path: Path) -> None:
    """A tagged PDF (PDF/UA-1: headings, tables and language for screen readers),
    made without fetching anything: the document has no outside resources, and a
    fetch would be a bug, so it fails rather than reaching the network."""
    import markdown
    from markupsafe import escape
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    body = markdown.markdown(markdown_text, extensions=["tables"])
    style = _environment("css").get_template("committee.css.j2").render()
    document = (f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{escape(title)}'
                f"</title><style>{style}</style></head><body>{body}</body></html>")
    fetcher = URLFetcher(allowed_protocols=(), fail_on_errors=True)
    with replacing([path]) as (temp,):
        HTML(string=document, url_fetcher=fetcher).write_pdf(temp, pdf_variant="pdf/ua-1")

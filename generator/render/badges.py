"""A status as icon plus words, never colour alone, as HTML for the history tables
(the pages' Markdown has its own, _tags.j2)."""
from __future__ import annotations

import re
from functools import cache

from markupsafe import Markup

from ..model import Status
from ..validate.references import icon_path
from . import markdown

NOT_REPORTED_YET = "No report yet"  # said where a status would be, in plain words


@cache
def badge_html(status: Status) -> Markup:
    """A badge (_tags.j2) as HTML, for the history tables (HTML fragments, where no
    Markdown is read). The icon is drawn once per page (`status_icons`) and used in
    each row: at scale a history holds 200 rows, and the icon written out in each
    was 60 KB of a priority page."""
    return Markup(f'<span class="status {status.css_class}"><span class="twemoji">'
                  f'<svg viewBox="{_icon(status.icon)[0]}"><use href="#icon-{status.css_class}"></use></svg>'
                  '</span> ') + markdown.inline(status.label) + Markup("</span>")


def status_icons(statuses: tuple[Status, ...]) -> Markup:
    """The statuses' icons as symbols, drawn nowhere themselves (see badge_html)."""
    symbols = "".join('<symbol id="icon-{}" viewBox="{}">{}</symbol>'.format(s.css_class, *_icon(s.icon))
                      for s in statuses)
    return Markup(f'<svg class="status-icons" aria-hidden="true">{symbols}</svg>')


@cache
def _icon(name: str) -> tuple[str, str]:
    """An icon's viewBox and drawing, from the theme's SVG file."""
    svg = icon_path(name).read_text(encoding="utf-8")
    found = re.fullmatch(r'\s*<svg [^>]*viewBox="([^"]+)"[^>]*>(.*)</svg>\s*', svg, re.S)
    assert found is not None, f"unexpected icon file {icon_path(name)}"
    return found.group(1), found.group(2)

"""A status badge as HTML for the history tables, and the icons it uses (the
markup is in _tags.j2; the pages' Markdown badge too)."""
from __future__ import annotations

import re
from functools import cache

from markupsafe import Markup

from ..model import Status
from ..icons import icon_path
from .environment import environment

@cache
def badge_html(status: Status) -> Markup:
    """At scale a history holds 200 rows, and the icon written out in each was 60 KB
    of a priority page: each row uses the icon drawn once (`status_icons`)."""
    return _tags().badge_html(status, _icon(status.icon)[0])


def status_icons(statuses: tuple[Status, ...]) -> Markup:
    return _tags().status_icons(statuses, {s.icon: _icon(s.icon) for s in statuses})


def _tags():
    return environment("md").get_template("_tags.j2").module


@cache
def _icon(name: str) -> tuple[str, str]:
    """An icon's viewBox and drawing, from the theme's SVG file."""
    svg = icon_path(name).read_text(encoding="utf-8")
    found = re.fullmatch(r'\s*<svg [^>]*viewBox="([^"]+)"[^>]*>(.*)</svg>\s*', svg, re.S)
    assert found is not None, f"unexpected icon file {icon_path(name)}"
    return found.group(1), found.group(2)

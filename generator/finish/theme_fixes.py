"""Attributes in Material's own templates (and Zensical's copy of them) that the Nu
HTML Checker or axe rejects.

They sit in base.html and nav-item.html outside any block we could override, and
copying those whole templates would freeze a copy of the theme in our repository.
Both strings are exact (a test fails when Material changes them, because the
checker then reports them again).
"""
from __future__ import annotations

FIXES = (
    # autocomplete is not allowed on checkboxes; Material used it to stop Firefox
    # restoring the menu and search toggles after "back", which bfcache now does.
    (' type="checkbox" id="__drawer" autocomplete="off">', ' type="checkbox" id="__drawer">'),
    (' type="checkbox" id="__search" autocomplete="off">', ' type="checkbox" id="__search">'),
    # Section labels get tabindex="" (not an integer): no tabindex is what was meant.
    (' tabindex="">', '>'),
    # The search box opens as a dialog, which must have a name (Lighthouse's axe rules).
    ('<div class="md-search" data-md-component="search" role="dialog">',
     '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search">'),
    # Zensical's copy of base.html hides the menu's overlay label, which may not be hidden
    # while it labels the toggle (Material's has no aria-hidden there).
    ('<label class="md-overlay" for="__drawer" aria-hidden="true"></label>',
     '<label class="md-overlay" for="__drawer"></label>'),
)


# On a page that is not in the navigation, the table of contents' title still points
# at the navigation's toggle (__toc), which that page does not have.
TOC_LABEL = (' class="md-nav__title" for="__toc">', ' class="md-nav__title">')


def fix_theme_html(html: str) -> str:
    for old, new in FIXES:
        html = html.replace(old, new)
    if 'id="__toc"' not in html:
        html = html.replace(*TOC_LABEL)
    return html

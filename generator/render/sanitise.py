"""The second layer against hostile input: every generated page's HTML is passed
through ammonia (nh3), which keeps only the elements and attributes our own
templates and Markdown extensions produce.

The first layer is escaping every input text when the Markdown is written
(render/markdown.py). This one catches whatever a future template or extension
lets through: a script, an event handler, a javascript: link.
"""
from __future__ import annotations

import nh3

TAGS = {
    "a", "abbr", "blockquote", "br", "caption", "code", "details", "div", "em", "figcaption", "figure",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "img", "li", "ol", "p", "path", "small", "span",
    "strong", "sub", "summary", "sup", "svg", "symbol", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
    "ul", "use",
}
ATTRIBUTES = {
    "*": {"class", "id", "title", "lang", "role", "aria-hidden", "aria-label", "aria-describedby"},
    "a": {"href", "download", "type"},
    "img": {"src", "alt", "width", "height", "loading"},
    "svg": {"xmlns", "viewbox", "viewBox", "width", "height", "focusable"},
    "path": {"d", "fill", "fill-rule", "clip-rule"},
    "symbol": {"viewbox", "viewBox"},
    "use": {"href"},  # a status icon drawn once on the page (render/badges.status_icons)
    "td": {"colspan", "rowspan", "data-label", "style"},
    "th": {"colspan", "rowspan", "scope", "style"},
    "ol": {"start"},
    "table": {"data-stacked"},  # narrow screens stack these (stacked_tables.py)
    "div": {"tabindex"},  # a table that scrolls sideways must take keyboard focus
    "h3": {"data-search-exclude"},  # status histories stay out of the search index
}
# Markdown tables align cells with a style attribute; nothing else may style.
STYLE_PROPERTIES = {"text-align"}
URL_SCHEMES = {"http", "https", "mailto"}


def sanitise(html: str) -> str:
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES,
                     filter_style_properties=STYLE_PROPERTIES, link_rel=None, strip_comments=True,
                     attribute_filter=_same_page_icons)


def _same_page_icons(element: str, attribute: str, value: str) -> str | None:
    # An icon may only be one drawn on the page itself: never fetched from anywhere.
    if element == "use" and not value.startswith("#"):
        return None
    return value

"""The area's own look: its logo and its colour, in `branding:` in site.yaml."""
from __future__ import annotations

from pydantic import Field

from .base import Colour, Line, Record


class Branding(Record):
    """The area's logo and colour (all optional: leave out for the standard look)."""

    logo: Line | None = Field(None, description=(
        "The logo file, next to site.yaml in plans/, e.g. 'logo.svg' (SVG, PNG or JPEG, at most "
        "200 KB). It shows in the header beside the site's name. The site gets a copy made "
        "safe: an SVG keeps its shapes, text, colours and styles, and one with scripts, links "
        "or pictures from other files is refused; a PNG or JPEG is saved again without "
        "its metadata (such as where a photo was taken)."))
    colour: Colour | None = Field(None, description=(
        "The header colour and the colour of links, e.g. '#1d70b8'. It must be dark enough for "
        "white text (4.5:1 contrast or more)."))

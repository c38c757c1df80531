"""Checks on the area's logo and colour that need the files or a contrast sum."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..load.yaml_source import Source
from ..model import Site
from ..model.status import contrast
from ..problems import Problem

LOGO_TYPES = {".svg", ".png"}
MAX_LOGO_BYTES = 200 * 1024
WHITE = "#ffffff"
MIN_CONTRAST = 4.5


def logo_path(site: Site, plans_dir: Path) -> Path | None:
    if site.branding is None or site.branding.logo is None:
        return None
    return plans_dir / site.branding.logo


def check_branding(site: Site, src: Source, plans_dir: Path) -> Iterator[Problem]:
    if site.branding is None:
        return
    colour = site.branding.colour
    if colour and contrast(colour, WHITE) < MIN_CONTRAST:
        yield src.problem(("branding", "colour"), f"'{colour}' is too light: white text on it, and "
                          f"links in it on white, would have a contrast of {contrast(colour, WHITE):.1f}:1; "
                          f"the least is {MIN_CONTRAST}:1. Choose a darker shade.", "colour-contrast")
    logo = logo_path(site, plans_dir)
    if logo is None:
        return
    at = ("branding", "logo")
    inside = logo.resolve().is_relative_to(plans_dir.resolve())
    if not inside or logo.suffix.lower() not in LOGO_TYPES:
        yield src.problem(at, "the logo must be an .svg or .png file in the plans folder, e.g. "
                          "'logo.svg'.", "logo-file")
    elif not logo.is_file():
        yield src.problem(at, f"there is no file '{site.branding.logo}' next to site.yaml.", "logo-file")
    elif logo.stat().st_size > MAX_LOGO_BYTES:
        yield src.problem(at, f"the logo is {logo.stat().st_size // 1024} KB; the limit is "
                          f"{MAX_LOGO_BYTES // 1024} KB. Save a smaller version.", "logo-file")

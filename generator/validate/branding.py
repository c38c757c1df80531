"""Checks on the area's logo and colour that need the files or a contrast sum."""
from __future__ import annotations

import os
from pathlib import Path

from ..load.inside import Inside
from ..load.yaml_source import Source
from ..logo import Logo, Refused, safe_logo
from ..model import Site
from ..model.status import contrast
from ..problems import Problem

LOGO_TYPES = {".svg", ".png", ".jpg", ".jpeg"}
MAX_LOGO_BYTES = 200 * 1024
WHITE = "#ffffff"
MIN_CONTRAST = 4.5


def check_branding(site: Site, src: Source, plans_dir: Path) -> tuple[Logo | None, list[Problem]]:
    """The logo as it will be published (if there is one and it is safe), and the problems."""
    if site.branding is None:
        return None, []
    problems = []
    colour = site.branding.colour
    if colour and contrast(colour, WHITE) < MIN_CONTRAST:
        problems.append(src.problem(
            ("branding", "colour"), f"'{colour}' is too light: white text on it, and links in it on "
            f"white, would have a contrast of {contrast(colour, WHITE):.1f}:1; the least is "
            f"{MIN_CONTRAST}:1. Choose a darker shade.", "colour-contrast"))
    if site.branding.logo is None:
        return None, problems
    logo = plans_dir / site.branding.logo
    at = ("branding", "logo")
    written_inside = os.path.normpath(logo).startswith(os.path.normpath(plans_dir) + os.sep)
    if not written_inside or logo.suffix.lower() not in LOGO_TYPES:
        problems.append(src.problem(at, "the logo must be an .svg, .png or .jpg file in the plans "
                                    "folder, e.g. 'logo.svg'.", "logo-file"))
    elif not os.path.lexists(logo):
        problems.append(src.problem(at, f"there is no file '{site.branding.logo}' next to site.yaml.",
                                    "logo-file"))
    elif (why := Inside(plans_dir).refusal(logo)) is not None:
        problems.append(src.problem(at, f"the logo file {why}", "not-inside"))
    elif logo.stat().st_size > MAX_LOGO_BYTES:
        problems.append(src.problem(at, f"the logo is {logo.stat().st_size // 1024} KB; the limit is "
                                    f"{MAX_LOGO_BYTES // 1024} KB. Save a smaller version.", "logo-file"))
    else:
        try:
            return safe_logo(logo), problems
        except Refused as refused:
            problems.append(src.problem(at, str(refused), "logo-unsafe"))
    return None, problems

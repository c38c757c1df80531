"""The area's logo and colour (`branding:` in site.yaml) put into the theme."""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from ..model import Project
from ..render.environment import environment

BRANDING_CSS = "assets/stylesheets/branding.css"
LOGO_DIR = "assets/brand"


def apply_branding(config: MkDocsConfig, project: Project) -> dict[str, str]:
    """Set the theme's logo and colours; returns the generated stylesheet, if any."""
    branding = project.site.branding
    if branding is None:
        return {}
    if project.logo is not None:
        config.theme["logo"] = f"{LOGO_DIR}/{project.logo.name}"
    if branding.colour is None:
        return {}
    palettes = config.theme["palette"]
    for palette in palettes if isinstance(palettes, list) else [palettes]:
        palette["primary"] = palette["accent"] = "custom"
    config.extra_css.append(BRANDING_CSS)
    css = environment("css").get_template("branding.css.j2").render(colour=branding.colour)
    return {BRANDING_CSS: css}

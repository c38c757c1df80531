"""The area's logo and colour (`branding:` in site.yaml) put into the theme."""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from ..logo import Logo
from ..model import Project, Site
from ..render.environment import environment

BRANDING_CSS = "assets/stylesheets/branding.css"
LOGO_DIR = "assets/brand"


def apply_branding(config: MkDocsConfig, site: Site, logo: Logo | None) -> None:
    """Set the theme's logo and colours (see branding_files for the stylesheet)."""
    branding = site.branding
    if branding is None:
        return
    if logo is not None:
        config.theme["logo"] = f"{LOGO_DIR}/{logo.name}"
    if branding.colour is None:
        return
    palettes = config.theme["palette"]
    for palette in palettes if isinstance(palettes, list) else [palettes]:
        palette["primary"] = palette["accent"] = "custom"
    config.extra_css.append(BRANDING_CSS)


def branding_files(project: Project) -> dict[str, str]:
    """The stylesheet of the area's colour, if site.yaml gives one."""
    branding = project.site.branding
    if branding is None or branding.colour is None:
        return {}
    return {BRANDING_CSS: environment("css").get_template("branding.css.j2").render(colour=branding.colour)}

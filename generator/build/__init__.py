"""Build stage: MkDocs with the Material theme turns the pages into a site."""
from .site import BuildFailed, build_site, site_target

__all__ = ["BuildFailed", "build_site", "site_target"]

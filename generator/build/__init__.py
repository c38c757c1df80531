"""Write and engine stages: the generated pages on disk, and MkDocs with the Material
theme turning them into a site."""
from .site import BuildFailed, mkdocs_engine, site_target

__all__ = ["BuildFailed", "mkdocs_engine", "site_target"]

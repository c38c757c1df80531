"""Write and engine stages: the generated pages on disk, and MkDocs with the Material
theme turning them into a site."""
from .site import BuildFailed, engine_stage, site_target

__all__ = ["BuildFailed", "engine_stage", "site_target"]

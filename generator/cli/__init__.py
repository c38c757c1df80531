"""The `progress-pages` command: a thin layer over the pipeline (generator/pipeline.py)
and the other tools, one module per kind of work."""
from . import changes, new_area, report, site, spreadsheets, upgrade  # noqa: F401  (they add their commands)
from .group import main

__all__ = ["main"]

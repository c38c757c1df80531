"""What turns the written pages into a site. MkDocs (the default while it is
maintained) runs our plugin; Zensical runs without it (zensical.py). The pipeline's
finish stage then works on the built folder, whatever built it. ProperDocs, a
maintained fork of MkDocs 1.x, needs nothing here: run `properdocs build` and the plugin runs unchanged."""
from __future__ import annotations

from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config.defaults import MkDocsConfig

ENGINES = ("mkdocs", "zensical")


class EngineFailed(Exception):
    pass


def run_engine(engine: str, config: MkDocsConfig, staging: Path) -> Path:
    """Build into `staging` (MkDocs' site_dir already); returns the folder of the built site."""
    if engine == "mkdocs":
        mkdocs_build(config)
        return staging
    if engine == "zensical":
        from .zensical import ZensicalFailed, build_with_zensical

        try:
            return build_with_zensical(config, staging)
        except ZensicalFailed as e:
            raise EngineFailed(str(e)) from e
    raise EngineFailed(f"no engine called {engine!r}: choose one of {', '.join(ENGINES)}")

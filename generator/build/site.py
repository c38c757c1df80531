"""The engine stage: MkDocs (strict), or another engine, builds the site into a staging
folder, which the finish stage finishes and swaps in for the published one (see
pipeline.py)."""
from __future__ import annotations

import logging
import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, MkDocsException

from ..finish import Written
from .engines import EngineFailed, run_engine
from .publish import publishable, staging_folder

# Material prints an end-of-life banner on every build; the facts are in the README.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


class BuildFailed(Exception):
    pass


@dataclass(frozen=True)
class Engined:
    """What the engine built, and what the finish stage needs to know about it."""
    site: Path
    written: Written
    directory_urls: bool


def opened_from_disk(config: MkDocsConfig) -> None:
    """Make a site that works opened from a folder (file://), as a preview downloaded
    from a pull request is: every link names its file (`p1.html`, `index.html`),
    since a browser shows a folder's listing, not its index.html. Search is switched
    off and the theme says so (main.html): its worker and index cannot be loaded
    from file://, so the box would do nothing."""
    config.use_directory_urls = False
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is not None:
        search.config.enabled = False
    config.extra["file_urls"] = True


def site_target(config_file: Path, site_dir: Path | None = None) -> tuple[Path, str | None]:
    """Where the site goes, checked (publish.publishable) before anything is built, and
    the address it will be published at (site_url), which pages and the feed give."""
    config = load_config(str(config_file.resolve()))
    return publishable(Path(site_dir or config.site_dir)), config.site_url


def engine_stage(config_file: Path, staging: Path, *, engine: str = "mkdocs",
                 file_urls: bool = False) -> Engined:
    """The engine (engines.ENGINES, MkDocs --strict by default) builds the site in
    `staging`; our plugin adds the pages the pipeline wrote. `file_urls`: a site that
    works opened from a folder (see opened_from_disk)."""
    show_mkdocs_log(logging.WARNING)
    try:
        config = load_config(str(config_file.resolve()), strict=True, site_dir=str(staging))
        if config.plugins.get("progress-pages") is None:
            raise BuildFailed(f"{config_file.name} does not list the progress-pages plugin.")
        if file_urls:
            opened_from_disk(config)
        with _fault_said_once():
            site = run_engine(engine, config, staging)
    except EngineFailed as e:
        raise BuildFailed(f"{engine} could not build the site: {e}") from e
    except (Abort, MkDocsException) as e:
        raise BuildFailed(f"MkDocs could not build the site: {e}") from e
    plugin = config.plugins["progress-pages"]
    return Engined(site, plugin.written(config), config.use_directory_urls)


@contextmanager
def staging_for(target: Path) -> Iterator[Path]:
    """A folder beside `target` to build in, removed if anything fails."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = staging_folder(target)
    try:
        yield staging
    except OSError as e:
        shutil.rmtree(staging, ignore_errors=True)
        # Named as the person knows it (the staging folder is gone); a failed copy
        # names its source first and the file written second.
        where = Path(e.filename2 or e.filename or staging)
        if where.is_relative_to(staging):
            e.filename, e.filename2 = str(target / where.relative_to(staging)), None
        raise
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


class _OnlyOurs(logging.Filter):
    """MkDocs logs a page's failed write (a full disk) before raising it; the command
    says it once, in its own words."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not (message.startswith("Error building page") and "[Errno " in message)


@contextmanager
def _fault_said_once():
    mkdocs = logging.getLogger("mkdocs")
    only_ours = _OnlyOurs()
    for handler in mkdocs.handlers:
        handler.addFilter(only_ours)
    try:
        yield
    finally:
        for handler in mkdocs.handlers:
            handler.removeFilter(only_ours)


def show_mkdocs_log(level: int) -> None:
    """MkDocs logs through `logging`; its own CLI adds the handler, so we must too,
    or problems found while serving would go unseen."""
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "_progress_pages", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        handler.setLevel(level)
        handler._progress_pages = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)

"""Build stage: run MkDocs (strict) into a temporary folder and replace the
published folder only when everything succeeded."""
from __future__ import annotations

import logging
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, MkDocsException

from ..model import Project
from ..render.review import Review
from .engines import EngineFailed, run_engine
from .publish import publish, publishable, staging_folder

# Material prints an end-of-life banner on every build; the facts are in the README.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


class BuildFailed(Exception):
    pass


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


def site_target(config_file: Path, site_dir: Path | None = None) -> Path:
    """Where the site goes, checked (publish.publishable) before anything is built."""
    return publishable(Path(site_dir or load_config(str(config_file.resolve())).site_dir))


def build_site(config_file: Path, project: Project, site_dir: Path | None = None, *,
               file_urls: bool = False, review: Review | None = None, engine: str = "mkdocs") -> Path:
    """`file_urls`: a site that works opened from a folder (see opened_from_disk);
    `review`: what a change does, for a preview's "What this change does" page;
    `engine`: what turns the pages into a site (engines.ENGINES)."""
    config_file = config_file.resolve()
    show_mkdocs_log(logging.WARNING)
    target = site_target(config_file, site_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = staging_folder(target)
    try:
        config = load_config(str(config_file), strict=True, site_dir=str(staging))
        plugin = config.plugins.get("progress-pages")
        if plugin is None:
            raise BuildFailed(f"{config_file.name} does not list the progress-pages plugin.")
        if file_urls:
            opened_from_disk(config)
        plugin.project = project  # type: ignore[attr-defined]
        plugin.review = review  # type: ignore[attr-defined]
        with _fault_said_once():
            built = run_engine(engine, config, staging)
        publish(built, target)
        shutil.rmtree(staging, ignore_errors=True)  # what an engine other than MkDocs left beside the site
    except EngineFailed as e:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildFailed(f"{engine} could not build the site: {e}") from e
    except (Abort, MkDocsException) as e:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildFailed(f"MkDocs could not build the site: {e}") from e
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
    return target


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

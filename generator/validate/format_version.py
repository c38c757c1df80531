"""The input format's version (`format:` in site.yaml), checked before anything else:
an older tool reading a newer area's files would otherwise list dozens of "unknown
field" errors that are no mistake of the editor's."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from ..load.yaml_source import Source
from ..model.site import FORMAT
from ..problems import Problem

DISTRIBUTION = "local-offer-progress-pages"


def newer_format(site: Source) -> Problem | None:
    """The problem when site.yaml is written for a format this tool does not know."""
    written = site.data.get("format") if isinstance(site.data, dict) else None
    try:
        number = int(written)
    except (TypeError, ValueError):
        return None  # absent, or not a number: the model says what is wrong with it
    if number <= FORMAT:
        return None
    return site.problem(("format",), f"this site.yaml is written for format {number}, but this "
                        f"progress-pages (version {installed_version() or 'unknown'}) reads up to format {FORMAT}: "
                        "upgrade progress-pages.", "newer-format")


def installed_version() -> str | None:
    """This tool's version, which an area's repository pins; None when it is run from a
    checkout that was never installed."""
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return None

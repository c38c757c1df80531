"""The `progress-pages` group, which each module of this package adds its commands to."""
from __future__ import annotations

import click

from ..validate.format_version import DISTRIBUTION


@click.group()
@click.version_option(package_name=DISTRIBUTION)
def main() -> None:
    """Publish a local area's SEND improvement plan and its progress as a website."""

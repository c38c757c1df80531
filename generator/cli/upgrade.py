"""`progress-pages upgrade`: an area's repository moved to this version."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .group import main
from .options import faults_said


@main.command()
@click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
def upgrade(dry_run: bool) -> None:
    """Move this area's repository to this version of progress-pages.

    Run it in the repository's folder after installing the newer version
    (`make upgrade` does both). It pins requirements.txt to this version and writes
    the files the tool owns (Makefile, workflows, editor settings, schemas) as this
    version does, showing each change as a diff. plans/, content/, mkdocs.yml and the
    README are left alone. Review the change with `git diff` and in a pull request."""
    from ..upgrade import NotAnArea, plan_upgrade
    from ..validate.format_version import installed_version
    from ..write import write_atomically

    version = installed_version()
    if version is None:
        click.echo("This progress-pages is not installed as a package, so there is no version to "
                   "pin: install it with pip first. Nothing was changed.", err=True)
        sys.exit(1)
    try:
        planned = plan_upgrade(Path.cwd(), version)
    except NotAnArea as e:
        click.echo(f"{e}\nNothing was changed.", err=True)
        sys.exit(1)
    for change in planned.changes:
        click.echo(change.diff())
    for change in planned.changes:
        click.echo(f"{change.kind}: {change.name}")
    click.echo(planned.format_said)
    if dry_run:
        click.echo("Dry run: nothing was written.")
        return
    if not planned.changes:
        click.echo(f"Already at version {version}: nothing to change.")
        return
    with faults_said("upgrade", "folder", "Nothing was changed."):
        write_atomically({c.path: c.text for c in planned.changes})
    click.echo(f"Upgraded to progress-pages {version}. Next: run `make check`, look at `git diff`, "
               "and open a pull request with the change.")

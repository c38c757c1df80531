"""`progress-pages changes`: what changed in the plans, in plain language."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .group import main
from .options import PLANS, faults_said


@main.command()
@click.argument("base")
@click.argument("head", required=False)
@PLANS
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Also write the summary to this file (e.g. $GITHUB_STEP_SUMMARY).")
@click.option("--link-base", metavar="URL", callback=lambda _c, _p, v: _web_address(v),
              help="The address of a preview of HEAD (built with `build --preview`): the summary "
              "ends with a link to it and to each page the change shows on.")
def changes(base: str, head: str | None, plans_dir: Path, output: Path | None, link_base: str | None) -> None:
    """Summarise in plain language what changed in the plans between BASE and HEAD.

    BASE and HEAD are git revisions (such as origin/main and HEAD) or folders holding
    a plans folder. Without HEAD, BASE is compared with the files as they are now.
    Things that went backwards are listed first.
    """
    from ..compare import CompareFailed, compare_inputs

    try:
        summary = compare_inputs(base, head, plans_dir, link_base)
    except CompareFailed as e:
        click.echo(str(e), err=True)
        sys.exit(1)
    click.echo(summary, nl=False)
    if output:
        with faults_said("add the summary", "--output", f"{output} may end with part of it."), \
                output.open("a", encoding="utf-8") as f:
            f.write(summary)


def _web_address(value: str | None) -> str | None:
    """Only an http(s) address without spaces or quotes: it is written into links."""
    if value is None or (value.startswith(("https://", "http://"))
                         and not any(c in value for c in " <>\"'\n")):
        return value
    raise click.BadParameter(f"{value!r} is not a web address starting with https://.")

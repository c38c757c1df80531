"""`progress-pages new`: a new area's site, from a skeleton."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..starter.area import KIND_CHOICES
from .group import main
from .options import faults_said


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--area", help="The local area's name, as families know it, e.g. Somerset.")
@click.option("--kind", type=click.Choice(list(KIND_CHOICES)), help="What kind of plan the site starts with.")
@click.option("--plan-id", help="The plan's folder under plans/. Default: the kind, e.g. priority-action-plan.")
@click.option("--site-url", help="The web address where the site will be published (https://...). "
              "Leave out to fill it in later.")
def new(folder: Path, area: str | None, kind: str | None, plan_id: str | None, site_url: str | None) -> None:
    """Start a new area's site in FOLDER (missing, or empty but for .git): its plans with a
    skeleton plan of the chosen kind, its pages and settings, and the tool's files.
    Each fact to write in is marked TO DO:, and `make check` lists them."""
    from ..starter import (FolderNotEmpty, area_files, area_problem, installed_version, not_empty_because,
                          plan_id_problem, site_url_problem, tool_files, write_new_area)

    def refuse(why: str) -> None:
        click.echo(f"{why} Nothing was written.", err=True)
        sys.exit(1)

    if (why := not_empty_because(folder)):
        refuse(why)
    missing = [name for name, value in (("--area", area), ("--kind", kind)) if value is None]
    if missing and not _can_ask():
        refuse(f"Say {' and '.join(missing)}: e.g. progress-pages new {folder} --area Somerset "
               f"--kind priority-action-plan.")
    if area is None:
        area = click.prompt("What is your area called (as families know it, e.g. Somerset)?")
    if kind is None:
        choices = list(KIND_CHOICES.items())
        click.echo("What kind of plan is it?")
        for number, (_, name) in enumerate(choices, 1):
            click.echo(f"  {number}. {name[0].upper() + name[1:]}")
        kind = choices[click.prompt("Type its number", type=click.IntRange(1, len(choices))) - 1][0]
    plan_id = plan_id or kind
    for problem in (area_problem(area), plan_id_problem(plan_id), site_url and site_url_problem(site_url)):
        if problem:
            refuse(problem)
    version = installed_version()
    if version is None:
        refuse("This progress-pages is not installed as a package, so there is no version for the new "
               "site to name: install it with pip first.")
    files = area_files(area.strip(), kind, plan_id, site_url) | tool_files(version)
    try:
        with faults_said("write the new site", "FOLDER", f"Nothing was left in {folder}."):
            write_new_area(folder, files)
    except FolderNotEmpty as e:  # something arrived in it while we asked
        refuse(str(e))
    click.echo(f"Wrote {len(files)} files in {folder}/:")
    for name in sorted(files):
        click.echo(f"  {name}")
    steps = [] if folder.resolve() == Path.cwd() else [f"cd {folder}"]
    steps += ["make check: it lists each TO DO: left in the files, with what to write. Write your "
              "area's facts there, and run it again until it says All good.",
              "make site: it builds the site into site/."]
    click.echo("Next:")
    for number, step in enumerate(steps, 1):
        click.echo(f"  {number}. {step}")


def _can_ask() -> bool:
    """Questions only to a person at a terminal: a script is told which options it lacks."""
    return sys.stdin.isatty()

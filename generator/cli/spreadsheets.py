"""`progress-pages import` and `export`: the plans from and to spreadsheets."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .group import main
from .options import PLAN_ID, PLANS, faults_said, plan_or_exit, project_or_exit


@main.command("import")
@click.argument("tracker", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--plan", "plan_id", required=True, help="The plan to write: plans/<ID>/plan.yaml and its updates.")
@click.option("--mapping", "mapping_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="How the tracker is laid out (docs/tracker-mapping.md). Leave out to import a "
              "committee pack made by `progress-pages export`.")
@PLANS
@click.option("--partial", is_flag=True, help="Write what could be read, leaving out the actions "
              "and periods with problems.")
@click.option("--force", is_flag=True, help="Overwrite files that already exist (the diff is shown first).")
@click.option("--dry-run", is_flag=True, help="Show what would be written; write nothing.")
def import_(tracker: Path, plan_id: str, mapping_file: Path | None, plans_dir: Path,
            partial: bool, force: bool, dry_run: bool) -> None:
    """Import an action tracker (.xlsx or .csv): the plan and one update file per period.

    Every cell that cannot be read is listed (sheet, row, column, value and why), and
    nothing is written while any is left, unless --partial is given. Existing files are
    only overwritten with --force, after showing what would change.
    """
    from ..problems import relative
    from ..spreadsheet import import_tracker
    from ..write import changes, write_atomically

    outcome = import_tracker(tracker, mapping_file, plans_dir, plan_id, Path.cwd(), partial)
    for problem in outcome.problems:
        click.echo(str(problem), err=True)
    for what in outcome.left_out:
        click.echo(f"Left out: {what}", err=True)
    if not outcome.files:
        click.echo(f"{len(outcome.problems)} problem(s): nothing was written.", err=True)
        sys.exit(1)
    found = changes(outcome.files, name=lambda p: relative(p, Path.cwd()))
    for change in found:
        if change.kind == "changed" or (dry_run and change.kind == "new"):
            click.echo(change.diff())
    for change in found:
        click.echo(f"{change.kind}: {change.name}")
    changed = [c for c in found if c.kind == "changed"]
    if dry_run:
        click.echo("Dry run: nothing was written.")
        return
    if changed and not force:
        click.echo(f"{len(changed)} existing file(s) would change (see the diff above). "
                   "Nothing was written: run again with --force to overwrite them.", err=True)
        sys.exit(1)
    with faults_said("import the tracker", "--plans", "No plan file was changed."):
        write_atomically({c.path: c.text for c in found if c.kind != "unchanged"})
    click.echo(f"Imported {outcome.counts} into {relative(plans_dir / plan_id, Path.cwd())}/.")


@main.command()
@PLANS
@PLAN_ID
@click.option("--output-dir", "-o", default="export", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Where to write the files.")
def export(plans_dir: Path, plan_id: str | None, output_dir: Path) -> None:
    """Write a plan with its full status history (drafts included) as a committee pack:
    an .xlsx workbook and one .csv file per sheet (plan, priorities, actions, periods, measures)."""
    from ..spreadsheet import export as export_pack

    project = project_or_exit(plans_dir)
    with faults_said("export the committee pack", "--output-dir", "Nothing was written."):
        written = export_pack(project, plan_or_exit(project, plan_id), output_dir)
    for path in written:
        click.echo(f"Wrote {os.path.relpath(path)}")

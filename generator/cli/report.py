"""`progress-pages report`: a committee summary of one plan's progress."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .group import main
from .options import PLAN_ID, PLANS, faults_said, plan_or_exit, project_or_exit


@main.command()
@PLANS
@PLAN_ID
@click.option("--period", "period_id", help="The update to report on, e.g. 2022-01. Default: the "
              "latest published one, as on the home page.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file: .pdf for PDF, any other name for Markdown. Default: Markdown on the screen.")
def report(plans_dir: Path, plan_id: str | None, period_id: str | None, output: Path | None) -> None:
    """A committee summary: the figures a scrutiny report quotes, now and at the previous
    meeting, what changed, delayed and overdue actions, measures, and "you said, we did"."""
    from ..compute.committee import committee, find_period
    from ..render.committee import committee_markdown, committee_pdf, no_progress_markdown
    from ..write import write_atomically

    project = project_or_exit(plans_dir)
    entry = plan_or_exit(project, plan_id)
    period = find_period(entry, period_id)
    if period is None and period_id is not None:
        known = ", ".join(p.id for p in entry.periods)
        click.echo(f"No update {period_id} in plan {entry.id}: " + (
            f"its updates are {known}." if known else
            f"it has no update yet. Each update is a file {_updates_folder(plans_dir, entry)}/YYYY-MM.yaml."),
            err=True)
        sys.exit(1)
    if period is None:
        _say_drafts(plans_dir, entry)
        text = no_progress_markdown(project.site, entry)
    else:
        text = committee_markdown(project.site, committee(project, entry, period))
    if output is None:
        click.echo(text, nl=False)
    title = f"{entry.plan.title}: progress report" + (f", {period.update.label}" if period else "")
    with faults_said("write the report", "--output", "Nothing was written."):
        if output is not None and output.suffix.lower() == ".pdf":
            committee_pdf(text, title, output)
        elif output is not None:
            write_atomically({output: text})
    if output is not None:
        click.echo(f"Wrote {os.path.relpath(output)}")


def _say_drafts(plans_dir: Path, entry) -> None:
    """Why a plan with updates has no progress to report: they are all drafts."""
    if not entry.periods:
        return
    files = [f"{_updates_folder(plans_dir, entry)}/{p.id}.yaml" for p in entry.periods]
    latest = entry.periods[-1].id
    said = (f"The only update, {files[0]}, is a draft: it is" if len(files) == 1 else
            f"The {len(files)} updates, {', '.join(files[:-1])} and {files[-1]}, are drafts: they are")
    click.echo(f"{said} left out of the public site and this report until {'it says' if len(files) == 1 else 'each says'} "
               f"`state: published`. To see a draft in the report, marked as one, run "
               f"`progress-pages report --period {latest}`; `progress-pages build --preview` shows drafts on the site.",
               err=True)


def _updates_folder(plans_dir: Path, entry) -> str:
    from ..problems import relative

    return relative(plans_dir / entry.id / "updates", Path.cwd())

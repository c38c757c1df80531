"""What several commands share: their options, and how they say a fault or a missing plan."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import click

from ..faults import plain
from ..validate import load_project

PLANS = click.option("--plans", "plans_dir", default="plans", show_default=True,
                     type=click.Path(path_type=Path), help="The folder holding site.yaml and the plans.")
VERBOSE = click.option("--verbose", is_flag=True, help="Also list what was found and allowed, "
                       "such as public contacts in site.yaml's public_contacts (one line each).")
CONFIG = click.option("--config-file", "-f", default="mkdocs.yml", show_default=True,
                      type=click.Path(path_type=Path, dir_okay=False), help="The MkDocs configuration.")


@contextmanager
def faults_said(doing: str, option: str, unchanged: str):
    """A full disk, or a place we may not write in, in one plain line (exit 1)."""
    try:
        yield
    except OSError as e:
        said = plain(e, option)
        if said is None:
            raise
        click.echo(f"Cannot {doing}: {said} {unchanged}", err=True)
        sys.exit(1)


SITE_FAULTS = ("build the site", "--site-dir", "The site was not changed.")


def project_or_exit(plans_dir: Path):
    """The checked project, or exit listing every problem (as `check` does)."""
    project, report = load_project(plans_dir, Path.cwd())
    if project is None:
        click.echo(report.summary(), err=True)
        sys.exit(1)
    return project


def plan_or_exit(project, plan_id: str | None):
    ids = [e.id for e in project.plans]
    if plan_id is None and len(ids) == 1:
        return project.plans[0]
    if plan_id in ids:
        return project.plans[ids.index(plan_id)]
    if not ids:
        click.echo("There is no plan yet: add a folder with a plan.yaml, e.g. plans/wsoa/plan.yaml.", err=True)
    elif plan_id is None:
        click.echo(f"There are {len(ids)} plans: say which one with --plan {' or --plan '.join(ids)}.", err=True)
    else:
        click.echo(f"There is no plan '{plan_id}': say which one with --plan {' or --plan '.join(ids)}.",
                   err=True)
    sys.exit(1)


PLAN_ID = click.option("--plan", "plan_id", help="The plan folder's name (needed when there is more than one plan).")



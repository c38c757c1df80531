"""The `progress-pages` command: a thin layer over the pipeline stages."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .validate import load_project

PLANS = click.option("--plans", "plans_dir", default="plans", show_default=True,
                     type=click.Path(path_type=Path), help="The folder holding site.yaml and the plans.")
CONFIG = click.option("--config-file", "-f", default="mkdocs.yml", show_default=True,
                      type=click.Path(path_type=Path, dir_okay=False), help="The MkDocs configuration.")


@click.group()
@click.version_option(package_name="local-offer-progress-pages")
def main() -> None:
    """Publish a local area's SEND improvement plan and its progress as a website."""


@main.command()
@PLANS
def check(plans_dir: Path) -> None:
    """Check every input file and list every problem at once (exit 1 on any error)."""
    project, report = load_project(plans_dir, Path.cwd())
    for line in report.summary().splitlines()[:-1]:
        click.echo(line)
    if project is None:
        click.echo(report.summary().splitlines()[-1])
        sys.exit(1)
    actions = sum(len(e.plan.actions()) for e in project.plans)
    updates = sum(len(e.periods) for e in project.plans)
    click.echo(f"All good: {len(project.plans)} plan(s), {actions} actions, {updates} update(s).")


@main.command()
@PLANS
@CONFIG
@click.option("--site-dir", "-d", type=click.Path(path_type=Path, file_okay=False),
              help="Where to write the site (default: site_dir in the MkDocs configuration).")
@click.option("--preview", is_flag=True, help="Include drafts, each page marked 'Draft: not yet agreed'. "
              "Never publish a preview.")
def build(plans_dir: Path, config_file: Path, site_dir: Path | None, preview: bool) -> None:
    """Check the inputs, then build the site with MkDocs --strict.

    The site is built in a temporary folder and swapped in only when the build
    succeeded: after any failure the previous site is left as it was.
    """
    from .build import BuildFailed, build_site
    from .build.plugin import PREVIEW_ENV

    os.environ[PREVIEW_ENV] = "1" if preview else "0"

    project, report = load_project(plans_dir, Path.cwd())
    for line in report.summary().splitlines()[:-1]:
        click.echo(line, err=True)
    if project is None:
        click.echo(report.summary().splitlines()[-1] + ": the site was not changed.", err=True)
        sys.exit(1)
    try:
        target = build_site(config_file, project, site_dir)
    except BuildFailed as e:
        click.echo(f"{e}\nThe site was not changed.", err=True)
        sys.exit(1)
    click.echo(f"Built the site in {os.path.relpath(target)}/")


@main.command()
@CONFIG
@click.option("--dev-addr", "-a", default="127.0.0.1:8000", show_default=True,
              help="Address and port to serve on.")
@click.option("--preview", is_flag=True, help="Include drafts, marked 'Draft: not yet agreed'.")
def serve(config_file: Path, dev_addr: str, preview: bool) -> None:
    """Preview the site; it rebuilds when a page or a plan file changes."""
    import logging

    from mkdocs.commands.serve import serve as mkdocs_serve

    from .build.plugin import PREVIEW_ENV
    from .build.site import show_mkdocs_log

    os.environ[PREVIEW_ENV] = "1" if preview else "0"
    show_mkdocs_log(logging.INFO)
    mkdocs_serve(config_file=str(config_file), dev_addr=dev_addr, livereload=True)


@main.command()
@click.argument("base")
@click.argument("head", required=False)
@PLANS
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Also write the summary to this file (e.g. $GITHUB_STEP_SUMMARY).")
def changes(base: str, head: str | None, plans_dir: Path, output: Path | None) -> None:
    """Summarise in plain language what changed in the plans between BASE and HEAD.

    BASE and HEAD are git revisions (such as origin/main and HEAD) or folders holding
    a plans folder. Without HEAD, BASE is compared with the files as they are now.
    Things that went backwards are listed first.
    """
    from .compare import CompareFailed, compare_inputs

    try:
        summary = compare_inputs(base, head, plans_dir)
    except CompareFailed as e:
        click.echo(str(e), err=True)
        sys.exit(1)
    click.echo(summary, nl=False)
    if output:
        with output.open("a", encoding="utf-8") as f:
            f.write(summary)

"""`progress-pages check`, `build` and `serve`: the pipeline (generator/pipeline.py) run
for a person, with its problems listed."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .. import pipeline
from ..build.generated import GENERATED_DIR
from ..problems import counted
from ..store import Store, default_folder
from .group import main
from .options import CONFIG, PLANS, SITE_FAULTS, VERBOSE, faults_said


@main.command()
@PLANS
@CONFIG
@click.option("--strict", is_flag=True, help="Treat warnings (reading level, abbreviations missing "
              "from the glossary, no accessibility statement, the example's names) as errors.")
@VERBOSE
def check(plans_dir: Path, config_file: Path, strict: bool, verbose: bool) -> None:
    """Check every input file and list every problem at once (exit 1 on any error).

    Also checks that public texts are plain English, and that mkdocs.yml and the
    hand-written pages no longer name the example's area: warnings, or errors with --strict."""
    store = Store(default_folder())
    prepared = pipeline.prepare(_options(plans_dir, config_file, plain_english=True), store)
    store.save()
    project, report = prepared.project, prepared.report
    *listed, count = report.summary(verbose).splitlines()
    for line in listed:
        click.echo(line)
    if project is None or not report.ok:
        click.echo(count)
        sys.exit(1)
    if strict and report.warnings:
        click.echo(count + ": --strict treats warnings as errors.")
        sys.exit(1)
    actions = sum(len(e.plan.actions()) for e in project.plans)
    updates = sum(len(e.periods) for e in project.plans)
    # "All good" only when there is nothing to read above it.
    verdict = f"No errors, {counted(len(report.warnings), 'warning')}" if report.warnings else "All good"
    click.echo(f"{verdict}: {len(project.plans)} plan(s), {actions} actions, {updates} update(s).")


@main.command()
@PLANS
@CONFIG
@click.option("--site-dir", "-d", type=click.Path(path_type=Path),
              help="Where to write the site (default: site_dir in the MkDocs configuration).")
@click.option("--preview", is_flag=True, help="Include drafts, each page marked 'Draft: not yet agreed'. "
              "Never publish a preview. Implies --file-urls.")
@click.option("--file-urls", is_flag=True, help="A site that works opened from a folder (its index.html), "
              "without a web server: every link names its page's file, and search is replaced by a note.")
@click.option("--changes-since", "changes_since", metavar="REVISION",
              help="With --preview: add a page 'What this change does', the summary `progress-pages "
              "changes REVISION` prints (e.g. origin/main), with a link to each changed part.")
@click.option("--engine", type=click.Choice(["mkdocs", "zensical"]), default="mkdocs", show_default=True,
              help="What builds the site from the pages: MkDocs, or Zensical (installed with the "
              "package's 'engines' extra). See docs/engines.md.")
@VERBOSE
def build(plans_dir: Path, config_file: Path, site_dir: Path | None, preview: bool, file_urls: bool,
          changes_since: str | None, engine: str, verbose: bool) -> None:
    """Check the inputs, then build the site with MkDocs --strict (or another engine).

    The site is built in a temporary folder and swapped in only when the build
    succeeded: after any failure the previous site is left as it was.
    """
    from ..build import BuildFailed
    from ..compare import CompareFailed

    if changes_since is not None and not preview:
        click.echo("--changes-since needs --preview: the page it adds is for reviewing a change, "
                   "never for the public site.", err=True)
        sys.exit(1)
    options = _options(plans_dir, config_file, preview=preview, changes_since=changes_since)
    try:
        with faults_said(*SITE_FAULTS):
            built = pipeline.build(options, site_dir, file_urls=file_urls, engine=engine)
    except (BuildFailed, CompareFailed) as e:
        click.echo(f"{e}\nThe site was not changed.", err=True)
        sys.exit(1)
    *listed, count = built.report.summary(verbose).splitlines()
    for line in listed:
        click.echo(line, err=True)
    if built.target is None:
        click.echo(count + ": the site was not changed.", err=True)
        sys.exit(1)
    click.echo(f"Built the site in {os.path.relpath(built.target)}/")


@main.command()
@CONFIG
@click.option("--dev-addr", "-a", default="127.0.0.1:8000", show_default=True,
              help="Address and port to serve on.")
@click.option("--preview", is_flag=True, help="Include drafts, marked 'Draft: not yet agreed'.")
def serve(config_file: Path, dev_addr: str, preview: bool) -> None:
    """Preview the site; it rebuilds when a page or a plan file changes."""
    import logging

    from mkdocs.commands.serve import serve as mkdocs_serve

    from ..build.site import show_mkdocs_log

    show_mkdocs_log(logging.INFO)
    mkdocs_serve(config_file=str(config_file), dev_addr=dev_addr, livereload=True,
                 plugins=_plugins_with_preview(config_file) if preview else None)


def _options(plans_dir: Path, config_file: Path, **options) -> pipeline.Options:
    root = Path.cwd()
    return pipeline.Options(plans_dir=plans_dir, root=root, generated_dir=config_file.resolve().parent / GENERATED_DIR,
                            config_file=config_file, **options)


def _plugins_with_preview(config_file: Path) -> list:
    """mkdocs.yml's plugins, the progress-pages plugin's `preview` option on: MkDocs
    loads the configuration again for each rebuild, with these in place of its own."""
    from mkdocs.utils.yaml import yaml_load

    with open(config_file, encoding="utf-8") as f:
        plugins = yaml_load(f).get("plugins") or []
    if isinstance(plugins, dict):
        plugins = [{name: options} for name, options in plugins.items()]
    ours = [i for i, item in enumerate(plugins) if item == "progress-pages"
            or (isinstance(item, dict) and "progress-pages" in item)]
    for i in ours:
        options = plugins[i]["progress-pages"] if isinstance(plugins[i], dict) else None
        plugins[i] = {"progress-pages": {**(options or {}), "preview": True}}
    return plugins

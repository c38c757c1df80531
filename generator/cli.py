"""The `progress-pages` command: a thin layer over the pipeline stages."""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from .faults import plain
from .gc_pause import collector_paused
from .problems import counted
from .load.cache import ParseCache, default_folder
from .starter.area import KIND_CHOICES
from .validate import load_project, placeholders
from .validate.example_names import example_names
from .validate.format_version import DISTRIBUTION

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


@click.group()
@click.version_option(package_name=DISTRIBUTION)
def main() -> None:
    """Publish a local area's SEND improvement plan and its progress as a website."""


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
    from .starter import (FolderNotEmpty, area_files, area_problem, installed_version, not_empty_because,
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


def _check_hand_written(report, project, config_file: Path, unwritten: list) -> None:
    """mkdocs.yml and the pages, which the plans' checks never read: the example's names
    left in them (once site.yaml names the area), and `unwritten`, their placeholders."""
    if project is not None:
        report.extend(example_names(config_file, project.site.area.name, Path.cwd()))
    report.extend(unwritten)
    report.problems = placeholders.without_knock_ons(report.problems)


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
    with collector_paused():
        project, report = load_project(plans_dir, Path.cwd(), ParseCache(default_folder()),
                                       plain_english=True)
    _check_hand_written(report, project, config_file, list(placeholders.in_pages(config_file, Path.cwd())))
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
    """Check the inputs, then build the site with MkDocs --strict.

    The site is built in a temporary folder and swapped in only when the build
    succeeded: after any failure the previous site is left as it was.
    """
    from .build import BuildFailed, build_site, site_target
    from .build.plugin import PREVIEW_ENV

    if changes_since is not None and not preview:
        click.echo("--changes-since needs --preview: the page it adds is for reviewing a change, "
                   "never for the public site.", err=True)
        sys.exit(1)

    os.environ[PREVIEW_ENV] = "1" if preview else "0"
    unwritten = list(placeholders.in_pages(config_file, Path.cwd()))
    if not unwritten:  # else MkDocs may refuse mkdocs.yml before we have said what is left to write
        with faults_said(*SITE_FAULTS):
            target = site_target(config_file, site_dir)  # before the inputs are read: fail fast
    with collector_paused():
        project, report = load_project(plans_dir, Path.cwd(), ParseCache(default_folder()))
    _check_hand_written(report, project, config_file, unwritten)
    *listed, count = report.summary(verbose).splitlines()
    for line in listed:
        click.echo(line, err=True)
    if project is None or not report.ok:
        click.echo(count + ": the site was not changed.", err=True)
        sys.exit(1)
    review = None
    if changes_since is not None:
        from .compare import CompareFailed
        from .compare import changes_since as compared
        from .render.review import Review

        try:
            review = Review(changes_since, compared(changes_since, plans_dir, project))
        except CompareFailed as e:
            click.echo(f"{e}\nThe site was not changed.", err=True)
            sys.exit(1)
    try:
        with faults_said(*SITE_FAULTS):
            build_site(config_file, project, target, file_urls=file_urls or preview, review=review,
                       engine=engine)
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
@click.option("--link-base", metavar="URL", callback=lambda _c, _p, v: _web_address(v),
              help="The address of a preview of HEAD (built with `build --preview`): the summary "
              "ends with a link to it and to each page the change shows on.")
def changes(base: str, head: str | None, plans_dir: Path, output: Path | None, link_base: str | None) -> None:
    """Summarise in plain language what changed in the plans between BASE and HEAD.

    BASE and HEAD are git revisions (such as origin/main and HEAD) or folders holding
    a plans folder. Without HEAD, BASE is compared with the files as they are now.
    Things that went backwards are listed first.
    """
    from .compare import CompareFailed, compare_inputs

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


def _project(plans_dir: Path):
    """The checked project, or exit listing every problem (as `check` does)."""
    project, report = load_project(plans_dir, Path.cwd())
    if project is None:
        click.echo(report.summary(), err=True)
        sys.exit(1)
    return project


def _plan(project, plan_id: str | None):
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
    from .problems import relative
    from .spreadsheet import import_tracker
    from .write import changes, write_atomically

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
    from .spreadsheet import export as export_pack

    project = _project(plans_dir)
    with faults_said("export the committee pack", "--output-dir", "Nothing was written."):
        written = export_pack(project, _plan(project, plan_id), output_dir)
    for path in written:
        click.echo(f"Wrote {os.path.relpath(path)}")


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
    from .compute.committee import committee, find_period
    from .render.committee import committee_markdown, committee_pdf, no_progress_markdown
    from .write import write_atomically

    project = _project(plans_dir)
    entry = _plan(project, plan_id)
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
    from .problems import relative

    return relative(plans_dir / entry.id / "updates", Path.cwd())


@main.command()
@click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
def upgrade(dry_run: bool) -> None:
    """Move this area's repository to this version of progress-pages.

    Run it in the repository's folder after installing the newer version
    (`make upgrade` does both). It pins requirements.txt to this version and writes
    the files the tool owns (Makefile, workflows, editor settings, schemas) as this
    version does, showing each change as a diff. plans/, content/, mkdocs.yml and the
    README are left alone. Review the change with `git diff` and in a pull request."""
    from .upgrade import NotAnArea, plan_upgrade
    from .validate.format_version import installed_version
    from .write import write_atomically

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

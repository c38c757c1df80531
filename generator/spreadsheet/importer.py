"""`progress-pages import`: a tracker spreadsheet in, our plan and update files out.

Nothing is decided until everything is known: the tracker is read, the files are
put together and checked, and then checked again with the rest of the project by
the same `load_project` as `check` and `build`, in a temporary copy. Every problem
is mapped back to the cell it came from. With `--partial`, the actions and periods
with problems are left out and the rest is checked again.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..layout import MEASURES, SITE
from ..load import read_yaml
from ..model import Measures, Site
from ..model.base import ID_RULE, is_id
from ..problems import Problem, relative
from ..validate.schema import validate_source
from .import_job import Job
from .layout import LATER_SHEETS, export_mapping
from .mapping import Mapping, load_mapping
from .tracker import Reader
from .tracker_cells import Grid
from .workbook import Table, Workbook


@dataclass
class Outcome:
    files: dict[Path, str] = field(default_factory=dict)  # empty when nothing may be written
    problems: list[Problem] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # with --partial
    counts: str = ""


def import_tracker(tracker: Path, mapping_file: Path | None, plans_dir: Path, plan_id: str,
                   root: Path, partial: bool = False) -> Outcome:
    outcome = Outcome()
    site, measures, problems = _context(plans_dir, root)
    if not is_id(plan_id):
        problems.append(Problem("--plan", None, None, "", f"'{plan_id}' is not a usable plan id: {ID_RULE}",
                                "id-format"))
    mapping_source = None
    if mapping_file is None:  # a committee pack made by `progress-pages export`
        mapping = export_mapping()
    elif site is None:
        mapping = None
    else:
        mapping, mapping_source, found = load_mapping(mapping_file, root, site, [m.id for m in measures])
        problems += found
    workbook = Workbook(tracker, relative(tracker, root))
    problems += workbook.problems
    if mapping_file is None and None not in workbook.sheets:
        mapping = _older_pack(mapping, workbook)
    if not problems and site is not None and mapping is not None:
        problems += _one_sheet_csv(workbook, mapping)
    if problems or site is None or mapping is None:
        outcome.problems = problems
        return outcome
    draft = Reader(workbook, mapping, site, measures).read()
    job = Job(draft, mapping, mapping_source, plans_dir, plan_id, root, partial)
    if mapping_file is None and None not in workbook.sheets:
        grid = workbook.table(mapping.actions_sheet.sheet, mapping.actions_sheet.header_row)
        job.grid = Grid(grid, site, mapping, job.existing_periods()) if isinstance(grid, Table) else None
    # A merged cell's problem is found once for every row under it: say it once.
    outcome.problems = sorted(dict.fromkeys(i.problem for i in job.run()), key=Problem.sort_key)
    outcome.left_out = job.left_out() if partial else []
    if job.ok:
        outcome.files = job.files
        outcome.counts = job.counts
    return outcome


def _context(plans_dir: Path, root: Path) -> tuple[Site | None, tuple, list[Problem]]:
    """The status scale and measures the tracker's words are matched against."""
    problems: list[Problem] = []
    found: dict[str, Any] = {}
    for name, model in ((SITE, Site), (MEASURES, Measures)):
        path = plans_dir / name
        if not path.is_file():
            if model is Site:
                problems.append(Problem(relative(path, root), None, None, "", "site.yaml is missing: "
                                        "the import needs the area's status scale", "missing-file"))
            continue
        source, read_problems = read_yaml(path, relative(path, root))
        instance, model_problems = validate_source(source, model) if not read_problems else (None, [])
        problems += read_problems + model_problems
        found[name] = instance
    measures = found.get(MEASURES)
    return found.get(SITE), tuple(measures.measures) if measures else (), problems


def _older_pack(mapping: Mapping, workbook: Workbook) -> Mapping:
    """A pack made before some sheets or optional columns were added: read without them,
    so that what they would hold is kept from the files being replaced."""
    update: dict[str, Any] = {}
    for name in ("plan_sheet", "priorities_sheet", "actions_sheet", "updates_sheet", *LATER_SHEETS.values()):
        spec = getattr(mapping, name)
        if spec.sheet not in workbook.sheets:
            if name in LATER_SHEETS.values():
                update[name] = None
            continue
        table = workbook.table(spec.sheet, spec.header_row)
        optional = {field for field, info in type(spec.columns).model_fields.items() if not info.is_required()}
        missing = {field: None for field, header in spec.columns.model_dump(exclude_none=True).items()
                   if field in optional and not isinstance(table, Problem) and table.column(header) is None}
        if missing:
            update[name] = spec.model_copy(update={"columns": spec.columns.model_copy(update=missing)})
    return mapping.model_copy(update=update)


def _one_sheet_csv(workbook: Workbook, mapping: Mapping) -> list[Problem]:
    if None not in workbook.sheets:
        return []
    sheets = {getattr(mapping, n).sheet for n in ("plan_sheet", "priorities_sheet", "actions_sheet",
                                                  "updates_sheet", *LATER_SHEETS.values())
              if getattr(mapping, n) is not None}
    if len(sheets) > 1:
        return [Problem(workbook.name, None, None, "", "a .csv file holds one sheet, but the mapping "
                        f"reads {len(sheets)} sheets: import the .xlsx file instead", "csv-one-sheet")]
    return []

"""docs/tracker-mapping.md, written from the mapping model so that it cannot drift.

Run `make docs` after changing generator/spreadsheet/mapping.py; a test fails while
the file is out of date.
"""
from __future__ import annotations

from ..model.docs import reference
from .mapping import Mapping
from .workbook import LIMITS

INTRO = """\
# Tracker mapping

`progress-pages import TRACKER --plan ID --mapping MAPPING.yaml` reads an action
tracker (.xlsx or .csv) with the help of a mapping file: a YAML file that says which
column holds what, which words mean which status, and how dates are written. The
[editor's guide](editors-guide.md#12-import-an-action-tracker) shows how to write
one, step by step, and `examples/tracker-mapping.yaml` is a complete example for
`examples/tracker.xlsx`. This page is generated from the model
(`generator/spreadsheet/mapping.py`): run `make docs` after changing it.

- Column headers are matched whatever their capitals and spacing.
- Rows are counted from 1, as Excel shows them. Blank rows are skipped.
- The file follows the same YAML rules as the plans (see [input format](input-format.md)).
- A committee pack made by `progress-pages export` needs no mapping.
- Each reporting period is imported into the update file of the plan with the same
  meeting date, if there is one (`2021-10.yaml` or `2021-10-14.yaml`): an import never
  renames a file. Otherwise into a file named after its month, or after its day when
  the month has two meetings (see `status_columns` and `periods`).
- In a .csv file, a ' in front of a text that starts with = + - @ or ' is taken away:
  the committee pack's .csv files write such texts so, so that no spreadsheet runs them.
- {limits}
""".format(limits=LIMITS)


def format_mapping_reference() -> str:
    return reference(INTRO, {"<mapping>.yaml": Mapping})


if __name__ == "__main__":
    print(format_mapping_reference(), end="")

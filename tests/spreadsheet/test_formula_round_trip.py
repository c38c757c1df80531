"""A committee pack whose texts look like formulas: its .csv files hold them with a '
in front (so no spreadsheet runs them), its .xlsx file as texts, and `progress-pages
import` gets back exactly what the plan said."""
import csv

import openpyxl

from generator.spreadsheet.workbook import Workbook

from trackers import area, example, loaded, run  # noqa: F401 (fixtures)

TITLE = '=HYPERLINK("http://x","click")'
LEAD = "@SUM(A1)"
PRIORITY = "+cmd|' /C calc'!A0"
QUOTED = "'quoted' from the report"
NOTE = "-2+3 more places this term."


def with_formulas(area):
    plan = area / "plans" / "wsoa-2020" / "plan.yaml"
    text = plan.read_text()
    for old, new in (("title: Write a joint SEND commissioning strategy with families.",
                      f"title: '{TITLE}'"),
                     ("lead: Joint Commissioning Manager for SEND (Council and ICB)", f"lead: '{LEAD}'"),
                     ("title: Joint planning of services for children and young people with SEND",
                      f"title: \"{PRIORITY}\""),
                     ("title: Set up one SEND Partnership Board to lead and check this plan.",
                      f"title: \"{QUOTED}\"")):
        assert old in text
        text = text.replace(old, new, 1)
    plan.write_text(text)
    update = area / "plans" / "wsoa-2020" / "updates" / "2022-01.yaml"
    old = "note: A yearly check of the strategy is planned for June 2022. The Parent Carer Forum will help lead it."
    assert old in update.read_text()
    update.write_text(update.read_text().replace(old, f"note: '{NOTE}'"))
    return loaded(area)


def csv_cells(path) -> set[str]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return {cell for row in csv.reader(f) for cell in row}


def test_the_pack_s_csv_files_quote_them_and_its_workbook_holds_texts(area):
    with_formulas(area)
    assert run("export", "--output-dir", "pack").exit_code == 0
    actions, priorities = (csv_cells(area / "pack" / f"wsoa-2020-{n}.csv") for n in ("actions", "priorities"))
    assert {"'" + TITLE, "'" + LEAD, "'" + PRIORITY, "'" + QUOTED} <= actions
    assert not {TITLE, LEAD, PRIORITY, QUOTED} & actions
    assert "'" + PRIORITY in priorities
    assert "'" + NOTE in csv_cells(area / "pack" / "wsoa-2020-periods.csv")

    book = openpyxl.load_workbook(area / "pack" / "wsoa-2020.xlsx")
    found = {c.value: c.data_type for sheet in book for row in sheet.iter_rows(min_row=2) for c in row}
    assert {found[t] for t in (TITLE, LEAD, PRIORITY, QUOTED, NOTE)} == {"s"}  # texts, not formulas


def test_import_of_the_pack_gives_back_exactly_the_texts(area):
    original = with_formulas(area)
    run("export", "--output-dir", "pack")
    for path in (area / "plans" / "wsoa-2020").rglob("*.yaml"):
        path.unlink()
    result = run("import", "pack/wsoa-2020.xlsx", "--plan", "wsoa-2020")
    assert result.exit_code == 0, result.output
    again = loaded(area).plans[0]
    assert again.plan == original.plans[0].plan
    assert again.periods == original.plans[0].periods
    assert again.plan.priorities[0].actions[0].title == TITLE


def test_the_pack_s_csv_files_read_back_as_the_texts(area):
    with_formulas(area)
    run("export", "--output-dir", "pack")
    for name, texts in (("actions", {TITLE, LEAD, PRIORITY, QUOTED}), ("periods", {NOTE, TITLE})):
        workbook = Workbook(area / "pack" / f"wsoa-2020-{name}.csv", f"wsoa-2020-{name}.csv")
        assert workbook.problems == []
        cells = set(workbook.sheets[None].to_numpy().ravel())
        assert texts <= cells
        assert not {"'" + t for t in texts} & cells


def test_a_person_s_quote_before_a_formula_means_text(area):
    """In a tracker typed by a person, '=1+1 is the text =1+1, as a spreadsheet shows it;
    a ' before anything else is the person's own."""
    (area / "typed.csv").write_text("Action,Lead\n'=1+1,'Tis the season\n''twice,'@home\n", encoding="utf-8")
    frame = Workbook(area / "typed.csv", "typed.csv").sheets[None]
    assert frame.values.tolist() == [["Action", "Lead"], ["=1+1", "'Tis the season"], ["'twice", "@home"]]

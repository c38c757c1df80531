"""Importing a tracker as local areas keep them: merged cells, blank rows, R/A/G/B
letters, UK dates, one bad cell; and never a silent overwrite."""
import re

import yaml

from conftest import ROOT
from trackers import area, example, loaded, make_tracker, run, snapshot  # noqa: F401 (fixtures)

MAPPING = "examples/tracker-mapping.yaml"
BAD = "'WSOA tracker'!H14 (Completion date): '31/09/2021' is not a real date: that day is not in the calendar"


def fresh(area):
    """The example area without its plan, as before a first import."""
    for path in sorted((area / "plans" / "wsoa-2020").rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    (area / "plans" / "wsoa-2020").rmdir()


def same_as_example(imported, example, leave_out=()):
    """The tracker holds everything of the example plan, with due dates as days."""
    entry = example.plans[0]
    keep = [a for a in entry.plan.actions() if a.id not in leave_out]
    got = imported.plans[0]
    assert [a.id for a in got.plan.actions()] == [a.id for a in keep]
    for mine, theirs in zip(got.plan.actions(), keep):
        assert mine.model_dump(exclude={"due"}) == theirs.model_dump(exclude={"due"})
        assert mine.due.last_day == theirs.due.last_day
    assert [p.model_dump(exclude={"actions"}) for p in got.plan.priorities] == [
        p.model_dump(exclude={"actions"}) for p in entry.plan.priorities]
    assert [p.id for p in got.periods] == [p.id for p in entry.periods]
    for mine, theirs in zip(got.periods, entry.periods):
        # The tracker does not say how much each priority has changed for families: a first import has none.
        assert mine.update.priorities == {}
        assert mine.update.model_dump(exclude={"actions", "priorities"}) == theirs.update.model_dump(
            exclude={"actions", "priorities"})
        assert mine.update.actions == {k: v for k, v in theirs.update.actions.items() if k not in leave_out}


def test_the_example_tracker_is_current(area, example):
    """examples/tracker.xlsx is made by examples/make_tracker.py from the example plan."""
    import openpyxl
    make_tracker.make_tracker(example, area / "again.xlsx")
    committed, again = (openpyxl.load_workbook(p) for p in (ROOT / "examples" / "tracker.xlsx", area / "again.xlsx"))
    assert committed.sheetnames == again.sheetnames
    for name in committed.sheetnames:
        assert [[c.value for c in r] for r in committed[name].iter_rows()] == [
            [c.value for c in r] for r in again[name].iter_rows()], "run examples/make_tracker.py"
        assert committed[name].merged_cells.ranges == again[name].merged_cells.ranges


def test_the_example_tracker_imports_in_full(area, example):
    fresh(area)
    result = run("import", "examples/tracker.xlsx", "--plan", "wsoa-2020", "--mapping", MAPPING)
    assert result.exit_code == 0, result.output
    assert "Imported 3 priorities, 22 actions, 4 periods into plans/wsoa-2020/." in result.output
    same_as_example(loaded(area), example)


def test_one_bad_cell_is_reported_precisely_and_nothing_is_written(area, example):
    make_tracker.make_tracker(example, area / "bad.xlsx", bad_cell=True)
    fresh(area)
    before = snapshot(area / "plans")
    result = run("import", "bad.xlsx", "--plan", "wsoa-2020", "--mapping", MAPPING)
    assert result.exit_code == 1
    assert result.output.splitlines() == [f"bad.xlsx:14:8: {BAD}", "1 problem(s): nothing was written."]
    assert snapshot(area / "plans") == before


def test_with_partial_everything_else_is_imported(area, example):
    make_tracker.make_tracker(example, area / "bad.xlsx", bad_cell=True)
    fresh(area)
    result = run("import", "bad.xlsx", "--plan", "wsoa-2020", "--mapping", MAPPING, "--partial")
    assert result.exit_code == 0, result.output
    assert f"bad.xlsx:14:8: {BAD}" in result.output
    assert "Left out: the action in row 14 of the actions sheet (A2.3)" in result.output
    assert "Imported 3 priorities, 21 actions, 4 periods" in result.output
    same_as_example(loaded(area), example, leave_out={"A2.3"})


def inline_priorities_mapping(area, example) -> str:
    """The example mapping with the priorities (and their workstreams) written in it: a .csv
    file has one sheet."""
    mapping = yaml.safe_load((area / MAPPING).read_text())
    del mapping["priorities_sheet"], mapping["workstreams_sheet"]
    mapping["priorities"] = [p.model_dump(exclude={"actions"}) for p in example.plans[0].plan.priorities]
    (area / "csv-mapping.yaml").write_text(yaml.safe_dump(mapping, sort_keys=False))
    return "csv-mapping.yaml"


def test_a_csv_tracker_with_the_same_bad_cell(area, example):
    make_tracker.make_tracker(example, area / "bad.csv", bad_cell=True)
    mapping = inline_priorities_mapping(area, example)
    fresh(area)
    result = run("import", "bad.csv", "--plan", "wsoa-2020", "--mapping", mapping)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        "bad.csv:14:8: H14 (Completion date): '31/09/2021' is not a real date: that day is not in the calendar")
    result = run("import", "bad.csv", "--plan", "wsoa-2020", "--mapping", mapping, "--partial")
    assert result.exit_code == 0, result.output
    same_as_example(loaded(area), example, leave_out={"A2.3"})


def test_existing_files_change_only_with_force_after_a_diff(area):
    before = snapshot(area / "plans")
    result = run("import", "examples/tracker.xlsx", "--plan", "wsoa-2020", "--mapping", MAPPING)
    assert result.exit_code == 1
    # The tracker gives completion dates as days where the plan had months: the diff says so.
    assert "-        due: 2021-03\n+        due: 2021-03-31\n" in result.output
    assert "changed: plans/wsoa-2020/plan.yaml" in result.output
    assert "unchanged: plans/wsoa-2020/updates/2022-01.yaml" in result.output
    assert "Nothing was written: run again with --force" in result.output
    assert snapshot(area / "plans") == before

    result = run("import", "examples/tracker.xlsx", "--plan", "wsoa-2020", "--mapping", MAPPING, "--dry-run")
    assert result.exit_code == 0 and "Dry run: nothing was written." in result.output
    assert snapshot(area / "plans") == before

    result = run("import", "examples/tracker.xlsx", "--plan", "wsoa-2020", "--mapping", MAPPING, "--force")
    assert result.exit_code == 0, result.output
    assert "due: 2021-03-31" in (area / "plans" / "wsoa-2020" / "plan.yaml").read_text()
    assert not [p for p in (area / "plans").rglob("*") if p.name.startswith(".")]  # no temporary files left


def test_a_tracker_without_a_timeline_target_impact_or_easy_read_keeps_those_of_the_files(area, example):
    """The timeline, the target, the Easy Read summary and what each update said changed for
    families are written by hand: a tracker that has none of them leaves them as they are."""
    entry = example.plans[0]
    assert entry.plan.timeline and entry.plan.target and entry.plan.easy_read
    assert any(p.update.priorities for p in entry.periods)
    result = run("import", "examples/tracker.xlsx", "--plan", "wsoa-2020", "--mapping", MAPPING)
    assert result.exit_code == 1
    assert "changed: plans/wsoa-2020/plan.yaml" in result.output
    changed = [line for line in result.output.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert changed and not [line for line in changed if any(
        word in line for word in ("timeline", "kind:", "- date:", "target", "share:", "priorities:", "impact:",
                                  "narrative:", "easy_read", "picture:"))]
    result = run("import", "examples/tracker.xlsx", "--plan", "wsoa-2020", "--mapping", MAPPING, "--force")
    assert result.exit_code == 0, result.output
    again = loaded(area).plans[0]
    assert again.plan.timeline == entry.plan.timeline
    assert again.plan.target == entry.plan.target
    assert again.plan.easy_read == entry.plan.easy_read
    assert [p.update.priorities for p in again.periods] == [p.update.priorities for p in entry.periods]


def test_a_field_the_tracker_has_no_column_for_is_kept_from_the_plan(area, example):
    """The example mapping has no column for due_note; here it loses its aim column too."""
    plan = area / "plans" / "wsoa-2020" / "plan.yaml"
    first_due = next(line for line in plan.read_text().splitlines() if line.strip().startswith("due:"))
    note = first_due.split("due:")[0] + "due_note: Set when the new therapy contract is agreed."
    plan.write_text(plan.read_text().replace(first_due, first_due + "\n" + note, 1))
    (area / "m.yaml").write_text((area / MAPPING).read_text().replace("    aim: Aim\n", "", 1))
    before = loaded(area).plans[0].plan
    assert before.actions()[0].due_note and [p.aim for p in before.priorities if p.aim]
    result = run("import", "examples/tracker.xlsx", "--plan", "wsoa-2020", "--mapping", "m.yaml", "--force")
    assert result.exit_code == 0, result.output
    again = loaded(area).plans[0].plan
    assert [a.due_note for a in again.actions()] == [a.due_note for a in before.actions()]
    assert [p.aim for p in again.priorities] == [p.aim for p in before.priorities]


def test_an_update_file_that_cannot_be_read_is_not_replaced_without_its_judgements(area):
    update = area / "plans" / "wsoa-2020" / "updates" / "2022-01.yaml"
    update.write_text(update.read_text().replace("priorities:\n", "priorities: [\n", 1))
    before = snapshot(area / "plans")
    result = run("import", "examples/tracker.xlsx", "--plan", "wsoa-2020", "--mapping", MAPPING, "--force")
    assert result.exit_code == 1
    assert "plans/wsoa-2020/updates/2022-01.yaml" in result.output
    assert "keeps its priorities' changes for families where the tracker has none" in result.output
    assert snapshot(area / "plans") == before


def test_a_plan_file_that_cannot_be_read_is_not_replaced_without_its_timeline(area):
    plan = area / "plans" / "wsoa-2020" / "plan.yaml"
    plan.write_text(plan.read_text().replace("timeline:\n", "timeline: [\n", 1))
    before = snapshot(area / "plans")
    result = run("import", "examples/tracker.xlsx", "--plan", "wsoa-2020", "--mapping", MAPPING, "--force")
    assert result.exit_code == 1
    assert "plans/wsoa-2020/plan.yaml" in result.output and "keeps its timeline, target" in result.output
    assert snapshot(area / "plans") == before


def tracker_rows(area, example, change):
    """The example tracker as .csv, with `change(rows)` applied to its rows (header = row 3)."""
    make_tracker.make_tracker(example, area / "t.csv")
    import csv
    rows = list(csv.reader((area / "t.csv").open(encoding="utf-8-sig")))
    change(rows)
    with (area / "t.csv").open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return "t.csv"


def test_every_bad_cell_is_reported_at_once(area, example):
    def spoil(rows):
        rows[3][8] = "Amberish"  # I4: RAG Apr 21 of A1.1
        rows[4][4] = ""  # E5: no lead for A1.2
        rows[5][6] = "Number of happy parents"  # G6: not a measure
        rows[13][0] = "Area of focus 9"  # A14: not a priority, filled down to A19 (as if merged)
        rows[2][14] = "RAG Jam 22"  # O3: a header that is not a month
    tracker = tracker_rows(area, example, spoil)
    mapping = inline_priorities_mapping(area, example)
    result = run("import", tracker, "--plan", "wsoa-2020", "--mapping", mapping)
    assert result.exit_code == 1
    lines = result.output.splitlines()

    def line(start):
        found = [x for x in lines if x.startswith(start)]
        assert len(found) == 1, (start, result.output)
        return found[0]

    assert "'Jam 22' is not a date in a form the mapping knows" in line(
        "t.csv:3:15: O3 (RAG Jam 22): the header matches status_columns or note_columns, but ")
    # ... so the mapping's period 2022-01 has no status column: said once, not once per action.
    assert re.search(r"^csv-mapping\.yaml:\d+:5: periods\.2022-01: the tracker has no statuses for period "
                     "2022-01", result.output, re.MULTILINE)
    assert "did you mean 'Amber'? (it knows " in line(
        "t.csv:4:9: I4 (RAG Apr 21): 'Amberish' is not a status word of the mapping")
    assert line("t.csv:5:5: E5 (Lead officer):") == (
        "t.csv:5:5: E5 (Lead officer): this cell is blank: every action needs a lead: a role or an organisation")
    assert line("t.csv:6:7: G6 (Impact measures): 'Number of happy parents' is not a measure in "
                "plans/measures.yaml")
    # A merged cell is filled down; its problem is said once, at the cell where it is written.
    assert line("t.csv:14:1: A14 (Area of focus): 'Area of focus 9' is not a priority of the mapping")
    # Problems in other files that leaving these rows out would cause are not listed.
    assert "plans/feedback" not in result.output and "plans/wsoa-2020" not in result.output
    assert lines[-1] == f"{len(lines) - 1} problem(s): nothing was written."


def test_problems_found_by_the_project_check_point_at_the_cell(area, example):
    """A note with a phone number is caught by the personal-data guard, at its cell."""
    def leak(rows):
        rows[3][9] = "Call Mrs Smith on 07700 900123 about this."  # J4: Update Apr 21 of A1.1
    tracker = tracker_rows(area, example, leak)
    result = run("import", tracker, "--plan", "wsoa-2020", "--mapping", inline_priorities_mapping(area, example),
                 "--force")
    assert result.exit_code == 1
    assert re.search(r"^t\.csv:4:10: J4 \(Update Apr 21\): this looks like a phone number \('0•+3'\)",
                     result.output, re.MULTILINE), result.output
    assert "07700 900123" not in result.output


def test_statuses_without_notes_import_alone_or_with_the_mappings_note(area, example):
    def no_notes(rows):
        for row in rows[2:]:
            del row[9:-3:2]  # every Update column (the last three are the structure's)
    tracker = tracker_rows(area, example, no_notes)
    mapping = inline_priorities_mapping(area, example)
    result = run("import", tracker, "--plan", "wsoa-2020", "--mapping", mapping, "--force")
    assert result.exit_code == 0, result.output  # a status with no note, as in many reports
    update = loaded(area).plans[0].periods[0].update
    assert update.actions["A1.1"].status and update.actions["A1.1"].note is None

    text = (area / mapping).read_text() + "missing_note: No note was kept in the tracker for this period.\n"
    (area / mapping).write_text(text)
    result = run("import", tracker, "--plan", "wsoa-2020", "--mapping", mapping, "--force")
    assert result.exit_code == 0, result.output
    update = loaded(area).plans[0].periods[0].update
    assert update.actions["A1.1"].note == "No note was kept in the tracker for this period."
    assert update.actions["A1.5"].status == "not-started"  # a blank RAG cell, as blank_status says


def test_mapping_problems_name_file_line_and_field(area):
    (area / "m.yaml").write_text("""\
plan: {title: Plan, summary: Text}
priorities:
  - {id: P1, title: T, inspectors_found: F, what_it_means: M, lead: L}
actions_sheet:
  colums: {priority: A, title: B, lead: C, due: D}
  status_columns: 'RAG (.+)'
statuses:
  purple: [P]
  red: [R, Delayed]
""")
    result = run("import", "examples/tracker.xlsx", "--plan", "wsoa-2020", "--mapping", "m.yaml")
    assert result.exit_code == 1
    assert "m.yaml:5:3: actions_sheet.colums: unknown field 'colums'; did you mean 'columns'?" in result.output
    assert "m.yaml:6:19: actions_sheet.status_columns: 'RAG (.+)' needs a group (?P<when>...)" in result.output
    assert "nothing was written" in result.output


def test_mapping_words_must_match_the_area_s_statuses(area):
    (area / "m.yaml").write_text((area / MAPPING).read_text().replace(
        "  amber: [A, Amber]\n", "  amber: [A, Amber, Delayed]\n  purple: [P]\n"))
    result = run("import", "examples/tracker.xlsx", "--plan", "wsoa-2020", "--mapping", "m.yaml")
    assert result.exit_code == 1
    assert re.search(r"m\.yaml:\d+:3: statuses\.purple: there is no status in site\.yaml with the id 'purple'",
                     result.output)
    assert "statuses.amber[2]: 'Delayed' is already a word for 'red'" in result.output


def test_two_actions_with_one_id(area, example):
    def twice(rows):
        rows[4][1] = "A1.1"  # B5: A1.2's ref, now the same as A1.1's
    result = run("import", tracker_rows(area, example, twice), "--plan", "wsoa-2020", "--mapping",
                 inline_priorities_mapping(area, example))
    assert result.exit_code == 1
    assert "t.csv:5:2: B5 (Ref): 'A1.1' is already the id of the action in row 4: each action needs its own" \
        in result.output


def test_a_changed_committee_pack_is_checked_cell_by_cell(area):
    """The pack's Periods sheet has one row per action per meeting."""
    import openpyxl
    run("export", "--output-dir", "pack")
    book = openpyxl.load_workbook(area / "pack" / "wsoa-2020.xlsx")
    periods = book["Periods"]
    assert periods["I5"].value == "Completed" and periods["G5"].value == "A1.4"
    periods["I5"] = "Done"
    periods["B30"] = "Tuesday"  # a meeting date for 2021-07
    book.save(area / "pack" / "wsoa-2020.xlsx")
    result = run("import", "pack/wsoa-2020.xlsx", "--plan", "wsoa-2020", "--partial")
    assert "pack/wsoa-2020.xlsx:5:9: Periods!I5 (Status): 'Done' is not a status word of the mapping" in result.output
    assert "pack/wsoa-2020.xlsx:30:2: Periods!B30 (Meeting date): 'Tuesday' is not a date" in result.output
    assert "Left out: the action in row 5 of the actions sheet (A1.4)" in result.output
    assert "Left out: period 2021-07" in result.output
    # A1.4 is gone from the plan, but other files refer to it: so nothing can be written.
    assert "there is no action 'A1.4' in plans/wsoa-2020/plan.yaml" in result.output
    assert result.exit_code == 1


def test_a_mapping_without_enablers_keeps_those_of_the_plan(area, example):
    text = (area / MAPPING).read_text()
    start, end = text.index("  # What the whole plan depends on"), text.index("# What inspectors found")
    (area / "m.yaml").write_text(text[:start] + "\n" + text[end:])
    result = run("import", "examples/tracker.xlsx", "--plan", "wsoa-2020", "--mapping", "m.yaml", "--force")
    assert result.exit_code == 0, result.output
    assert loaded(area).plans[0].plan.enablers == example.plans[0].plan.enablers

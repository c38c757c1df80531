"""Export the example plan, import the export, and get the same inputs back."""
import openpyxl
import pandas as pd
import pytest

from generator.spreadsheet.layout import status_column

from trackers import area, example, loaded, run  # noqa: F401 (fixtures)


def test_export_then_import_gives_the_same_plan_and_updates(area, example):
    result = run("export", "--output-dir", "pack")
    assert result.exit_code == 0, result.output
    assert (area / "pack" / "wsoa-2020.xlsx").is_file()
    original = {p.relative_to(area).as_posix(): p.read_text() for p in (area / "plans" / "wsoa-2020").rglob("*.yaml")}
    for path in (area / "plans" / "wsoa-2020").rglob("*.yaml"):
        path.unlink()

    result = run("import", "pack/wsoa-2020.xlsx", "--plan", "wsoa-2020")
    assert result.exit_code == 0, result.output
    assert "Imported 3 priorities, 22 actions, 4 periods into plans/wsoa-2020/." in result.output

    again = loaded(area).plans[0]
    entry = example.plans[0]
    assert again.plan == entry.plan
    assert again.periods == entry.periods
    # Laid out as the hand-written files are, the files are even the same text.
    assert {p.relative_to(area).as_posix(): p.read_text()
            for p in (area / "plans" / "wsoa-2020").rglob("*.yaml")} == original


def test_importing_the_same_pack_again_changes_nothing(area):
    run("export", "--output-dir", "pack")
    result = run("import", "pack/wsoa-2020.xlsx", "--plan", "wsoa-2020")
    assert result.exit_code == 0, result.output
    assert result.output.count("unchanged: plans/wsoa-2020/") == 5


def test_csv_files_open_without_our_tool(area, example):
    """One file per sheet, with clear headers; a committee officer can open them in Excel."""
    run("export", "--output-dir", "pack")
    entry = example.plans[0]
    read = {name: pd.read_csv(area / "pack" / f"wsoa-2020-{name}.csv", dtype=str, keep_default_na=False,
                              encoding="utf-8-sig")
            for name in ("plan", "priorities", "actions", "periods", "measures")}
    actions = read["actions"]
    assert list(actions.columns)[:9] == ["Priority id", "Priority", "Action id", "Action", "Tasks", "Lead",
                                         "Evidence", "Measures", "Due date"]
    assert list(actions["Action id"]) == [a.id for a in entry.plan.actions()]
    first = actions.iloc[0]
    assert first["Due date"] == "March 2021"
    assert first["Tasks"].split("\n")[0] == "• Bring together what we know about needs and gaps in services."
    latest = entry.periods[-1]
    assert list(actions[status_column(latest.id)]) == [
        example.site.status(latest.update.actions[a.id].status).label for a in entry.plan.actions()]
    assert status_column(latest.id) == "Status Jan 2022"

    periods = read["periods"]
    assert list(periods.columns) == ["Period", "Meeting date", "Meeting", "State", "Agreed by", "Agreed on",
                                     "Action id", "Action", "Status", "Note"]
    assert len(periods) == 22 * 4
    row = periods[(periods["Period"] == "2022-01") & (periods["Action id"] == "A3.2")].iloc[0]
    assert (row["Meeting date"], row["Status"], row["State"], row["Agreed on"]) == (
        "18/01/2022", "Delayed", "published", "28/01/2022")
    assert row["Note"] == latest.update.actions["A3.2"].note

    measures = read["measures"]
    assert list(measures.columns) == ["Measure id", "Measure", "What is counted", "Actions"]
    assert measures.set_index("Measure id").loc["tribunal-appeals", "Actions"] == "A1.5\nA1.6"
    assert read["plan"].iloc[0]["Published"] == "07/10/2020"


def test_xlsx_has_one_sheet_each_with_real_dates(area):
    run("export", "--output-dir", "pack")
    sheets = pd.read_excel(area / "pack" / "wsoa-2020.xlsx", sheet_name=None)
    assert list(sheets) == ["Plan", "Priorities", "Actions", "Periods", "Measures", "Timeline", "Workstreams",
                           "Enablers", "Impact", "Easy Read"]
    assert sheets["Periods"]["Meeting date"].iloc[0] == pd.Timestamp("2021-04-20")
    timeline = sheets["Timeline"]
    assert list(timeline.columns) == ["Date", "Until", "Kind", "By", "Note", "Link"]
    # In the plan's order; a day is a real date, a whole month is written as one.
    assert list(timeline["Date"])[:2] == ["July 2020", pd.Timestamp("2020-09-23")]
    assert tuple(timeline.iloc[-1][["Date", "Until", "Kind"]]) == ("November 2021", "May 2022",
                                                                    "reinspection-expected")


def test_the_timeline_s_csv_file_has_uk_dates_and_no_formulas(area):
    plan = area / "plans" / "wsoa-2020" / "plan.yaml"
    plan.write_text(plan.read_text().replace("    by: the SEND Partnership Board\n",
                                             "    by: '=the SEND Partnership Board'\n", 1))
    run("export", "--output-dir", "pack")
    timeline = pd.read_csv(area / "pack" / "wsoa-2020-timeline.csv", dtype=str, keep_default_na=False,
                           encoding="utf-8-sig")
    assert list(timeline["Date"])[:2] == ["July 2020", "23/09/2020"]
    assert timeline.iloc[0]["By"] == "'=the SEND Partnership Board"
    result = run("import", "pack/wsoa-2020.xlsx", "--plan", "wsoa-2020", "--force")
    assert result.exit_code == 0, result.output
    assert loaded(area).plans[0].plan.timeline[0].by == "=the SEND Partnership Board"


def without_timeline(plan_file):
    text = plan_file.read_text()
    start, end = text.index("timeline:\n"), text.index("priorities:\n")
    plan_file.write_text(text[:start] + text[end:])


def test_a_plan_without_a_timeline_has_an_empty_timeline_sheet_and_imports_without_one(area):
    plan = area / "plans" / "wsoa-2020" / "plan.yaml"
    without_timeline(plan)
    written = plan.read_text()
    assert run("export", "--output-dir", "pack").exit_code == 0
    sheets = pd.read_excel(area / "pack" / "wsoa-2020.xlsx", sheet_name=None)
    assert sheets["Timeline"].empty and list(sheets["Timeline"].columns)[0] == "Date"
    plan.unlink()
    result = run("import", "pack/wsoa-2020.xlsx", "--plan", "wsoa-2020")
    assert result.exit_code == 0, result.output
    assert plan.read_text() == written


def test_an_emptied_timeline_sheet_shows_the_timeline_removed_in_the_diff(area):
    run("export", "--output-dir", "pack")
    book = openpyxl.load_workbook(area / "pack" / "wsoa-2020.xlsx")
    book["Timeline"].delete_rows(2, book["Timeline"].max_row)
    book.save(area / "pack" / "wsoa-2020.xlsx")
    result = run("import", "pack/wsoa-2020.xlsx", "--plan", "wsoa-2020")
    assert result.exit_code == 1
    assert "-timeline:\n" in result.output and "Nothing was written" in result.output


def test_a_pack_made_before_the_timeline_sheet_keeps_the_plan_s_timeline(area, example):
    run("export", "--output-dir", "pack")
    book = openpyxl.load_workbook(area / "pack" / "wsoa-2020.xlsx")
    del book["Timeline"]
    book.save(area / "pack" / "wsoa-2020.xlsx")
    result = run("import", "pack/wsoa-2020.xlsx", "--plan", "wsoa-2020")
    assert result.exit_code == 0, result.output
    assert result.output.count("unchanged: plans/wsoa-2020/") == 5
    assert loaded(area).plans[0].plan.timeline == example.plans[0].plan.timeline


@pytest.mark.parametrize("plans", ["missing", "broken"])
def test_export_of_a_broken_project_lists_its_problems(area, plans):
    if plans == "broken":
        (area / "plans" / "wsoa-2020" / "updates" / "2022-01.yaml").write_text("date: 2022-01-32\n")
    result = run("export", "--plans", "plans" if plans == "broken" else "nowhere")
    assert result.exit_code == 1
    assert "error" in result.output
    assert not (area / "export").exists()


def test_a_date_not_set_with_its_note_and_a_lead_not_named_survive_the_round_trip(area):
    plan = area / "plans" / "wsoa-2020" / "plan.yaml"
    text = plan.read_text()
    first_due = next(line for line in text.splitlines() if line.strip().startswith("due:"))
    first_lead = next(line for line in text.splitlines() if line.startswith("        lead:"))
    indent = first_due.split("due:")[0]
    plan.write_text(text.replace(first_due, indent + "due: tbc\n" + indent + "due_note: Set when the new "
                                 "therapy contract is agreed.", 1)
                    .replace(first_lead, "        lead: not yet named", 1))
    before = loaded(area).plans[0]
    assert run("export", "--output-dir", "pack").exit_code == 0
    for path in (area / "plans" / "wsoa-2020").rglob("*.yaml"):
        path.unlink()
    result = run("import", "pack/wsoa-2020.xlsx", "--plan", "wsoa-2020")
    assert result.exit_code == 0, result.output
    again = loaded(area).plans[0]
    assert again.plan == before.plan
    assert sum(not a.due.known for a in again.plan.actions()) == 1
    assert [a.due_note for a in again.plan.actions() if a.due_note] == ["Set when the new therapy contract is agreed."]


def test_a_partial_update_exports_its_carried_statuses_and_its_own_rows(make_project):
    from conftest import PLAN, UPDATE
    from generator.spreadsheet.export import frames
    from generator.validate import load_project

    may = (UPDATE.replace("2021-04-20", "2021-05-25").replace("status: green", "status: blue")
           .replace("  A1.2:\n    status: amber\n    note: Partners are reading it.\n", ""))
    root = make_project({"plans/wsoa/plan.yaml": PLAN.replace("priorities:", "updates_cover: some-actions\n"
                                                              "priorities:", 1),
                         "plans/wsoa/updates/2021-05-25.yaml": may})
    project, report = load_project(root / "plans", root)
    assert report.ok, report.problems
    sheets = frames(project, project.plans[0])
    actions = sheets["Actions"].set_index("Action id")
    assert actions.loc["A1.2", "Status 25 May 2021"] == "In progress"  # carried from April
    periods = sheets["Periods"]
    assert list(periods[periods["Period"] == "2021-05-25"]["Action id"]) == ["A1.1"]


def test_the_pack_holds_the_target_and_what_each_update_said_changed_for_families(area, example):
    entry, site = example.plans[0], example.site
    target = entry.plan.target
    assert target is not None and any(p.update.priorities for p in entry.periods)  # the example has both
    run("export", "--output-dir", "pack")
    sheets = pd.read_excel(area / "pack" / "wsoa-2020.xlsx", sheet_name=None, dtype=str, keep_default_na=False)
    plan = sheets["Plan"].iloc[0]
    assert (plan["Target: change for families"], plan["Target: % of priorities"], plan["Target: why"]) == (
        site.impact(target.impact).label, str(target.share), target.says)
    said = [(p.id, pid, site.impact(u.impact).label if u.impact else "", u.narrative or "")
            for p in entry.periods for pid, u in p.update.priorities.items()]
    impact = sheets["Impact"]
    assert list(impact.columns) == ["Period", "Priority id", "Priority", "Change for families", "What has changed"]
    assert [tuple(r) for r in impact[["Period", "Priority id", "Change for families", "What has changed"]]
            .itertuples(index=False)] == said


def test_a_pack_made_before_the_impact_sheet_and_target_keeps_them(area, example):
    run("export", "--output-dir", "pack")
    book = openpyxl.load_workbook(area / "pack" / "wsoa-2020.xlsx")
    del book["Impact"]
    plan = book["Plan"]
    for cell in reversed(plan[1]):  # the target's columns
        if cell.value.startswith("Target:"):
            plan.delete_cols(cell.column)
    assert not [c.value for c in plan[1] if c.value.startswith("Target")]
    book.save(area / "pack" / "wsoa-2020.xlsx")
    result = run("import", "pack/wsoa-2020.xlsx", "--plan", "wsoa-2020")
    assert result.exit_code == 0, result.output
    assert result.output.count("unchanged: plans/wsoa-2020/") == 5
    again = loaded(area).plans[0]
    assert again.plan.target == example.plans[0].plan.target
    assert [p.update.priorities for p in again.periods] == [p.update.priorities for p in example.plans[0].periods]


def test_an_emptied_impact_sheet_and_target_show_them_removed_in_the_diff(area):
    run("export", "--output-dir", "pack")
    book = openpyxl.load_workbook(area / "pack" / "wsoa-2020.xlsx")
    book["Impact"].delete_rows(2, book["Impact"].max_row)
    for header, cell in zip(book["Plan"][1], book["Plan"][2]):
        if header.value.startswith("Target:"):
            cell.value = None
    book.save(area / "pack" / "wsoa-2020.xlsx")
    result = run("import", "pack/wsoa-2020.xlsx", "--plan", "wsoa-2020")
    assert result.exit_code == 1
    assert "-target:\n" in result.output and "-priorities:\n" in result.output
    assert "Nothing was written" in result.output


def test_impact_words_in_the_pack_are_checked_cell_by_cell(area, example):
    run("export", "--output-dir", "pack")
    book = openpyxl.load_workbook(area / "pack" / "wsoa-2020.xlsx")
    impact = book["Impact"]
    assert impact["D3"].value and impact["B4"].value
    impact["D3"] = "Much better"
    impact["B4"] = "P9"
    target = next(c for c in book["Plan"][1] if c.value == "Target: change for families")
    book["Plan"].cell(2, target.column, "Loads")
    book.save(area / "pack" / "wsoa-2020.xlsx")
    result = run("import", "pack/wsoa-2020.xlsx", "--plan", "wsoa-2020")
    assert result.exit_code == 1
    assert "pack/wsoa-2020.xlsx:3:4: Impact!D3 (Change for families): " in result.output
    assert "'Much better'" in result.output
    assert "pack/wsoa-2020.xlsx:4:2: Impact!B4 (Priority id): 'P9' is not a priority of the plan" in result.output
    assert (f"pack/wsoa-2020.xlsx:2:{target.column}: Plan!{target.column_letter}2 (Target: change for families): "
            in result.output)

"""Update files named after their day, and plans whose meetings report on some actions:
a committee pack goes back onto the same files, and a tracker's meetings into the
files they belong to."""
import pandas as pd
import yaml

from test_import import MAPPING, fresh, inline_priorities_mapping, tracker_rows
from trackers import area, example, loaded, run  # noqa: F401 (fixtures)


def updates(area):
    return area / "plans" / "wsoa-2020" / "updates"


def plan_files(area):
    return {p.relative_to(area).as_posix(): p.read_text() for p in sorted((area / "plans" / "wsoa-2020").rglob("*.yaml"))}


def import_pack_twice(area):
    """Import the pack onto the files it came from, then into an empty plan folder:
    both times the files must come back as they were."""
    before = plan_files(area)
    assert run("export", "--output-dir", "pack").exit_code == 0
    result = run("import", "pack/wsoa-2020.xlsx", "--plan", "wsoa-2020")
    assert result.exit_code == 0, result.output
    assert result.output.count("unchanged: plans/wsoa-2020/") == len(before), result.output
    for path in (area / "plans" / "wsoa-2020").rglob("*.yaml"):
        path.unlink()
    result = run("import", "pack/wsoa-2020.xlsx", "--plan", "wsoa-2020")
    assert result.exit_code == 0, result.output
    assert plan_files(area) == before


def test_a_day_named_update_goes_back_to_its_own_file(area):
    (updates(area) / "2022-01.yaml").rename(updates(area) / "2022-01-18.yaml")
    import_pack_twice(area)
    assert [p.id for p in loaded(area).plans[0].periods][-1] == "2022-01-18"


def test_two_meetings_in_one_month_go_back_to_their_two_files(area):
    october = (updates(area) / "2021-10.yaml").read_text()
    (updates(area) / "2021-10-28.yaml").write_text(
        october.replace("date: 2021-10-19", "date: 2021-10-28").replace("agreed_on: 2021-10-28", "agreed_on: 2021-11-02")
        .replace("October 2021 monitoring meeting", "Extra October 2021 meeting"))
    import_pack_twice(area)
    sheets = pd.read_excel(area / "pack" / "wsoa-2020.xlsx", sheet_name=None)
    assert {"Status Oct 2021", "Status 28 Oct 2021"} <= set(sheets["Actions"].columns)
    assert [p.id for p in loaded(area).plans[0].periods] == ["2021-04", "2021-07", "2021-10", "2021-10-28", "2022-01"]


def test_a_plan_whose_meetings_report_on_some_actions_keeps_its_carried_statuses(area, example):
    plan = area / "plans" / "wsoa-2020" / "plan.yaml"
    # where the import writes it: before the priorities
    plan.write_text(plan.read_text().replace("\npriorities:\n", "\nupdates_cover: some-actions\npriorities:\n", 1))
    october = updates(area) / "2021-10.yaml"
    text = october.read_text()
    start = text.index("  A1.1:\n")
    october.write_text(text[:start] + text[text.index("  A1.2:\n"):])  # October said nothing of A1.1
    import_pack_twice(area)

    sheets = pd.read_excel(area / "pack" / "wsoa-2020.xlsx", sheet_name=None)
    assert sheets["Plan"].iloc[0]["Updates cover"] == "some-actions"
    entry = loaded(area).plans[0]
    october = next(p for p in entry.periods if p.id == "2021-10")
    assert "A1.1" not in october.update.actions  # still carried, not made a report of October's
    carried = entry.reported(october)["A1.1"]
    assert carried.carried_from.id == "2021-07"
    a11 = sheets["Actions"].set_index("Action id").loc["A1.1"]
    assert a11["Status Oct 2021"] == example.site.status(carried.update.status).label


def two_october_meetings(rows):
    """The tracker's October and January columns become two October meetings."""
    assert rows[2][12:16] == ["RAG Oct 21", "Update Oct 21", "RAG Jan 22", "Update Jan 22"]
    rows[2][12:16] = ["RAG 14/10/2021", "Update 14/10/2021", "RAG 28/10/2021", "Update 28/10/2021"]


def test_a_tracker_with_two_meetings_in_one_month_imports_into_two_day_named_files(area, example):
    mapping = inline_priorities_mapping(area, example)
    data = yaml.safe_load((area / mapping).read_text())
    del data["periods"]["2021-10"], data["periods"]["2022-01"]
    data["periods"]["2021-10-14"] = {"label": "October 2021 monitoring meeting"}  # 28 October: the defaults
    (area / mapping).write_text(yaml.safe_dump(data, sort_keys=False))
    tracker = tracker_rows(area, example, two_october_meetings)
    fresh(area)
    result = run("import", tracker, "--plan", "wsoa-2020", "--mapping", mapping)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in updates(area).iterdir()) == [
        "2021-04.yaml", "2021-07.yaml", "2021-10-14.yaml", "2021-10-28.yaml"]
    periods = loaded(area).plans[0].periods
    assert [(p.update.date.iso, p.update.label) for p in periods[2:]] == [
        ("2021-10-14", "October 2021 monitoring meeting"), ("2021-10-28", "28 October 2021 progress update")]
    original = example.plans[0].periods
    assert periods[3].update.actions == original[3].update.actions  # the January column's statuses


def test_the_mapping_s_october_needs_its_two_days_named(area, example):
    mapping = inline_priorities_mapping(area, example)
    result = run("import", tracker_rows(area, example, two_october_meetings), "--plan", "wsoa-2020",
                 "--mapping", mapping, "--dry-run")
    assert result.exit_code == 1
    assert "periods.2021-10: the tracker has no statuses for period 2021-10" in result.output


def test_a_tracker_s_meeting_goes_back_to_the_update_file_with_its_date(area):
    """The mapping says January's meeting was on the 18th: plans/.../2022-01-18.yaml is its file."""
    (updates(area) / "2022-01.yaml").rename(updates(area) / "2022-01-18.yaml")
    result = run("import", "examples/tracker.xlsx", "--plan", "wsoa-2020", "--mapping", MAPPING, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "unchanged: plans/wsoa-2020/updates/2022-01-18.yaml" in result.output
    assert "2022-01.yaml" not in result.output


def test_a_blank_status_is_no_report_when_meetings_report_on_some_actions(area, example):
    def blank_a11_in_october(rows):
        for row in rows[3:]:
            if row[1]:  # an action's row: 'Not started' where the tracker left the RAG cell blank
                row[8:16:2] = [cell or "Not started" for cell in row[8:16:2]]
        assert rows[3][1] == "A1.1" and rows[2][12] == "RAG Oct 21"
        rows[3][12] = ""
    mapping = inline_priorities_mapping(area, example)
    data = yaml.safe_load((area / mapping).read_text())
    del data["blank_status"]
    data["plan"]["updates_cover"] = "some-actions"
    (area / mapping).write_text(yaml.safe_dump(data, sort_keys=False))
    tracker = tracker_rows(area, example, blank_a11_in_october)
    fresh(area)
    result = run("import", tracker, "--plan", "wsoa-2020", "--mapping", mapping)
    assert result.exit_code == 0, result.output
    entry = loaded(area).plans[0]
    october = entry.periods[2]
    assert "A1.1" not in october.update.actions and len(october.update.actions) == 21
    assert entry.reported(october)["A1.1"].carried_from.id == "2021-07"


def test_a_pack_made_before_the_updates_cover_column_still_imports(area):
    import openpyxl
    run("export", "--output-dir", "pack")
    book = openpyxl.load_workbook(area / "pack" / "wsoa-2020.xlsx")
    plan = book["Plan"]
    plan.delete_cols(next(c.column for c in plan[1] if c.value == "Updates cover"))
    book.save(area / "pack" / "wsoa-2020.xlsx")
    result = run("import", "pack/wsoa-2020.xlsx", "--plan", "wsoa-2020")
    assert result.exit_code == 0, result.output
    assert result.output.count("unchanged: plans/wsoa-2020/") == 5


def test_a_meeting_known_only_by_its_month_goes_back_as_a_month(area):
    july = updates(area) / "2021-07.yaml"
    july.write_text(july.read_text().replace("date: 2021-07-20", "date: 2021-07", 1))
    import_pack_twice(area)
    assert "date: 2021-07\n" in july.read_text()
    assert str(loaded(area).plans[0].periods[1].update.date) == "July 2021"


def test_an_action_no_meeting_has_reported_on_yet_stays_without_a_status(area):
    plan = area / "plans" / "wsoa-2020" / "plan.yaml"
    plan.write_text(plan.read_text().replace("\npriorities:\n", "\nupdates_cover: some-actions\npriorities:\n", 1))
    for path in sorted(updates(area).glob("*.yaml")):  # no meeting says anything of A1.1
        text = path.read_text()
        start = text.index("  A1.1:\n")
        path.write_text(text[:start] + text[text.index("  A1.2:\n"):])
    import_pack_twice(area)
    sheets = pd.read_excel(area / "pack" / "wsoa-2020.xlsx", sheet_name=None)
    a11 = sheets["Actions"].set_index("Action id").loc["A1.1"]
    assert a11.filter(like="Status ").isna().all()  # blank: not reported, nothing made up

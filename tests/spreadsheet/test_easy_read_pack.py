"""The plan's Easy Read summary in the committee pack: one row per point on the Easy
Read sheet, read back by `progress-pages import`, each cell checked as plan.yaml's are."""
import csv

import openpyxl
import pandas as pd

from trackers import area, example, loaded, run  # noqa: F401 (fixtures)

PACK = "pack/wsoa-2020.xlsx"


def exported(area):
    assert run("export", "--output-dir", "pack").exit_code == 0
    return openpyxl.load_workbook(area / PACK)


def test_the_easy_read_sheet_has_each_point_s_sentence_and_picture(area, example):
    points = example.plans[0].plan.easy_read
    assert points  # the example has an Easy Read summary
    exported(area)
    sheet = pd.read_excel(area / PACK, sheet_name="Easy Read", dtype=str)
    assert list(sheet.columns) == ["Sentence", "Picture"]
    assert [tuple(r) for r in sheet.itertuples(index=False)] == [(p.text, p.picture) for p in points]


def test_an_edited_sentence_and_picture_come_back_into_plan_yaml(area, example):
    book = exported(area)
    sheet = book["Easy Read"]
    sheet["A3"] = "=Some things were not good enough."
    sheet["A3"].data_type = "s"  # a text that looks like a formula, as the export writes it
    sheet["B3"] = "Help"  # a picture's name whatever its capitals
    book.save(area / PACK)
    result = run("import", PACK, "--plan", "wsoa-2020", "--force")
    assert result.exit_code == 0, result.output
    points = loaded(area).plans[0].plan.easy_read
    assert (points[1].text, points[1].picture) == ("=Some things were not good enough.", "help")
    assert points[2:] == example.plans[0].plan.easy_read[2:]
    assert "picture: help\n" in (area / "plans" / "wsoa-2020" / "plan.yaml").read_text()

    run("export", "--output-dir", "pack")
    with (area / "pack" / "wsoa-2020-easy-read.csv").open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f))[2] == ["'=Some things were not good enough.", "help"]


def test_a_bad_picture_and_a_long_sentence_are_reported_with_their_cells(area):
    book = exported(area)
    sheet = book["Easy Read"]
    sheet["B2"] = "schol"
    sheet["A4"] = "Some children waited far too long to find out whether or not they are autistic at all."
    book.save(area / PACK)
    before = (area / "plans" / "wsoa-2020" / "plan.yaml").read_text()
    result = run("import", PACK, "--plan", "wsoa-2020", "--force")
    assert result.exit_code == 1
    assert "pack/wsoa-2020.xlsx:2:2: 'Easy Read'!B2 (Picture): " in result.output
    assert "'schol'" in result.output and "school" in result.output.split("B2 (Picture): ")[1].split("\n")[0]
    assert "pack/wsoa-2020.xlsx:4:1: 'Easy Read'!A4 (Sentence): this sentence has 17 words" in result.output
    assert (area / "plans" / "wsoa-2020" / "plan.yaml").read_text() == before

    sheet["B5"] = None
    book.save(area / PACK)
    result = run("import", PACK, "--plan", "wsoa-2020", "--force")
    assert result.exit_code == 1
    assert ("pack/wsoa-2020.xlsx:5:2: 'Easy Read'!B5 (Picture): this cell is blank: every Easy Read point "
            "needs a picture") in result.output


def test_too_many_points_are_reported_at_the_last_row(area):
    book = exported(area)
    sheet = book["Easy Read"]
    for row in range(sheet.max_row + 1, 23):
        sheet.cell(row, 1, "We made a plan.")
        sheet.cell(row, 2, "plan")
    book.save(area / PACK)
    result = run("import", PACK, "--plan", "wsoa-2020", "--force")
    assert result.exit_code == 1
    assert "pack/wsoa-2020.xlsx:22:1: 'Easy Read'!A22 (Sentence): 'easy_read' has 21 items; the limit is 20" in result.output


def test_a_pack_made_before_the_easy_read_sheet_keeps_the_plan_s_summary(area, example):
    book = exported(area)
    del book["Easy Read"]
    book.save(area / PACK)
    result = run("import", PACK, "--plan", "wsoa-2020")
    assert result.exit_code == 0, result.output
    assert result.output.count("unchanged: plans/wsoa-2020/") == 5
    assert loaded(area).plans[0].plan.easy_read == example.plans[0].plan.easy_read


def test_an_emptied_easy_read_sheet_shows_the_summary_removed_in_the_diff(area):
    book = exported(area)
    book["Easy Read"].delete_rows(2, book["Easy Read"].max_row)
    book.save(area / PACK)
    result = run("import", PACK, "--plan", "wsoa-2020")
    assert result.exit_code == 1
    assert "-easy_read:\n" in result.output and "Nothing was written" in result.output


def test_a_plan_without_easy_read_has_an_empty_sheet_and_imports_without_one(area):
    plan = area / "plans" / "wsoa-2020" / "plan.yaml"
    text = plan.read_text()
    start, end = text.index("easy_read:\n"), text.index("timeline:\n")
    plan.write_text(text[:start] + text[end:])
    written = plan.read_text()
    exported(area)
    sheet = pd.read_excel(area / PACK, sheet_name="Easy Read")
    assert sheet.empty and list(sheet.columns) == ["Sentence", "Picture"]
    plan.unlink()
    result = run("import", PACK, "--plan", "wsoa-2020")
    assert result.exit_code == 0, result.output
    assert plan.read_text() == written


def test_a_tracker_s_own_easy_read_sheet_named_in_its_mapping(area):
    book = openpyxl.load_workbook(area / "examples" / "tracker.xlsx")
    sheet = book.create_sheet("Easy read")
    sheet.append(["Point", "Picture"])
    sheet.append(["We made a plan to make things better.", "Plan"])
    sheet.append(["Ask the SENDIASS for help.", "help"])
    book.save(area / "tracker.xlsx")
    mapping = area / "m.yaml"
    mapping.write_text((area / "examples" / "tracker-mapping.yaml").read_text()
                       + "easy_read_sheet:\n  sheet: Easy read\n  columns:\n    text: Point\n    picture: Picture\n")
    result = run("import", "tracker.xlsx", "--plan", "wsoa-2020", "--mapping", mapping, "--force")
    assert result.exit_code == 1
    assert ("tracker.xlsx:3:1: 'Easy read'!A3 (Point): Easy Read has no abbreviations: write 'SENDIASS' "
            "out in full") in result.output
    sheet["A3"] = "Ask us for help."
    book.save(area / "tracker.xlsx")
    result = run("import", "tracker.xlsx", "--plan", "wsoa-2020", "--mapping", mapping, "--force")
    assert result.exit_code == 0, result.output
    assert [(p.text, p.picture) for p in loaded(area).plans[0].plan.easy_read] == [
        ("We made a plan to make things better.", "plan"), ("Ask us for help.", "help")]

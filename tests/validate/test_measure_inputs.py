"""Measures and their figures: every mistake in measures.yaml and in the CSV files,
reported at once as file:row, with the column and the value (row 1 is the header)."""
from conftest import MEASURES, messages
from generator.validate import load_project

M = "plans/measures.yaml"
CSV = "plans/measures/ehcp-20-weeks.csv"
GOOD = """\
date,value,England
2020-03,38,
2020-06,41,50

2020-09,,52
2020-12-31,"1,200",
"""


def figures(make_project, text: str):
    root = make_project({CSV: text, M: MEASURES.replace("unit: percent", "unit: number")})
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    return project.rows(project.measures[0])


def shown(make_project, files) -> list[str]:
    """The problems as `progress-pages check` prints them."""
    root = make_project(files)
    return load_project(root / "plans", root)[1].summary().splitlines()[:-1]


def test_figures_are_read_with_gaps_and_blank_lines(make_project):
    rows = figures(make_project, GOOD)
    assert [(r.date.iso, r.value, r.comparators["England"]) for r in rows] == [
        ("2020-03", 38.0, None), ("2020-06", 41.0, 50.0), ("2020-09", None, 52.0), ("2020-12-31", 1200.0, None)]


def test_a_measure_without_a_file_has_no_figures(make_project):
    root = make_project()
    project, report = load_project(root / "plans", root)
    assert report.ok and report.problems == []
    assert project.rows(project.measures[0]) == ()


def test_every_mistake_in_a_csv_file_at_once(problems, make_project):
    files = {CSV: """\
date,value,England
2020-03,38%,
2020-06,43,50
2020-05,-4,
,40,
2020-13,4o,101
2021-03,50,1,2
"""}
    assert problems(files) == [
        ("wrong-value", CSV, 2, "value"),
        ("baseline-mismatch", CSV, 3, "value"),
        ("date-order", CSV, 4, "date"),
        ("wrong-value", CSV, 4, "value"),
        ("empty-value", CSV, 5, "date"),
        ("wrong-value", CSV, 6, "England"),
        ("wrong-value", CSV, 6, "date"),
        ("wrong-value", CSV, 6, "value"),
        ("csv-cells", CSV, 7, ""),
    ]
    assert shown(make_project, files) == [
        f"{CSV}:2: value: '38%' is not a number: write it without the % sign, as 38",
        f"{CSV}:3: value: '43' is not the starting figure for June 2020 in plans/measures.yaml "
        "(baseline: 41): make them the same.",
        f"{CSV}:4: date: '2020-05' is before row 3 ('2020-06'): one row per date, oldest first.",
        f"{CSV}:4: value: '-4' is below zero: figures are counts, shares or times, never negative",
        f"{CSV}:5: date: this row has figures but no date: write the date in the 'date' column "
        "(YYYY-MM-DD or YYYY-MM).",
        f"{CSV}:6: England: '101' is more than 100, but this measure is a percentage",
        f"{CSV}:6: date: '2020-13' is not a real date: write YYYY-MM-DD (e.g. 2021-03-31) or, for a "
        "whole month, YYYY-MM (e.g. 2021-03)",
        f"{CSV}:6: value: '4o' is not a number: write digits only, such as 62 or 62.5",
        f"{CSV}:7: this row has 4 cells but row 1 has 3 column names. Remove the extra cells, or put "
        "a number written with a comma (1,234) in quotes.",
    ]


def test_the_same_date_twice(problems, make_project):
    files = {CSV: "date,value,England\n2020-06,41,\n2020-06-30,41,\n"}
    assert problems(files) == [("date-order", CSV, 3, "date")]
    assert "'2020-06-30' is the same date as row 2 ('2020-06')" in messages(make_project, files)[0]


def test_a_misspelt_column_is_named_once_with_a_suggestion(problems, make_project):
    files = {CSV: "date,value,Englnd\n2020-06,41,50\n"}
    assert problems(files) == [("unknown-column", CSV, 1, "Englnd")]
    assert messages(make_project, files) == [
        f"{CSV}:1: Englnd: unknown column 'Englnd'; did you mean 'England'? (the columns are date, "
        "value, England; comparators are listed in plans/measures.yaml)."]


def test_a_missing_comparator_column_and_a_column_named_twice(problems, make_project):
    files = {CSV: "date,value,value\n2020-06,41,41\n"}
    assert problems(files) == [("missing-column", CSV, 1, "England"), ("duplicate-column", CSV, 1, "value")]
    assert "row 1 has no column 'England', a comparator listed in plans/measures.yaml" in "".join(
        messages(make_project, files))


def test_without_a_date_or_value_column_the_rows_are_not_checked(problems):
    files = {CSV: "when,value,England\nsoon,x,y\n"}
    assert problems(files) == [("missing-column", CSV, 1, "date"), ("unknown-column", CSV, 1, "when")]


def test_unclosed_quotation_mark(problems):
    assert problems({CSV: 'date,value,England\n2020-06,41,\n2020-09,"42,\n2020-12,43,\n'}) == [
        ("csv-syntax", CSV, 3, "")]


def test_a_file_that_is_not_utf8(make_project):
    root = make_project()
    (root / CSV).parent.mkdir(parents=True, exist_ok=True)
    (root / CSV).write_bytes("date,value,England\n2020-06,41,\n2020-09,42,\xa3\n".encode("latin-1"))
    project, report = load_project(root / "plans", root)
    assert report.flatten("code", "file", "line") == [("not-utf8", CSV, 3)]


def test_a_file_for_a_measure_that_does_not_exist(problems, make_project):
    files = {"plans/measures/ehcp-20-week.csv": "date,value\n"}
    assert problems(files) == [("unknown-reference", "plans/measures/ehcp-20-week.csv", None, "")]
    assert "did you mean 'ehcp-20-weeks'?" in messages(make_project, files)[0]


def test_only_csv_files_in_the_measures_folder(problems):
    assert problems({"plans/measures/ehcp-20-weeks.xlsx": "x"}) == [
        ("unexpected-file", "plans/measures/ehcp-20-weeks.xlsx", None, "")]


def test_figures_are_not_checked_while_measures_yaml_is_broken(problems):
    files = {M: MEASURES.replace("unit: percent", "unit: percentage"), CSV: "date,value\n2020-06,x\n"}
    assert problems(files) == [("wrong-value", M, 5, "measures[0].unit")]


def test_measure_definition_mistakes(problems, make_project):
    files = {M: MEASURES.replace("better: higher", "better: up")
             .replace("value: 41", "value: 141")
             .replace("date: 2022-12", "date: 2019-12")
             .replace("[England]", "[England, england]")}
    assert problems(files) == [
        ("wrong-value", M, 6, "measures[0].better"),
    ]
    assert "'up' is not one of higher, lower" in messages(make_project, files)[0]
    files[M] = files[M].replace("better: up", "better: higher")
    assert problems(files) == [
        ("wrong-value", M, 7, "measures[0].baseline.value"),
        ("date-order", M, 8, "measures[0].target.date"),
        ("duplicate-id", M, 10, "measures[0].comparators[1]"),
    ]


def test_measure_ids_must_differ_as_web_addresses(problems):
    second = MEASURES.split("measures:\n")[1].replace("id: ehcp-20-weeks", "id: EHCP.20.weeks")
    assert ("duplicate-id", M, 11, "measures[1].id") in problems({M: MEASURES + second})

"""Open data: every download loads back with pandas to the values in the plans,
in every format, and every column is documented."""
import io
import json

import pandas as pd
import pytest

from conftest import ROOT
from generator.compute import history
from generator.compute.view import shown
from generator.render import datasets, open_data, render_pages
from generator.validate import load_project


@pytest.fixture(scope="module")
def example():
    project, report = load_project(ROOT / "plans")
    assert report.ok
    project = shown(project, preview=False)  # as published: drafts left out
    return project, render_pages(project)


def csv(content: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(content), dtype=str, keep_default_na=False)


def records(content: bytes) -> list[dict]:
    frame = pd.read_json(io.BytesIO(content), orient="records", dtype=False)
    return frame.astype(object).where(frame.notna(), None).to_dict(orient="records")


def text(value) -> str:
    """A JSON value as the CSV writes it."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def test_the_plan_loads_back_with_every_action_at_every_update(example):
    project, files = example
    entry = project.plans[0]
    table = csv(files["data/wsoa-2020-actions.csv"])
    expected = [(action.id, row.period.update.date.iso, row.status.id, row.status.label,
                 str(row.overdue), row.update.note, action.due.iso, "; ".join(action.measures))
                for action in entry.plan.actions() for row in history(entry, action, project.site)]
    got = list(table[["action_id", "update_date", "status", "status_label", "past_due_date", "note",
                      "due", "measures"]].itertuples(index=False, name=None))
    assert got == expected
    assert len(got) == 22 * 4
    assert list(table.columns) == [c.name for c in datasets.PLAN.columns]


@pytest.mark.parametrize("ending", ["json", "xlsx"])
def test_json_and_excel_hold_the_same_rows_as_the_csv(example, ending):
    _, files = example
    table = csv(files["data/wsoa-2020-actions.csv"])
    if ending == "json":
        other = pd.DataFrame(records(files["data/wsoa-2020-actions.json"]), dtype=object)  # None stays None
    else:
        sheets = pd.read_excel(io.BytesIO(files["data/wsoa-2020-actions.xlsx"]), sheet_name=None, dtype=object)
        other = sheets["Data"].astype(object).where(sheets["Data"].notna(), None)
        assert list(sheets["Columns"]["column"]) == list(table.columns)
    assert list(other.columns) == list(table.columns)
    assert [[text(v) for v in row] for row in other.itertuples(index=False)] == table.values.tolist()


def test_each_measure_loads_back_to_its_figures(example):
    project, files = example
    for measure in project.measures:
        base = f"data/measures/{measure.id}"
        table = pd.read_csv(io.BytesIO(files[f"{base}.csv"]), keep_default_na=True)
        as_json = pd.read_json(io.BytesIO(files[f"{base}.json"]), orient="records", dtype=False)
        rows = project.rows(measure)
        assert list(table.columns) == ["date", "value", *measure.comparators]
        for frame in (table, as_json):
            assert list(frame["date"].astype(str)) == [r.date.iso for r in rows]
            for column, values in [("value", [r.value for r in rows])] + [
                    (c, [r.comparators[c] for r in rows]) for c in measure.comparators]:
                got = [None if pd.isna(v) else float(v) for v in frame[column]]
                assert got == values, (measure.id, column)


def test_the_list_of_measures_loads_back(example):
    project, files = example
    table = csv(files["data/measures.csv"])
    assert list(table.columns) == [c.name for c in datasets.MEASURES.columns]
    assert list(table["measure_id"]) == [m.id for m in project.measures]
    assert list(table["target_value"]) == [text(m.target and m.target.value) for m in project.measures]
    assert list(table["comparators"]) == ["; ".join(m.comparators) for m in project.measures]
    assert [[text(v) for v in r.values()] for r in records(files["data/measures.json"])] == table.values.tolist()


def test_every_you_said_we_did_item_loads_back(example):
    project, files = example
    table = csv(files["data/you-said-we-did.csv"])
    refs = project.published_feedback()
    assert list(table.columns) == [c.name for c in datasets.FEEDBACK.columns]
    assert list(zip(table["engagement_id"], table["item_id"], table["status"])) == [
        (r.entry.id, r.item.id, r.item.status) for r in refs]
    assert list(table["you_said"]) == [" ".join(r.item.you_said.split()) for r in refs]
    assert [[text(v) for v in r.values()] for r in records(files["data/you-said-we-did.json"])] == \
        table.values.tolist()


def test_every_published_column_is_documented_on_the_open_data_page(example):
    _, files = example
    page = files["data/index.md"]
    for dataset in (datasets.PLAN, datasets.MEASURES, datasets.MEASURE_VALUES, datasets.FEEDBACK):
        for column in dataset.columns:
            assert f"| `{column.name}` |" in page
    assert datasets.MEASURE_VALUES.more_columns.split(" (")[0] in page


def test_a_plan_without_published_updates_still_lists_its_actions(make_project):
    root = make_project({"plans/wsoa/updates/2021-04.yaml": None})
    project, report = load_project(root / "plans", root)
    files = render_pages(project)
    table = csv(files["data/wsoa-actions.csv"])
    assert list(table["action_id"]) == ["A1.1", "A1.2"] and set(table["status"]) == {""}
    assert json.loads(files["data/wsoa-actions.json"])[0]["status"] is None


def test_text_that_looks_like_a_formula_stays_text_in_excel(make_project):
    from conftest import UPDATE
    root = make_project({"plans/wsoa/updates/2021-04.yaml": UPDATE.replace(
        "note: The draft is written.", "note: '=HYPERLINK(\"https://example.com\", \"x\")'")})
    project, _ = load_project(root / "plans", root)
    workbook = render_pages(project)["data/wsoa-actions.xlsx"]
    import openpyxl
    sheet = openpyxl.load_workbook(io.BytesIO(workbook))["Data"]
    notes = [row[-1].value for row in sheet.iter_rows(min_row=2)]
    assert notes[0] == '=HYPERLINK("https://example.com", "x")'
    assert sheet.cell(row=2, column=len(datasets.PLAN.columns)).data_type == "s"  # text, not a formula


def test_each_feedback_row_says_whose_voice_it_is(example):
    project, files = example
    table = csv(files["data/you-said-we-did.csv"])
    voices = dict(zip(table["engagement_id"], table["voice"]))
    assert voices["2021-11-peer-challenge"] == "peer-review"
    assert voices["2020-09-inspectors-letter"] == "inspectors"
    assert voices["2021-05-youth-council-session"] == "children-and-young-people"
    assert {r["voice"] for r in records(files["data/you-said-we-did.json"])} == set(table["voice"])
    assert "| `voice` |" in files["data/index.md"]

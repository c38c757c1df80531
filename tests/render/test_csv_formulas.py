"""CSV downloads that act when opened: a text that starts with = + - @ (or a tab or a
carriage return) is written with a ' in front, so that no spreadsheet runs it; real
numbers stay numbers; and the Excel downloads hold such texts as texts."""
import csv as csv_module
import html
import io

import openpyxl
import pytest

from conftest import ENGAGEMENT, MEASURES, PLAN, UPDATE
from generator.render import open_data, render_pages
from generator.validate import load_project
from generator.write.spreadsheet_safe import escaped, unescaped

TITLE = '=HYPERLINK("http://x","click")'
NOTE = "@SUM(A1)"
SUM = "-2+3"
YOU_SAID = "+cmd|' /C calc'!A0"
LEAD = "'quoted' lead"
COMPARATOR = "=1+1"


@pytest.fixture
def files(make_project):
    root = make_project({
        "plans/wsoa/plan.yaml": PLAN.replace("title: Written Statement of Action", f"title: '{TITLE}'")
                                    .replace("lead: Head of Commissioning", f"lead: \"{LEAD}\""),
        "plans/wsoa/updates/2021-04.yaml": UPDATE.replace("note: The draft is written.", f"note: '{NOTE}'")
                                                 .replace("note: Partners are reading it.", f"note: '{SUM}'"),
        "plans/feedback/2021-03-survey.yaml": ENGAGEMENT.replace(
            "you_said: Letters were hard to follow.", f"you_said: \"{YOU_SAID}\""),
        "plans/measures.yaml": MEASURES.replace("comparators: [England]", f"comparators: ['{COMPARATOR}']"),
        "plans/measures/ehcp-20-weeks.csv": f"date,value,{COMPARATOR}\n2021-01,0.5,60\n",
    })
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    return render_pages(project)


def cells(content: bytes) -> list[list[str]]:
    """The cells exactly as a spreadsheet gets them from the file."""
    return list(csv_module.reader(io.StringIO(content.decode("utf-8"))))


def column(content: bytes, name: str) -> list[str]:
    rows = cells(content)
    return [row[rows[0].index(name)] for row in rows[1:]]


def test_texts_that_look_like_formulas_have_a_quote_in_front(files):
    actions = files["data/wsoa-actions.csv"]
    assert set(column(actions, "plan_title")) == {"'" + TITLE}
    assert column(actions, "note") == ["'" + NOTE, "'" + SUM]
    assert column(actions, "lead") == ["''quoted' lead", "Integrated Care Board"]
    assert column(files["data/you-said-we-did.csv"], "you_said")[0] == "'" + YOU_SAID
    assert column(files["data/measures.csv"], "comparators") == ["'" + COMPARATOR]


def test_a_comparator_s_name_is_a_header_and_is_quoted_too(files):
    rows = cells(files["data/measures/ehcp-20-weeks.csv"])
    assert rows == [["date", "value", "'" + COMPARATOR], ["2021-01", "0.5", "60"]]


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@A1", "\tx", "\r=1", "'=1", "'"])
def test_every_trigger_is_quoted_and_comes_back(text):
    """The model refuses negative figures, so a table made here shows that they stay numbers."""
    table = open_data.Table(("a", "b", "c"), [(text, -5, -0.5)])
    assert open_data.csv_bytes(table).decode().split("\n")[1] == f"'{text},-5,-0.5"
    assert unescaped(escaped(text)) == text


@pytest.mark.parametrize("value", ["plain", "it's", "1-2", " =1", "", -5, -0.5, None, True])
def test_other_values_are_left_alone(value):
    assert escaped(value) == value and unescaped(value) == value


def test_the_json_keeps_the_texts_as_they_are(files):
    assert f'"note": "{NOTE}"' in files["data/wsoa-actions.json"].decode()


def test_the_excel_download_holds_them_as_texts_not_formulas(files):
    sheet = openpyxl.load_workbook(io.BytesIO(files["data/wsoa-actions.xlsx"]))["Data"]
    found = {c.value: c.data_type for row in sheet.iter_rows(min_row=2) for c in row}
    assert {found[t] for t in (TITLE, NOTE, SUM, LEAD)} == {"s"}


def test_the_open_data_page_says_so(files):
    page = html.unescape(files["data/index.md"])  # texts are written as character references
    assert "a text that starts with = + - or @ has a ' in front of it" in page


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from generator.write.spreadsheet_safe import FORMULA_STARTS, escaped, unescaped  # noqa: E402


@given(st.text(alphabet=st.sampled_from(["=", "+", "-", "@", "'", "\t", "\r", "a", "1", " ", "("]), max_size=8)
       | st.text(max_size=20))
def test_no_text_is_written_as_a_formula_and_every_text_reads_back(text):
    cell = escaped(text)
    assert not cell.startswith(FORMULA_STARTS)
    assert unescaped(cell) == text

"""Input text in the committee report is text, as typed, in the Markdown pasted into a
paper and in the PDF made from it: never markup, never character references."""
import re
from collections import Counter

import pytest

from generator.compute.committee import committee, find_period
from generator.render.committee import committee_html, committee_markdown, committee_pdf
from generator.validate import load_project
from hostile import HOSTILE

# Beyond the site's list: references that Markdown would decode, a rule, strikethrough.
TEXTS = HOSTILE + ["&lt;b&gt; &amp; co &#60;", "---", "~~gone~~", "2) second", "back\\slash *"]


def plan_and_update(texts: list[str]) -> dict[str, str]:
    """A plan with a delayed action for each text, its title and its note."""
    quoted = [t.replace("'", "''") for t in texts]
    actions = "".join(f"      - {{id: A1.{i + 1}, title: 'Action {i + 1} {t}', lead: Head of Service, "
                      f"due: 2022-03}}\n" for i, t in enumerate(quoted))
    notes = "".join(f"  A1.{i + 1}: {{status: red, note: 'Note {i + 1} {t}'}}\n" for i, t in enumerate(quoted))
    return {
        "plans/wsoa/plan.yaml": "title: Written Statement of Action\nsummary: What we will do.\npriorities:\n"
                                "  - id: P1\n    title: Joint commissioning\n    actions:\n" + actions,
        "plans/wsoa/updates/2021-04.yaml": "date: 2021-04-20\nlabel: April 2021 monitoring meeting\n"
                                           "state: published\nactions:\n" + notes,
    }


def report(make_project, texts: list[str]) -> str:
    project, problems = load_project(make_project(plan_and_update(texts)) / "plans")
    assert problems.ok, problems.summary()
    entry = project.plans[0]
    return committee_markdown(project.site, committee(project, entry, find_period(entry, None)))


def unescaped(markdown_text: str) -> str:
    """The Markdown as CommonMark reads it: each backslash-escaped character as itself."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown_text)


def words(html: str) -> str:
    import html as h
    return " ".join(h.unescape(re.sub(r"<[^>]+>", " ", html.split("<body>")[1])).split())


@pytest.fixture
def hostile(make_project):
    return report(make_project, TEXTS)


def test_hostile_text_is_text_in_the_markdown(hostile):
    assert not re.search(r"(?<!\\)&#", hostile)  # only the ones typed, escaped
    for i, text in enumerate(TEXTS, 1):
        assert f"- **A1.{i}: Action {i} {text}** (lead:" in unescaped(hostile)
        assert f"  Note {i} {text}\n" in unescaped(hostile)


def test_hostile_text_is_text_in_the_pdf_s_html(hostile, make_project):
    """Every hostile text shows as typed, and the report has the same elements as one
    with harmless words in their place: none of them made markup."""
    html = committee_html(hostile, "Report")
    for i, text in enumerate(TEXTS, 1):
        assert f"Action {i} {text} (lead:" in words(html)
        assert f"Note {i} {text}" in words(html)
    # Raw HTML is not read even unescaped: the report never has any of its own.
    assert "<script" not in committee_html("<script>alert(1)</script>", "Report").split("<body>")[1]
    harmless = committee_html(report(make_project, ["words"] * len(TEXTS)), "Report")
    assert Counter(re.findall(r"<\w+", html)) == Counter(re.findall(r"<\w+", harmless))


def test_hostile_text_is_text_in_the_pdf(hostile, tmp_path):
    import pypdf
    pdf = tmp_path / "report.pdf"
    committee_pdf(hostile, "Report", pdf)
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages).split())
    for i, t in enumerate(TEXTS, 1):
        assert f"Note {i} {t}" in text

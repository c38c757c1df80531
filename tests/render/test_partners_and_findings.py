"""Partners over time (a new recognised Parent Carer Forum, say) and what the
inspectors found besides the areas of weakness, where the home page describes the
inspection and who is responsible."""
import datetime as dt

from conftest import SITE, messages
from generator.render import render_pages
from generator.validate import load_project
from test_pages import text

FORUMS = """\
    - name: Testshire Parent Carer Forum
      role: the recognised Parent Carer Forum
      since: 2019-05-01
      until: 2021-03
    - name: Testshire SEND Hub
      role: the recognised Parent Carer Forum
      since: 2021-04
    - name: Testshire Young People's Council
      role: a group of young people with SEND
      until: 2022-12-31
"""

FINDINGS = """\
  strengths:
    - Early years services work well together.
    - "Leaders <b>know</b> what needs to change: [see](javascript:alert(1))"
  other_concerns:
    - Some children wait too long for an autism assessment.
"""


def site(partners=FORUMS, findings=""):
    return SITE.replace("      role: Local council\n", "      role: Local council\n" + partners) + findings


def home(make_project, today, **kwargs):
    root = make_project({"plans/site.yaml": site(**kwargs)})
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    return text(render_pages(project, today=today)["index.md"])


def responsible(page: str) -> tuple[str, str]:
    """The current partners, and the former ones."""
    part = page.partition("## Who is responsible\n")[2].partition("\n## ")[0]
    current, _, former = part.partition("### Former partners\n")
    return current.strip(), former.strip()


def test_a_new_partner_shows_from_then_since_when_it_started(make_project):
    current, former = responsible(home(make_project, dt.date(2021, 3, 15)))
    assert current.splitlines() == [
        "- Testshire Council: Local council",
        "- Testshire Parent Carer Forum: the recognised Parent Carer Forum, from 1 May 2019 until March 2021",
        "- Testshire SEND Hub: the recognised Parent Carer Forum, from April 2021",
        "- Testshire Young People's Council: a group of young people with SEND, until 31 December 2022",
    ]
    assert former == ""
    current, _ = responsible(home(make_project, dt.date(2021, 5, 1)))
    assert "- Testshire SEND Hub: the recognised Parent Carer Forum, since April 2021" in current.splitlines()


def test_a_partner_whose_end_has_passed_is_a_former_partner(make_project):
    current, former = responsible(home(make_project, dt.date(2023, 1, 1)))
    assert current.splitlines() == [
        "- Testshire Council: Local council",
        "- Testshire SEND Hub: the recognised Parent Carer Forum, since April 2021",
    ]
    assert former.splitlines() == [
        "- Testshire Parent Carer Forum: the recognised Parent Carer Forum, from 1 May 2019 until March 2021",
        "- Testshire Young People's Council: a group of young people with SEND, until 31 December 2022",
    ]


def test_partners_without_dates_read_as_before(make_project):
    current, former = responsible(home(make_project, dt.date(2021, 5, 1), partners=""))
    assert (current, former) == ("- Testshire Council: Local council", "")


def test_a_partner_that_leaves_before_it_joins_is_an_error(make_project):
    found = messages(make_project, {"plans/site.yaml": site(FORUMS.replace("since: 2021-04", "since: 2021-04\n      until: 2021-02"))})
    assert len(found) == 1
    assert "area.partners[2]: 'until' (February 2021) must be after 'since' (April 2021)" in found[0]


def test_strengths_and_other_concerns_are_listed_with_the_inspection(make_project):
    page = home(make_project, dt.date(2021, 5, 1), findings=FINDINGS)
    about = page.partition("## About the inspection\n")[2].partition("\n## ")[0]
    strengths = about.partition("### What the inspectors found was working well\n")[2].partition("###")[0]
    assert strengths.strip().splitlines() == [
        "- Early years services work well together.",
        "- Leaders <b>know</b> what needs to change: [see](javascript:alert(1))",
    ]
    concerns = about.partition("### What else the inspectors were worried about\n")[2]
    assert "- Some children wait too long for an autism assessment." in concerns


def test_hostile_text_in_a_finding_stays_text(make_project):
    root = make_project({"plans/site.yaml": site(findings=FINDINGS)})
    project, _ = load_project(root / "plans", root)
    page = render_pages(project, today=dt.date(2021, 5, 1))["index.md"]
    assert "<b>" not in page and "](javascript" not in page
    assert "&#60;b&#62;know&#60;/b&#62;" in page


def test_without_findings_there_are_no_empty_headings(make_project):
    page = home(make_project, dt.date(2021, 5, 1))
    assert "working well" not in page and "worried about" not in page

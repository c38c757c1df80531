"""A plan says what kind it is, and every page, the feed, the open data and the
committee report call it that (a priority action plan's site never says "Written
Statement of Action"). A site holding an earlier plan and the one that followed a new
inspection says which is current."""
import json

import pytest

from conftest import ENGAGEMENT, PLAN, SITE, UPDATE, messages
from generator.compute.changes import compare
from generator.compute.committee import committee, find_period
from generator.render import navigation, render_pages
from generator.render.committee import committee_markdown
from generator.render.pages import render_changes
from generator.validate import load_project
from test_pages import text

CONCERNS = """\
  strengths:
    - Early years services work well together.
  other_concerns:
    - Some children wait too long for an autism assessment.
"""

PAP = """\
title: Getting it right for children with SEND, 2024 to 2026
kind: priority-action-plan
summary: What we will do.
priorities:
  - id: P1
    title: Joint commissioning
    finding: area-for-priority-action
    inspectors_found: There is no joint plan.
    what_it_means: Services do not join up.
    lead: Director of Children's Services
    actions:
      - id: A1.1
        title: Write a joint strategy
        lead: Head of Commissioning
        due: 2025-03
      - id: A1.2
        title: Agree the strategy with partners
        lead: Integrated Care Board
        due: 2025-06-30
  - id: P2
    title: Letters to families
    finding: area-for-improvement
    inspectors_found: Letters are hard to follow.
    what_it_means: Families do not know what happens next.
    lead: Head of SEND
    actions:
      - id: A2.1
        title: Rewrite our letters with the Parent Carer Forum
        lead: Head of SEND
        due: 2025-01
"""

PAP_UPDATE = UPDATE.replace("2021-04-20", "2025-04-20").replace("April 2021", "April 2025") + """\
  A2.1:
    status: blue
    note: The new letters are in use.
"""

# A new inspection: the one the priority action plan answers.
PAP_INSPECTION = """\
inspection:
  visit_start: 2024-03-04
  visit_end: 2024-03-08
  report_published: 2024-05
  other_concerns:
    - Some young people do not get help to get ready for adult life.
"""

# What a site about a priority action plan must never say about it.
OTHER_KINDS = ("Written Statement of Action", "WSOA", "area of weakness", "areas of weakness",
               "significant weakness")


def published_words(files: dict) -> dict[str, str]:
    """Every generated file a reader sees, as text. Left out: the workbooks (the same
    rows as the CSV files), the input files' schemas (which describe every kind of plan
    the tool knows) and "Words we use", which explains SEND words in general, older
    plans' names among them, for families reading older papers."""
    return {path: text(content if isinstance(content, str) else content.decode("utf-8"))
            for path, content in files.items()
            if not path.endswith(".xlsx") and "/schemas/" not in f"/{path}" and path != "glossary.md"}


def load(make_project, files):
    root = make_project(files)
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    return project


@pytest.fixture
def pap(make_project):
    return load(make_project, {"plans/site.yaml": SITE + CONCERNS,
                               "plans/wsoa/plan.yaml": None, "plans/wsoa/updates/2021-04.yaml": None,
                               "plans/pap-2024/plan.yaml": PAP,
                               "plans/pap-2024/updates/2025-04.yaml": PAP_UPDATE,
                               "plans/feedback/survey.yaml": ENGAGEMENT.replace("2021", "2025")})


def test_a_priority_action_plan_is_never_called_by_another_kind_s_name(pap):
    files = published_words(render_pages(pap))
    entry = pap.plans[0]
    files["report"] = text(committee_markdown(pap.site, committee(pap, entry, find_period(entry, None))))
    files["changes"] = text(render_changes(compare(pap, pap)))
    assert {"index.md", "feed.xml", "pap-2024/index.md", "pap-2024/p1.md", "data/pap-2024-actions.csv"} <= set(files)
    said = {(path, words) for path, page in files.items() for words in OTHER_KINDS if words in page}
    assert said == set()


def test_a_priority_action_plan_s_pages_use_its_own_words(pap):
    pages = render_pages(pap)
    home, plan = text(pages["index.md"]), text(pages["pap-2024/index.md"])
    assert ("Besides the areas for priority action and areas for improvement in our priority action "
            "plan, the inspectors found:") in home
    assert "[See every priority and action in our priority action plan](pap-2024/index.md)" in home
    assert "This is our current plan." not in home  # the only plan: nothing to tell apart
    assert ("An area writes a priority action plan when inspectors find that support for children and "
            "young people with SEND is failing.") in plan
    rows = json.loads(pages["data/pap-2024-actions.json"])
    assert {row["plan_kind"] for row in rows} == {"priority-action-plan"}


def test_another_kind_of_plan_names_itself(make_project):
    other = PLAN.replace("title: Written Statement of Action\n",
                         "title: Sufficiency plan 2023\nkind: other\nkind_name: SEND sufficiency plan\n")
    project = load(make_project, {"plans/wsoa/plan.yaml": other, "plans/site.yaml": SITE + CONCERNS})
    home = text(render_pages(project)["index.md"])
    assert "[See every priority and action in our SEND sufficiency plan](wsoa/index.md)" in home
    # It does not say what the inspectors called its priorities, nor do they.
    assert "Besides the priorities in our SEND sufficiency plan, the inspectors found:" in home


def test_a_plan_of_kind_other_must_say_what_it_is_called(make_project):
    other = PLAN.replace("title: Written Statement of Action\n", "title: Our plan\nkind: other\n")
    assert messages(make_project, {"plans/wsoa/plan.yaml": other}) == [
        "plans/wsoa/plan.yaml:1:1: a plan of kind other needs 'kind_name': what the plan is called, "
        "e.g. 'SEND sufficiency plan'"]


@pytest.fixture
def two_plans(make_project):
    """The Written Statement of Action (plans/wsoa), then the priority action plan that
    followed the new inspection, named current in site.yaml."""
    return load(make_project, {"plans/site.yaml": SITE + CONCERNS + "current_plan: pap-2024\n",
                               "plans/pap-2024/plan.yaml": PAP + PAP_INSPECTION,
                               "plans/pap-2024/updates/2025-04.yaml": PAP_UPDATE})


def test_the_home_page_shows_the_current_plan_first_and_says_which_is_current(two_plans):
    raw = render_pages(two_plans)["index.md"]
    home = text(raw)
    pap = home.index("## Getting it right for children with SEND, 2024 to 2026\n\nThis is our current plan.\n")
    wsoa = home.index("## Written Statement of Action\n\n"
                      "This is an earlier plan, from before our current priority action plan.\n")
    assert pap < wsoa
    # The inspection the current plan answers, in its words.
    assert raw.count("\n## About the inspection\n") == 1  # a heading, not its text escaped
    about = home.partition("\n## About the inspection\n")[2]
    assert "in Testshire from 4 March 2024 to 8 March 2024." in " ".join(about.split())
    assert ("Besides the areas for priority action and areas for improvement in our priority action "
            "plan, the inspectors found:\n\n- Some young people do not get help") in about
    assert [n.title for n in navigation(two_plans)][1:3] == [
        "Getting it right for children with SEND, 2024 to 2026", "Written Statement of Action"]


def test_each_plan_s_page_says_whether_it_is_current(two_plans):
    pages = render_pages(two_plans)
    earlier, current = text(pages["wsoa/index.md"]), pages["pap-2024/index.md"]
    assert "This is an earlier plan. [See our current plan](../pap-2024/index.md)." in earlier
    assert "This is our current plan." in current and "This is our current plan." not in earlier
    # The plan answering an inspection of its own says what that inspection found.
    assert "\n## About the inspection\n" in current and "## About the inspection" not in earlier


def test_several_plans_with_none_named_current_read_as_before(make_project):
    project = load(make_project, {"plans/pap-2024/plan.yaml": PAP,
                                  "plans/pap-2024/updates/2025-04.yaml": PAP_UPDATE})
    home = text(render_pages(project)["index.md"])
    assert "current plan" not in home and "earlier plan" not in home
    assert home.index("## Getting it right") < home.index("## Written Statement of Action")  # folder order


def test_the_current_plan_must_be_a_plan_folder(make_project):
    found = messages(make_project, {"plans/site.yaml": SITE + "current_plan: pap-2042\n",
                                    "plans/pap-2024/plan.yaml": PAP,
                                    "plans/pap-2024/updates/2025-04.yaml": PAP_UPDATE})
    assert found == ["plans/site.yaml:12:15: current_plan: there is no plan folder 'pap-2042'; did you "
                     "mean 'pap-2024'? (plan folders: pap-2024, wsoa)."]


def test_the_changes_summary_says_when_a_plan_s_kind_changes(make_project):
    before = load(make_project, {})
    after = load(make_project, {"plans/wsoa/plan.yaml": PLAN.replace(
        "title: Written Statement of Action\n", "title: Written Statement of Action\nkind: priority-action-plan\n")})
    summary = text(render_changes(compare(before, after)))
    assert '- the plan: kind: was "Written Statement of Action", now "priority action plan"' in summary

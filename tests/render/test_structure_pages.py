"""A plan's structure on its pages: workstreams as sub-headings with their leads,
actions that also help another priority linked from its page but counted once, and
the enablers on the plan's page. Read from the example plan, which has all three."""
import io
import re

import pandas as pd
import pytest

from conftest import ROOT
from generator.compute import figures
from generator.compute.committee import committee, find_period
from generator.render import render_pages
from generator.render.committee import committee_markdown
from generator.validate import load_project
from generator.validate.references import anchor
from test_pages import text


@pytest.fixture(scope="module")
def example():
    project, report = load_project(ROOT / "plans")
    assert report.ok, report.summary()
    return project, project.plans[0], render_pages(project)


def section(page: str, heading: str) -> str:
    """From a heading to the next heading of the same or a higher level."""
    level = heading.split(" ")[0]
    after = page.split(f"\n{heading}", 1)[1]
    ends = [i for i in (after.find(f"\n{'#' * n} ") for n in range(2, len(level) + 1)) if i >= 0]
    return after[:min(ends)] if ends else after


def action_rows(part: str) -> list[str]:
    """The actions a workstream lists, by id ("Actions: [A2.1](#action-a2-1), ...")."""
    return re.findall(r"\[([^\]:]+)\]\(#action-", part)


def test_workstreams_are_sub_headings_with_their_lead_and_their_actions_beneath(example):
    _, entry, pages = example
    priority = next(p for p in entry.plan.priorities if p.workstreams)
    page = text(pages[f"wsoa-2020/{anchor(priority.id)}.md"])
    doing = section(page, "## What we are doing")
    for ws in priority.workstreams:
        part = section(doing, f"### {ws.title} {{ #workstream-{anchor(ws.id)} }}")
        assert f"\nLead: {ws.lead}.\n" in part
        assert action_rows(part) == [a.id for a in priority.in_workstream(ws.id)]
    others = [a.id for a in priority.in_workstream(None)]
    assert others, "the example has an action in no workstream"
    assert action_rows(section(doing, "### Other actions")) == others
    for action in priority.in_workstream(priority.workstreams[0].id):
        details = section(page, f"## {action.id}: {action.title}")
        assert (f"- Workstream: [{priority.workstreams[0].title}]"
                f"(#workstream-{anchor(priority.workstreams[0].id)})\n") in details


def test_a_workstream_lead_not_named_yet_says_so(make_project):
    from conftest import PLAN
    plan = PLAN.replace("    actions:\n", "    workstreams:\n      - {id: W1, title: Strategy, lead: tbc}\n"
                        "    actions:\n", 1).replace("        due: 2021-03\n", "        due: 2021-03\n"
                                                     "        workstream: W1\n")
    root = make_project({"plans/wsoa/plan.yaml": plan})
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    page = text(render_pages(project)["wsoa/p1.md"])
    assert "### Strategy { #workstream-w1 }\n\nLead: not named yet.\n" in page
    assert action_rows(section(page, "### Other actions")) == ["A1.2"]


def test_an_action_that_also_helps_another_priority_is_linked_from_its_page(example):
    _, entry, pages = example
    target = next(p for p in entry.plan.priorities if entry.plan.supporting(p))
    page = pages[f"wsoa-2020/{anchor(target.id)}.md"]
    listed = section(text(page), "### Actions from other priorities that also help")
    for owner, action in entry.plan.supporting(target):
        assert (f"- [{action.id}: {action.title}]({anchor(owner.id)}.md#action-{anchor(action.id)}), "
                f"part of {owner.id}: {owner.title}") in listed
        # It is not one of this priority's actions: no row in its table, no section.
        assert action.id not in action_rows(section(text(page), "## What we are doing").split("\n### ")[0])
        assert f"{{ #action-{anchor(action.id)} }}" not in page
        own_page = text(pages[f"wsoa-2020/{anchor(owner.id)}.md"])
        assert f"- Also helps: [{target.id}: {target.title}]({anchor(target.id)}.md)" in section(
            own_page, f"## {action.id}: {action.title}")


def test_an_action_that_also_helps_is_counted_once_in_its_own_priority(example):
    project, entry, pages = example
    helped = [p for p in entry.plan.priorities if entry.plan.supporting(p)]
    assert helped, "the example has an action that also helps another priority"
    overview = text(pages["wsoa-2020/index.md"])
    latest = entry.published_periods()[-1]
    for priority in entry.plan.priorities:
        f = figures(entry, latest, project.site, priority.actions)
        assert (f"| [{priority.id}: {priority.title}]({anchor(priority.id)}.md) | {priority.lead} | "
                f"{len(priority.actions)} | {f.completed} | {f.delayed} |") in overview
    total = sum(len(p.actions) for p in entry.plan.priorities)
    assert f"of {total} actions" in text(pages["index.md"]) or f"All {total} actions" in text(pages["index.md"])
    table = pd.read_csv(io.BytesIO(pages["data/wsoa-2020-actions.csv"]), dtype=str, keep_default_na=False)
    assert len(set(table["action_id"])) == total


def test_the_plan_page_lists_the_enablers_with_their_leads_and_the_actions_that_help(example):
    _, entry, pages = example
    overview = text(pages["wsoa-2020/index.md"])
    assert entry.plan.enablers
    for enabler in entry.plan.enablers:
        part = section(overview, f"### {enabler.title} {{ #enabler-{anchor(enabler.id)} }}")
        assert f"Lead: {enabler.lead}." in part
        links = [line for line in part.splitlines() if line.startswith("- [")]
        assert links == [f"- [{a.id}: {a.title}]({anchor(p.id)}.md#action-{anchor(a.id)})"
                         for p, a in entry.plan.serving(enabler)]
        assert links


def test_the_open_data_says_each_action_s_workstream_and_what_else_it_helps(example):
    _, entry, pages = example
    table = pd.read_csv(io.BytesIO(pages["data/wsoa-2020-actions.csv"]), dtype=str, keep_default_na=False)
    got = set(table[["action_id", "workstream", "workstream_title", "also_supports", "enablers"]]
              .itertuples(index=False, name=None))
    assert got == {(a.id, a.workstream or "", p.workstream(a.workstream).title if a.workstream else "",
                    "; ".join(a.also_supports), "; ".join(a.enablers))
                   for p in entry.plan.priorities for a in p.actions}
    assert any(w for _, w, *_ in got) and any(s for *_, s, _ in got)


def test_the_committee_report_gives_each_workstream_s_figures(example):
    project, entry, _ = example
    period = find_period(entry, None)
    report = text(committee_markdown(project.site, committee(project, entry, period)))
    part = section(report, "## Progress by workstream")
    for priority in entry.plan.priorities:
        for ws in priority.workstreams:
            f = figures(entry, period, project.site, priority.in_workstream(ws.id))
            assert (f"| {ws.title} | {priority.id} | {ws.lead} | {f.total} | {f.under_way} | {f.completed} | "
                    f"{f.delayed} | {f.overdue} |") in part

"""What has changed for families, on the pages: each priority's judgements and
narratives, the target's progress on the home page, and the same in the committee
report and the open data."""
import csv
import io
import math

import yaml

from conftest import PLAN, ROOT, UPDATE
from generator.compute.committee import committee, find_period
from generator.model import DEFAULT_IMPACTS
from generator.render import render_pages
from generator.render.committee import committee_markdown
from generator.validate import load_project
from test_pages import text

U4, U7 = "plans/wsoa/updates/2021-04.yaml", "plans/wsoa/updates/2021-07.yaml"
TARGET = "target:\n  impact: clear-improvement\n  share: 80\n  by: 2022-05\n"


def pages_of(make_project, files):
    root = make_project(files)
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    return project, {k: text(v) for k, v in render_pages(project).items() if isinstance(v, str)}


def july(extra: str) -> str:
    return UPDATE.replace("2021-04-20", "2021-07-20").replace("April", "July") + extra


def test_the_priority_page_says_the_latest_judgement_its_narrative_and_earlier_ones(make_project):
    _, pages = pages_of(make_project, {
        U4: UPDATE + "priorities:\n  P1:\n    impact: some-improvement\n    narrative: Letters are clearer.\n",
        U7: july("priorities:\n  P1:\n    narrative: More families use short breaks.\n")})
    page = pages["wsoa/p1.md"]
    section = page[page.index("## What has changed for families"):]
    # A narrative alone is no judgement: the latest judgement is April's, in words.
    assert ("Our latest judgement, at the April 2021 monitoring meeting: :material-trending-up: "
            "**Some improvement**. Some families can see a difference") in section
    assert section.index("**July 2021 monitoring meeting**\n\nMore families use short breaks.") < \
        section.index('??? more "What earlier updates said"') < section.index(
        "    **April 2021 monitoring meeting**: :material-trending-up: **Some improvement**\n\n    Letters are clearer.")
    assert "| :material-trending-up: **Some improvement** | Some families can see" in pages["index.md"]


def test_a_priority_not_judged_yet_says_so_and_a_plan_without_judgements_says_nothing(make_project):
    _, pages = pages_of(make_project, {"plans/wsoa/plan.yaml": PLAN + TARGET})
    assert "## What has changed for families { #what-has-changed }\n\nNo update has said yet what has changed for families." \
        in pages["wsoa/p1.md"]
    assert ("0 of 1 priority (0%) shows clear improvement.\nThe target is 80% (1 of 1) by May 2022.\n"
            "1 more priority must get there.\nNo priority has been judged yet.") in pages["index.md"]
    _, pages = pages_of(make_project, {})
    assert "What has changed for families" not in pages["wsoa/p1.md"] + pages["index.md"]
    assert "What the words about change mean" not in pages["index.md"]


def example_target() -> tuple[int, int, int]:
    """Read from the example's files, not from the generator: priorities at the target's
    judgement or above in the latest update that judged each, their number, and the number needed."""
    folder = ROOT / "plans" / "wsoa-2020"
    plan = yaml.safe_load((folder / "plan.yaml").read_text())
    updates = sorted((yaml.safe_load(p.read_text()) for p in (folder / "updates").glob("*.yaml")),
                     key=lambda u: u["date"])
    order = [i.id for i in DEFAULT_IMPACTS]
    reached = 0
    for priority in plan["priorities"]:
        said = [u["priorities"][priority["id"]]["impact"] for u in updates if u["state"] == "published"
                and u.get("priorities", {}).get(priority["id"], {}).get("impact")]
        reached += bool(said) and order.index(said[-1]) >= order.index(plan["target"]["impact"])
    total = len(plan["priorities"])
    return reached, total, math.ceil(plan["target"]["share"] * total / 100)


def target_lines(page: str) -> list[str]:
    lines = page.splitlines()
    start = next(i for i, line in enumerate(lines) if " priorities (" in line and "clear improvement" in line)
    return lines[start:start + 3]


def test_the_home_page_and_the_report_say_how_far_the_example_is_from_its_target():
    project, report = load_project(ROOT / "plans")
    assert report.ok, report.summary()
    reached, total, needed = example_target()
    assert 0 < reached < needed  # the example shows a target partly reached
    home = text(render_pages(project)["index.md"])
    share = f"{100 * reached / total:.1f}".removesuffix(".0")
    assert target_lines(home) == [
        f"{reached} of {total} priorities ({share}%) show clear improvement.",
        f"The target is 80% ({needed} of {total}) by May 2022.",
        f"{needed - reached} more {'priority' if needed - reached == 1 else 'priorities'} must get there."]
    entry = project.plans[0]
    paper = text(committee_markdown(project.site, committee(project, entry, find_period(entry, None))))
    assert target_lines(paper) == target_lines(home)


def test_the_report_counts_judgements_up_to_its_meeting(make_project):
    root = make_project({"plans/wsoa/plan.yaml": PLAN + TARGET,
                         U7: july("priorities:\n  P1:\n    impact: clear-improvement\n")})
    project, _ = load_project(root / "plans", root)
    entry = project.plans[0]
    april = text(committee_markdown(project.site, committee(project, entry, find_period(entry, "2021-04"))))
    now = text(committee_markdown(project.site, committee(project, entry, find_period(entry, None))))
    assert "0 of 1 priority (0%) shows clear improvement." in april
    assert "1 of 1 priority (100%) shows clear improvement." in now and "The target is met." in now
    assert "| P1: Joint commissioning | Clear improvement | July 2021 monitoring meeting |" in now


def test_the_open_data_holds_every_judgement_and_narrative(make_project):
    root = make_project({
        U4: UPDATE + "priorities:\n  P1:\n    narrative: Letters are clearer.\n",
        U7: july("priorities:\n  P1:\n    impact: no-change\n")})
    project, _ = load_project(root / "plans", root)
    files = render_pages(project)
    rows = list(csv.DictReader(io.StringIO(files["data/wsoa-priorities.csv"].decode())))
    assert [(r["update_date"], r["impact"], r["impact_label"], r["narrative"]) for r in rows] == [
        ("2021-07-20", "no-change", "No change yet", ""), ("2021-04-20", "", "", "Letters are clearer.")]
    assert "`impact_label`" in files["data/index.md"]

"""A national view holds many plans: the home page and the navigation (written
into every page by Material) must not grow with the number of plans."""
from conftest import PLAN, UPDATE
from generator.render import navigation, render_pages
from generator.render.paths import MANY_PLANS
from generator.validate import load_project

from test_pages import text

COUNT = 2 * MANY_PLANS + 1


def many_plans(make_project):
    files = {"plans/wsoa/plan.yaml": None, "plans/wsoa/updates/2021-04.yaml": None}
    for n in range(1, COUNT + 1):
        files[f"plans/area-{n:02d}/plan.yaml"] = PLAN.replace(
            "title: Written Statement of Action", f"title: Area {n} plan")
        files[f"plans/area-{n:02d}/updates/2021-04.yaml"] = UPDATE
    root = make_project(files)
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    return project


def test_navigation_groups_many_plans_so_each_level_stays_short(make_project):
    project = many_plans(make_project)
    home, plans, *_ = navigation(project)  # then measures and open data
    assert home.title == "Home" and plans.title == "Plans"
    groups = plans.children
    assert len(groups) == 3 and all(len(g.children) <= MANY_PLANS for g in groups)
    assert groups[0].title == "Area 1 plan to Area 9 plan"
    listed = [plan.path for g in groups for plan in g.children]
    assert listed == [f"area-{n:02d}/index.md" for n in range(1, COUNT + 1)]
    assert [c.title for c in groups[0].children[0].children] == ["Overview", "P1: Joint commissioning"]


def test_home_page_lists_many_plans_one_row_each(make_project):
    project = many_plans(make_project)
    home = text(render_pages(project)["index.md"])
    assert "| Plan | Latest update | Actions | Under way | Completed | Delayed |" in home
    assert "| [Area 17 plan](area-17/index.md) | April 2021 monitoring meeting | 2 | 2 (100%) | 0 (0%) | 0 |" in home
    assert "All 2 actions are now under way" not in home  # the full figures are on each plan's page


def test_a_few_plans_keep_their_sections_and_full_figures(make_project):
    root = make_project()
    project, _ = load_project(root / "plans", root)
    assert [n.title for n in navigation(project)][:2] == ["Home", "Written Statement of Action"]
    assert "All 2 actions are now under way" in text(render_pages(project)["index.md"])


def test_home_page_has_a_target_column_when_any_plan_has_a_target(make_project):
    """Priorities that got to the target's judgement, of those needed; read from the same inputs."""
    files = {"plans/wsoa/plan.yaml": None, "plans/wsoa/updates/2021-04.yaml": None}
    targets = {1: "some-improvement", 2: "clear-improvement"}  # area 1's P1 is judged some-improvement
    for n in range(1, COUNT + 1):
        plan = PLAN.replace("title: Written Statement of Action", f"title: Area {n} plan")
        files[f"plans/area-{n:02d}/plan.yaml"] = plan + (
            f"target:\n  impact: {targets[n]}\n  share: 100\n" if n in targets else "")
        files[f"plans/area-{n:02d}/updates/2021-04.yaml"] = UPDATE + (
            "priorities:\n  P1:\n    impact: some-improvement\n" if n == 1 else "")
    root = make_project(files)
    project, report = load_project(root / "plans", root)
    assert report.ok, report.summary()
    home = text(render_pages(project)["index.md"])
    assert "| Plan | Latest update | Actions | Under way | Completed | Delayed | Target for families |" in home
    rows = {line.split("](")[0].lstrip("| ["): line.rsplit(" | ", 2)[-1].rstrip(" |")
            for line in home.splitlines() if line.startswith("| [Area ")}
    assert rows["Area 1 plan"] == "1 of 1 priority needed, met"
    assert rows["Area 2 plan"] == "0 of 1 priority needed"
    assert rows["Area 3 plan"] == "no target"

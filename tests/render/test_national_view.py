"""A national view (more than 12 plans, one per area) keeps every page small: the
pages about the whole site give a row per plan, and each plan's latest 12 updates
have a "What changed" page and a feed entry. Every update stays in the histories."""
import re
from datetime import date

import feedparser
import pytest

from conftest import ENGAGEMENT, PLAN, UPDATE
from generator.compute.view import shown
from generator.render import fragments, render_pages
from generator.render.paths import MANY_PLANS, PERIOD_PAGES
from generator.validate import load_project

PLANS = MANY_PLANS + 1
UPDATES = PERIOD_PAGES + 3


def months(count: int) -> list[date]:
    return [date(2021 + (3 + i) // 12, (3 + i) % 12 + 1, 20) for i in range(count)]


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    from conftest import MEASURES, SITE, write

    files = {"plans/site.yaml": SITE, "plans/measures.yaml": MEASURES}
    for n in range(1, PLANS + 1):
        files[f"plans/area-{n:02}/plan.yaml"] = PLAN.replace("Written Statement of Action", f"Area {n:02} plan")
        for day in months(UPDATES):
            files[f"plans/area-{n:02}/updates/{day:%Y-%m}.yaml"] = UPDATE.replace(
                "date: 2021-04-20", f"date: {day}").replace("April 2021", f"{day:%B %Y}")
        files[f"plans/feedback/area-{n:02}-survey.yaml"] = f"plan: area-{n:02}\n" + ENGAGEMENT
    root = write(tmp_path_factory.mktemp("national"), files)
    project, report = load_project(root / "plans", root)
    assert project is not None, report.summary()
    return render_pages(shown(project, False), date(2023, 1, 1))


def test_each_plan_has_what_changed_pages_for_its_latest_updates_only(national):
    periods = sorted(p for p in national if p.startswith("area-01/updates/"))
    assert periods == [f"area-01/updates/{day:%Y-%m}.md" for day in months(UPDATES)[-PERIOD_PAGES:]]
    plan_page = national["area-01/index.md"]
    oldest, newest = months(UPDATES)[0], months(UPDATES)[-1]
    assert f"- {oldest:%B %Y} monitoring meeting" in plan_page  # listed, without a link
    assert f"({'updates/' + f'{newest:%Y-%m}'}.md)" in plan_page
    assert f"The latest {PERIOD_PAGES} updates have a page" in plan_page
    # They stay out of the search index, which would otherwise list 12 of them for every action.
    assert "\nsearch:\n  exclude: true\n---\n" in national[periods[0]]
    # ...and the oldest update is still in every action's history.
    history = fragments.assemble(national["area-01/p1.md"])
    assert f"{oldest:%B %Y} monitoring meeting" in re.sub(r"</?abbr[^>]*>", "", history)  # a glossary word


def test_the_feed_has_an_entry_for_each_page(national):
    feed = feedparser.parse(national["feed.xml"])
    assert len(feed.entries) == PLANS * PERIOD_PAGES
    links = {e.link.removeprefix("/").rstrip("/") + ".md" for e in feed.entries}
    assert links == {p for p in national if "/updates/" in p}


def test_pages_about_the_whole_site_give_a_row_per_plan(national):
    data = national["data/index.md"]
    # These plans have no timeline: its column says None.
    assert len(re.findall(r"^\| Area \d\d plan \| \[CSV, \d+ KB\]\(area-\d\d-actions\.csv\) "
                          r"\| \[JSON, \d+ KB\]\(area-\d\d-actions\.json\) "
                          r"\| \[XLSX, \d+ KB\]\(area-\d\d-actions\.xlsx\) \| None \|$", data, re.M)) == PLANS
    assert "## Area 01 plan" not in data
    feedback = national["you-said-we-did/index.md"]
    assert "## By plan" in feedback and "## By priority" not in feedback
    assert len(re.findall(r"^\| \[Area \d\d plan\]\(\.\./area-\d\d/index\.md\) \| 2 \|", feedback, re.M)) == PLANS
    # The promise due in 2021 is late at every area: counted, with a link to where it was made.
    assert f"We promised to do {PLANS} things by a date that has passed" in feedback
    assert len(re.findall(r"^\| \[Parent carer survey\]\(area-\d\d-survey\.md\) \| 1 \|$", feedback, re.M)) == PLANS
    assert "**You said:**" not in feedback


def test_a_single_plan_keeps_every_page_and_the_full_lists(make_project):
    root = make_project({f"plans/wsoa/updates/{day:%Y-%m}.yaml": UPDATE.replace(
        "date: 2021-04-20", f"date: {day}").replace("April 2021", f"{day:%B %Y}") for day in months(UPDATES)}
        | {"plans/feedback/survey.yaml": ENGAGEMENT})
    project, report = load_project(root / "plans", root)
    assert project is not None, report.summary()
    pages = render_pages(shown(project, False), date(2023, 1, 1))
    assert len([p for p in pages if "/updates/" in p]) == UPDATES
    assert "have a page" not in pages["wsoa/index.md"]
    assert "exclude" not in pages[f"wsoa/updates/{months(UPDATES)[0]:%Y-%m}.md"]
    assert "## By priority" in pages["you-said-we-did/index.md"]
    assert "**You said:**" in pages["you-said-we-did/index.md"]  # the late promise in full


def test_many_measures_make_the_measures_page_a_table(make_project):
    from conftest import MEASURES
    from generator.render.paths import MANY_MEASURES

    one = MEASURES.split("measures:\n")[1]
    more = "".join(one.replace("ehcp-20-weeks", f"measure-{n}").replace("within 20 weeks", f"measure {n}")
                   for n in range(MANY_MEASURES))
    root = make_project({"plans/measures.yaml": MEASURES + more,
                         "plans/measures/ehcp-20-weeks.csv": "date,value,England\n2021-06,62,60\n"})
    project, report = load_project(root / "plans", root)
    assert project is not None, report.summary()
    page = render_pages(shown(project, False))["measures/index.md"]
    rows = re.findall(r"^\| \[(.+?)\]\((.+?)\) \| (.+?) \| (.+?) \| (.+?) \|$", page, re.M)
    assert len(rows) == MANY_MEASURES + 1
    assert rows[0] == ("EHC plans issued within 20 weeks", "ehcp-20-weeks/index.md", "62% in June 2021",
                       "Better: up from 41%", "80% by December 2022")
    assert rows[1][2:] == ("No figures yet", "Started at 41%", "80% by December 2022")
    assert "## [" not in page

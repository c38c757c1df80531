"""The committee summary: its figures are the home page's, and it says what changed,
what is late and what families were told since the last meeting."""
import csv
import datetime
import html
import re

import pytest
import yaml
from click.testing import CliRunner

from conftest import AREAS, ROOT
from generator.cli import main
from generator.compute import figures, headline
from generator.compute.committee import committee, find_period
from generator.render import render_pages
from generator.render.committee import committee_markdown
from generator.validate import load_project


def load(plans):
    project, report = load_project(plans)
    assert report.ok, report.summary()
    return project


def read(markdown: str) -> str:
    """A site page's Markdown as a reader sees it (character references decoded)."""
    return html.unescape(re.sub(r"<[^>]+>", "", markdown))


def report_text(project, period_id=None) -> str:
    """The report's Markdown, as pasted into a paper."""
    entry = project.plans[0]
    return committee_markdown(project.site, committee(project, entry, find_period(entry, period_id)))


def headline_sentences(report: str) -> list[str]:
    """The headline sentences, as quoted in papers: the four lines above the report's
    figures table (the home page gives the same figures as sentences only)."""
    lines = report.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("| Figure |")))
    return lines[start - 5:start - 1]


PLANS = [ROOT / "plans", AREAS / "two-priorities" / "plans", AREAS / "three-priorities" / "plans",
         AREAS / "nine-priorities" / "plans"]


@pytest.mark.parametrize("plans", PLANS, ids=lambda p: p.parent.name)
def test_the_report_s_figures_are_the_home_page_s(plans):
    project = load(plans)
    entry = project.plans[0]
    summary = committee(project, entry, find_period(entry, None))
    assert (summary.latest, summary.previous) == headline(entry, project.site)
    home = read(render_pages(project)["index.md"]).splitlines()
    sentences = headline_sentences(report_text(project))
    assert len(sentences) == 4 and all(sentences), sentences
    start = home.index(sentences[0])
    assert home[start:start + 4] == sentences


def test_the_figures_a_scrutiny_report_quotes():
    """Twoshire is shaped like Leicestershire's March 2022 paper: '100% of actions now
    underway, compared to 87.8% at the previous formal meeting', 'seven actions ... delays'."""
    text = report_text(load(AREAS / "two-priorities" / "plans"))
    assert "All 41 actions are now under way, up from 87.8% in October 2021." in text
    assert "7 actions are delayed, up from 4 in October 2021." in text
    assert "| Under way | 41 (100%) | 36 (87.8%) |" in text


def test_an_earlier_period_is_compared_with_the_published_one_before_it():
    project = load(ROOT / "plans")
    entry = project.plans[0]
    july = find_period(entry, "2021-07")
    summary = committee(project, entry, july)
    assert summary.latest == figures(entry, july, project.site)
    assert summary.previous.period.id == "2021-04"
    text = report_text(project, "2021-07")
    assert "# Written Statement of Action: progress report, July 2021 monitoring meeting" in text
    assert "20 of 22 actions are under way (90.9%), up from 77.3% in April 2021." in text


def test_what_changed_lists_every_status_change_by_action_backwards_first():
    project = load(ROOT / "plans")
    text = report_text(project)
    # Counted from the files themselves, not with our code.
    before, now = (yaml.safe_load((ROOT / "plans" / "wsoa-2020" / "updates" / f"{p}.yaml").read_text())["actions"]
                   for p in ("2021-10", "2022-01"))
    changed = sorted(a for a in now if now[a]["status"] != before[a]["status"])
    section = text.split("## What changed")[1].split("\n## ")[0]
    listed = [line[2:].split(" ")[0] for line in section.splitlines() if line.startswith("- ")]
    assert sorted(listed) == changed
    backwards, others = section.split("### Other status changes")
    assert "### Things that went backwards" in backwards
    assert ("- A2.7 Hold annual reviews (the yearly check of each EHC plan) on time and update plans: "
            "from On track to In progress") in backwards
    assert ("- A2.6 Add staff and a new computer system so EHC plans are finished in 20 weeks: "
            "from Delayed to In progress") in others


def test_delayed_and_overdue_actions_are_named():
    text = report_text(load(ROOT / "plans"))
    delayed = text.split("## Delayed actions")[1].split("##")[0]
    assert "- **A3.2: " in delayed and "(lead: " in delayed
    assert "The average wait has fallen a little, to 54 weeks" in delayed  # its note
    overdue = text.split("## Past their due date and not completed")[1].split("##")[0]
    assert re.search(r"^\| A3\.1: .* \| September 2021 \| In progress \|$", overdue, re.MULTILINE)


def measure_lines(text: str) -> dict[str, str]:
    """Each measure's line in the report's Measures section, by the measure's name."""
    section = text.split("## Measures")[1].split("\n## ")[0]
    return {line[2:].split(": ")[0]: line[2:] for line in section.splitlines() if line.startswith("- ")}


def month(when: str) -> str:
    return datetime.date.fromisoformat(when + "-01").strftime("%B %Y")


def fig(value, unit: str) -> str:
    number = f"{float(value):,.2f}".rstrip("0").rstrip(".")
    return number + ("%" if unit == "percent" else "" if unit == "number" else f" {unit}")


@pytest.mark.parametrize("period_id", [None, "2021-10"])
def test_each_measure_s_latest_figure_up_to_the_meeting_against_baseline_target_and_comparators(period_id):
    """Read from the example's files, not with our code: a paper for the October 2021
    meeting quotes the figures known then (September 2021), not December's."""
    example = ROOT / "plans"
    updates = sorted((example / "wsoa-2020" / "updates").glob("*.yaml"))
    meeting = str(yaml.safe_load((updates[-1] if period_id is None else
                                  example / "wsoa-2020" / "updates" / f"{period_id}.yaml").read_text())["date"])[:7]
    plan = yaml.safe_load((example / "wsoa-2020" / "plan.yaml").read_text())
    named = {m for p in plan["priorities"] for a in p.get("actions", []) for m in a.get("measures", [])}
    lines = measure_lines(report_text(load(example), period_id))
    measures = [m for m in yaml.safe_load((example / "measures.yaml").read_text())["measures"] if m["id"] in named]
    assert len(lines) == len(measures) >= 5
    for m in measures:
        with open(example / "measures" / f"{m['id']}.csv", newline="") as f:
            rows = [r for r in csv.DictReader(f) if r["date"] <= meeting and r["value"]]
        latest, unit, line = rows[-1], m["unit"], lines[m["name"]]
        assert line.startswith(f"{m['name']}: {fig(latest['value'], unit)} in {month(latest['date'])}, "), line
        assert f" from {fig(m['baseline']['value'], unit)} at the start ({month(m['baseline']['date'])})" in line
        if "target" in m:
            assert f"; the target is {fig(m['target']['value'], unit)} by {month(m['target']['date'])}" in line
        for name in m.get("comparators", []):
            known = [r for r in rows if r.get(name)]
            when = "" if known[-1] is latest else f" in {month(known[-1]['date'])}"
            assert f"; {name}: {fig(known[-1][name], unit)}{when}" in line


def test_the_measures_are_said_in_the_site_s_sentences():
    project = load(ROOT / "plans")
    site = read(render_pages(project)["measures/index.md"])
    lines = measure_lines(report_text(project))
    assert lines and all(f"\n{line.splitlines()[0]}\n" in site for line in lines.values())


def test_measures_name_the_actions_meant_to_move_them():
    text = report_text(load(ROOT / "plans"))
    measures = text.split("## Measures")[1].split("## You said")[0]
    assert "- Appeals to the SEND Tribunal: 16 in" in measures
    assert "Actions: A1.5 (on track), A1.6 (completed)." in measures


@pytest.mark.parametrize("plans", PLANS, ids=lambda p: p.parent.name)
def test_the_report_pastes_as_text_without_character_references_or_html(plans):
    project = load(plans)
    entry = project.plans[0]
    for period in entry.published_periods()[-2:]:
        text = committee_markdown(project.site, committee(project, entry, period))
        assert "&#" not in text and not re.search(r"<[a-z/!]", text, re.IGNORECASE)
    assert "Progress at the meeting on" in text


def test_you_said_we_did_since_the_last_meeting():
    text = report_text(load(ROOT / "plans"))
    said, others = text.split("## You said, we did")[1].split("## What others told us: reviews and inspections")
    # Done in December 2021, after the October meeting:
    assert "**Local Offer website** (Parent and carer survey on EHC plans and waiting for help)" in said
    # Heard in November 2021 at the peer challenge: the peer review's voice, counted apart.
    assert "Peer challenge" not in said
    assert others.count("(Peer challenge of our SEND improvement work). The peer review said:") == 5
    assert "5 things (2 done, 2 being done now, 1 planned)" in others
    # The inspectors' letter was before the previous meeting: not news.
    assert "Inspectors' letter" not in others
    # Heard in May 2021 and not done since: not news for this meeting.
    assert "Youth council session" not in said.split("Promises not kept on time")[0]
    # A promise for 31 December 2021 that is not kept is listed as late.
    late = others.split("Promises not kept on time")[1]
    assert "(promised for 31 December 2021)" in late


def test_a_draft_update_can_be_reported_before_it_is_agreed(make_project):
    root = make_project({"plans/wsoa/updates/2021-07.yaml": """\
        date: 2021-07-20
        label: July 2021 monitoring meeting
        state: draft
        actions:
          A1.1: {status: blue, note: Done.}
          A1.2: {status: red, note: Late.}
        """})
    project = load(root / "plans")
    assert "Draft" not in report_text(project)  # by default: the latest published, as on the site
    text = report_text(project, "2021-07")
    assert "**Draft:** this update is not agreed yet, so it is not on the public progress site." in text
    assert "1 action is delayed, up from 0 in April 2021." in text
    assert "- A1.1 Write a joint strategy: from On track to Completed" in text


def test_report_command_writes_markdown_and_a_tagged_pdf(tmp_path, monkeypatch):
    import pypdf
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    md, pdf = tmp_path / "report.md", tmp_path / "report.pdf"
    assert runner.invoke(main, ["report", "-o", str(md)]).exit_code == 0
    assert md.read_text() == report_text(load(ROOT / "plans"))
    result = runner.invoke(main, ["report", "--period", "2021-10", "-o", str(pdf)])
    assert result.exit_code == 0, result.output
    reader = pypdf.PdfReader(pdf)
    assert reader.metadata.title == "Written Statement of Action: progress report, October 2021 monitoring meeting"
    words = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "21 of 22 actions are under way (95.5%), up from 90.9% in July 2021." in words
    assert "You said, we did" in words
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/Lang"] == "en-GB"  # tagged, for screen readers


def test_report_command_says_which_periods_exist(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["report", "--period", "2020-01"])
    assert result.exit_code == 1
    assert "No update 2020-01 in plan wsoa-2020: its updates are 2021-04, 2021-07, 2021-10, 2022-01." in result.output


def test_the_report_counts_families_apart_from_the_inspectors(make_project):
    from conftest import ENGAGEMENT, LETTER
    text = report_text(load(make_project({"plans/feedback/survey.yaml": ENGAGEMENT,
                                          "plans/feedback/letter.yaml": LETTER}) / "plans"))
    said, others = text.split("## You said, we did")[1].split("## What others told us: reviews and inspections")
    assert "up to this meeting:\n2 things (1 done, 1 planned)." in said and "inspectors" not in said
    assert "up to this meeting:\n1 thing (1 done)." in others
    assert "The inspectors said: The plan does not say what schools will do." in others
    assert "What we did: We added what schools will do." in others

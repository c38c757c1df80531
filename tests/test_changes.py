"""`progress-pages changes`: a plain-language summary of two commits, tested in a
real temporary git repository holding the example inputs."""
import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

GIT_ENV = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.org",
           "PYTHONPATH": str(ROOT)}


def git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=GIT_ENV)


def edit(path, old, new):
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


@pytest.fixture
def repo(tmp_path):
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "plans", repo / "plans")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "The example")
    plans = repo / "plans"
    january = (plans / "wsoa-2020/updates/2022-01.yaml").read_text()
    april = (january.replace("date: 2022-01-18", "date: 2022-04-20")
             .replace("label: January 2022 monitoring meeting", "label: April 2022 monitoring meeting")
             .replace("state: published", "state: draft"))
    april = re.sub(r"agreed_(by|on): .*\n", "", april)  # a draft, not agreed yet
    april = april.replace("  A1.5:\n    status: green", "  A1.5:\n    status: red", 1)
    april = april.replace("  A1.7:\n    status: green", "  A1.7:\n    status: blue", 1)
    (plans / "wsoa-2020/updates/2022-04.yaml").write_text(april)
    plan = plans / "wsoa-2020/plan.yaml"
    edit(plan, "title: Set up one SEND Partnership Board to lead and check this plan.",
         "title: Set up one SEND Partnership Board to lead this plan.")
    text = plan.read_text()
    start = text.index("      - id: A3.5")
    due = text.index("        due: 2021-12", start)
    plan.write_text(text[:due] + "        due: 2022-06" + text[due + len("        due: 2021-12"):])
    forum = plans / "feedback/2021-06-forum-meeting.yaml"
    text = forum.read_text()
    f1 = text.index("  - id: F1")
    status = text.index("    status: planned", f1)
    forum.write_text(text[:status] + "    status: done\n    we_did: The guide is on the Local Offer.\n"
                     + text[text.index("\n", status) + 1:].replace("    we_will:", "    we_will:", 1))
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "April draft")
    return repo


def changes(repo, *args):
    return subprocess.run([sys.executable, "-m", "generator", "changes", *args], cwd=repo,
                          capture_output=True, text=True, env=GIT_ENV)


def test_summary_lists_what_went_backwards_first(repo):
    result = changes(repo, "HEAD~1", "HEAD")
    assert result.returncode == 0, result.stderr
    lines = [ln for ln in result.stdout.splitlines() if ln.strip()]
    assert lines[:4] == [
        "# What changed",
        "## Things that went backwards",
        "- A1.5 Plan and pay for speech, language and occupational therapy together: from On track to Delayed "
        "in the April 2022 monitoring meeting",
        "- A3.5 Rebuild the Local Offer website with families so that it is easy to use: due date moved "
        "later, from December 2021 to June 2022",
    ]
    # The headline count that went up, with the actions behind it, among what went backwards.
    backwards = result.stdout[:result.stdout.index("\n## ", 20)]
    delayed = next(ln for ln in lines if ln.startswith("- Written Statement of Action: Delayed: "))
    assert delayed in backwards and "A1.5" in delayed.split(": ")[-1]
    text = result.stdout
    assert '- Update "April 2022 monitoring meeting": new, a draft: not yet agreed or public' in text
    assert "## Other status changes\n\n- A1.7 Look again at short breaks" in text
    assert "from On track to Completed" in text
    assert ('- A1.2: title: was "Set up one SEND Partnership Board to lead and check this plan.", '
            'now "Set up one SEND Partnership Board to lead this plan."') in text
    assert "(answered: was planned, now done)" in text
    assert text.index("## Things that went backwards") < text.index("## Drafts added or removed")
    assert "&#" not in text  # plain text: no character references


def test_without_head_compares_with_the_files_as_they_are(repo):
    edit(repo / "plans/wsoa-2020/updates/2022-04.yaml", "  A1.1:\n    status: blue", "  A1.1:\n    status: amber")
    result = changes(repo, "HEAD")
    assert result.returncode == 0, result.stderr
    assert ("- A1.1 Write a joint SEND commissioning strategy with families: changed in the April 2022 "
            "monitoring meeting from Completed to In progress") in result.stdout


def test_two_folders_and_no_change(repo, tmp_path):
    result = changes(repo, str(ROOT / "plans"), str(ROOT / "plans"))
    assert result.returncode == 0, result.stderr
    assert "Nothing in the plans, updates, feedback or measures changed." in result.stdout


def test_an_unknown_revision_is_a_clear_error(repo):
    result = changes(repo, "no-such-branch", "HEAD")
    assert result.returncode == 1
    assert "git could not read that" in result.stderr


def test_summary_can_be_appended_to_a_file(repo, tmp_path):
    out = tmp_path / "summary.md"
    out.write_text("existing\n")
    assert changes(repo, "HEAD~1", "HEAD", "--output", str(out)).returncode == 0
    assert out.read_text().startswith("existing\n# What changed")


def test_the_new_fields_of_a_plan_are_in_the_summary_and_others_voices_apart(repo):
    plans = repo / "plans"
    edit(plans / "wsoa-2020/plan.yaml", "    finding: area-of-weakness\n", "    finding: area-for-priority-action\n")
    edit(plans / "wsoa-2020/plan.yaml", "    partners: [icb]\n", "    partners: [icb, council]\n")
    edit(plans / "wsoa-2020/plan.yaml", "  - date: 2020-10-07\n    kind: published\n",
         "  - date: 2020-10-08\n    kind: published\n")
    letter = plans / "feedback/2020-09-inspectors-letter.yaml"
    letter.write_text(letter.read_text() + "\n  - id: L9\n    theme: Measures\n    you_said: Say how you will "
                      "measure it.\n    status: done\n    we_did: We added measures.\n")
    result = changes(repo, "HEAD")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert '- P1: finding: was "area-of-weakness", now "area-for-priority-action"' in text
    assert '- P3: partners: was "icb", now "icb; council"' in text
    assert "- the plan: timeline: was " in text and "8 October 2020 published" in text
    others = text.index("## What others told us")
    assert "- Measures (Inspectors" in text[others:]
    assert "- Measures (Inspectors" not in text[:others] and "## You said, we did" not in text


PREVIEW = "https://example.github.io/progress/previews/pr-7/"


def test_with_a_link_base_the_summary_links_the_preview_and_each_changed_page(repo):
    result = changes(repo, "HEAD~1", "HEAD", "--link-base", PREVIEW)
    assert result.returncode == 0, result.stderr
    summary, links = result.stdout.split("## See it in the preview")
    assert summary == changes(repo, "HEAD~1", "HEAD").stdout.rstrip() + "\n\n"
    assert f"(<{PREVIEW}index.html>)" in links.split("\n\n")[1]  # the preview's home page
    pages = [line.split("](<")[1].removesuffix(">)") for line in links.splitlines() if line.startswith("- [")]
    # The new draft update, the actions whose status, due date or title changed (A1.5,
    # A3.5, A1.7, A1.2), each at its part of its priority's page, and the answered
    # feedback item. A preview names its pages by their files (--preview implies --file-urls).
    assert pages == [f"{PREVIEW}wsoa-2020/updates/2022-04.html", f"{PREVIEW}wsoa-2020/p1.html#action-a1-5",
                     f"{PREVIEW}wsoa-2020/p3.html#action-a3-5", f"{PREVIEW}wsoa-2020/p1.html#action-a1-7",
                     f"{PREVIEW}wsoa-2020/p1.html#action-a1-2",
                     f"{PREVIEW}you-said-we-did/2021-06-forum-meeting.html#item-f1"]
    assert "- [Written Statement of Action: April 2022 monitoring meeting](<" in links
    assert "&#" not in links


def test_a_link_base_must_be_a_web_address(repo):
    result = changes(repo, "HEAD~1", "HEAD", "--link-base", "javascript:alert(1)")
    assert result.returncode != 0 and "not a web address" in result.stderr

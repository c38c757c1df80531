"""The real thing: MkDocs --strict with the Material theme builds the site."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import PLAN, ROOT, SITE, UPDATE, write
from generator.model import Action
from htmltools import pages
from sitebuild import CLI, copy_of, run, site_copy, tree_digest

SVG = "http://www.w3.org/2000/svg"


def test_example_site_has_home_plan_and_priority_pages(example_site):
    built = pages(example_site)
    for page in ("index.html", "wsoa-2020/index.html", "wsoa-2020/p1/index.html",
                 "wsoa-2020/p2/index.html", "wsoa-2020/p3/index.html", "about/index.html"):
        assert page in built
    assert "All 22 actions are now under way, up from 95.5% in October 2021." in built["index.html"].text


def test_every_status_in_the_html_carries_its_label(example_site):
    labels = {"Not started", "Delayed", "In progress", "On track", "Completed"}
    count = 0
    for name, page in pages(example_site).items():
        for badge in page.with_class("status"):
            count += 1
            assert " ".join(badge.text.split()) in labels, (name, badge)
            assert "svg" in badge.children_tags, (name, badge)  # icon as well as words
    assert count > 100


def test_actions_are_anchored_sections_of_their_priority_page(example_site):
    page = pages(example_site)["wsoa-2020/p1/index.html"]
    ids = {e.attrs.get("id") for e in page.elements}
    links = {e.attrs.get("href") for e in page.elements if e.tag == "a"}
    assert {"action-a1-1", "action-a1-7"} <= ids
    assert "#action-a1-1" in links


def resolve(site: Path, page_name: str, href: str) -> tuple[str, str]:
    """The built page and anchor a relative link from page_name points to."""
    import posixpath
    target, _, anchor = href.partition("#")
    folder = posixpath.dirname(page_name)
    path = posixpath.normpath(posixpath.join(folder, target)) if target else page_name
    if not posixpath.splitext(path)[1]:  # a page's folder
        path = posixpath.join(path, "index.html")
    return path.removeprefix("./"), anchor


def test_links_between_actions_and_feedback_resolve_both_ways(example_site):
    built = pages(example_site)
    to_feedback = back = 0
    for name, page in built.items():
        for e in page.elements:
            href = e.attrs.get("href") or ""
            if e.tag != "a" or name == "404.html" or href.startswith(("http", "mailto:", "tel:")) or not href:
                continue
            target, anchor = resolve(example_site, name, href)
            if "#item-" in href and name.startswith("wsoa-2020/"):
                to_feedback += 1
            if "#action-" in href and name.startswith("you-said-we-did/"):
                back += 1
            if not target.endswith(".html"):  # a download or the feed
                assert (example_site / target).is_file(), (name, href)
                continue
            assert target in built, (name, href)
            if anchor:
                assert anchor in {x.attrs.get("id") for x in built[target].elements}, (name, href)
    assert to_feedback >= 12 and back >= 12


def test_no_request_leaves_the_site(example_site):
    """No Google Fonts, CDN or analytics: every src and stylesheet is local."""
    for name, page in pages(example_site).items():
        for e in page.elements:
            # A canonical or alternate link names an address; it does not fetch anything.
            fetches = e.tag == "link" and e.attrs.get("rel") not in ("canonical", "alternate")
            ref = e.attrs.get("src") if e.tag in ("script", "img", "iframe") else (
                e.attrs.get("href") if fetches else None)
            assert not ref or not ref.startswith(("http:", "https:", "//")), (name, ref)


HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) | {: onclick=alert(4) }'


def test_hostile_text_in_every_field_is_shown_as_text(tmp_path):
    plan = PLAN
    for line in ("title: Written Statement of Action", "summary: What we will do.",
                 "title: Joint commissioning", "inspectors_found: There is no joint plan.",
                 "what_it_means: Services do not join up.", "lead: Director of Children's Services",
                 "title: Write a joint strategy", "lead: Head of Commissioning"):
        key = line.split(":")[0]
        plan = plan.replace(line, f"{key}: '{HOSTILE}'")
    plan = plan.replace("        due: 2021-03\n", f"        due: 2021-03\n        tasks: ['{HOSTILE}']\n"
                        f"        evidence: ['{HOSTILE}']\n")
    site = SITE.replace("name: Testshire\n", f"name: '{HOSTILE}'\n").replace(
        "role: Local council", f"role: '{HOSTILE}'")
    update = UPDATE.replace("note: The draft is written.", f"note: '{HOSTILE}'").replace(
        "label: April 2021 monitoring meeting", f"label: '{HOSTILE}'")
    feedback = (f"title: '{HOSTILE}'\nchannel: survey\nparticipants: {{group: '{HOSTILE}'}}\n"
                "start: 2021-03-01\nstate: published\nsummary: '{h}'\nitems:\n"
                "  - {id: S1, theme: '{h}', you_said: '{h}', status: doing, we_did: '{h}', "
                "we_will: '{h}', actions: [A1.1]}\n").replace("{h}", HOSTILE)
    plans = write(tmp_path / "in", {"plans/feedback/s.yaml": feedback,
                                    "plans/site.yaml": site, "plans/wsoa/plan.yaml": plan,
                                    "plans/wsoa/updates/2021-04.yaml": update,
                                    "plans/measures.yaml": "measures:\n  - {id: ehcp-20-weeks, "
                                    f"name: '{HOSTILE}', description: x, unit: percent, better: higher, "
                                    f"baseline: {{value: 41, date: 2020-06}}, source: '{HOSTILE}', "
                                    f"comparators: ['{HOSTILE}']}}\n",
                                    "plans/measures/ehcp-20-weeks.csv": f"date,value,{HOSTILE}\n"
                                    "2020-06,41,50\n2020-09,45,\n"}) / "plans"
    root = site_copy(tmp_path, plans)
    result = run(["build"], root)
    assert result.returncode == 0, result.stderr
    shown = 0
    for name, page in pages(root / "site").items():
        for e in page.elements:
            assert not any(a.startswith("on") for a in e.attrs), (name, e)
            assert not (e.attrs.get("href") or "").lower().startswith("javascript"), (name, e)
            if e.tag == "script":
                assert "alert" not in e.text, (name, e)
            assert e.tag != "img" or e.attrs.get("src") != "x", (name, e)
        shown += page.text.count("<script>alert(1)</script>")
        assert "<title><script>" not in (root / "site" / name).read_text()
    assert shown >= 10
    charts = sorted((root / "site").rglob("*.svg"))
    assert len(charts) == 2  # the measure's and the actions by status
    for chart in charts:  # the text is in the chart, as text only
        svg = ET.parse(chart).getroot()
        assert not [e for e in svg.iter() if e.tag.endswith("script") or e.tag.endswith("foreignObject")]
        assert not [a for e in svg.iter() for a in e.attrib if a.startswith("on")]
    measure_chart = root / "site" / "measures" / "ehcp-20-weeks" / "ehcp-20-weeks.svg"
    assert HOSTILE in ET.parse(measure_chart).getroot().find(f"{{{SVG}}}desc").text


FIVE_MISTAKES = {
    "plans/wsoa/plan.yaml": PLAN.replace("        lead: Head of Commissioning\n",
                                         "        lead: Head of Commissioning\n        leed: x\n")
                                .replace("due: 2021-06-30", "due: 2021-06-31"),
    "plans/wsoa/updates/2021-04.yaml": UPDATE.replace("status: green", "status: Greem")
                                             .replace("A1.2:", "A1.3:"),
    "plans/site.yaml": SITE + "  report_url: www.example.gov.uk\n",
}


def test_five_mistakes_are_all_reported_and_the_site_is_left_alone(example_project, tmp_path):
    root = copy_of(example_project, tmp_path)
    before = tree_digest(root / "site")
    shutil.rmtree(root / "plans")
    write(root, {**FIVE_MISTAKES, "plans/measures.yaml": (ROOT / "tests/conftest.py").read_text()
                 .split('MEASURES = """\\\n')[1].split('"""')[0]})
    result = run(["build"], root)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[:-1] == [
        "plans/site.yaml:12:15: inspection.report_url: 'www.example.gov.uk' is not a web address: "
        "it must start with https:// (or http://) and contain no spaces",
        "plans/wsoa/plan.yaml:13:9: priorities[0].actions[0].leed: unknown field 'leed'; did you mean "
        f"'lead'? (allowed here: {', '.join(Action.model_fields)})",
        "plans/wsoa/plan.yaml:19:14: priorities[0].actions[1].due: '2021-06-31' is not a real date: "
        "write YYYY-MM-DD (e.g. 2021-03-31) or, for 'by the end of the month', YYYY-MM (e.g. 2021-03), "
        "or 'tbc' if it is not set yet",
        "plans/wsoa/updates/2021-04.yaml:4:1: actions: no status for action 'A1.2' (Agree the strategy "
        "with partners): every action in the plan needs one.",
        "plans/wsoa/updates/2021-04.yaml:6:13: actions.A1.1.status: status 'Greem' is not one of "
        "not-started, red, amber, green, blue; did you mean 'green'?",
        "plans/wsoa/updates/2021-04.yaml:8:3: actions.A1.3: there is no action 'A1.3' in "
        "plans/wsoa/plan.yaml; did you mean 'A1.2'?",
    ]
    assert lines[-1] == "6 errors, 0 warnings: the site was not changed."
    assert tree_digest(root / "site") == before
    assert run(["check"], root).returncode == 1


def test_a_failed_mkdocs_build_leaves_the_previous_site(example_project, tmp_path):
    root = copy_of(example_project, tmp_path)
    before = tree_digest(root / "site")
    (root / "content" / "about.md").write_text("# About\n\n[broken](missing.md)\n")
    result = run(["build"], root)
    assert result.returncode == 1
    assert "missing.md" in result.stderr and "The site was not changed." in result.stderr
    assert tree_digest(root / "site") == before
    assert not [p for p in root.iterdir() if p.name.startswith(".site-")]


def test_plain_mkdocs_build_uses_the_plugin_and_refuses_bad_plans(tmp_path):
    root = site_copy(tmp_path)
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--strict"]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    ok = subprocess.run(mkdocs, cwd=root, capture_output=True, text=True, env=env)
    assert ok.returncode == 0, ok.stderr
    assert (root / "site" / "wsoa-2020" / "p2" / "index.html").is_file()
    write(root, {"plans/wsoa-2020/updates/2021-04.yaml": UPDATE})
    bad = subprocess.run(mkdocs, cwd=root, capture_output=True, text=True, env=env)
    assert bad.returncode == 1
    assert ("plans/wsoa-2020/updates/2021-04.yaml:4:1: actions: no status for 20 actions: A1.3, A1.4, "
            "A1.5") in bad.stderr
    assert "the plans have problems, so the site was not built" in bad.stderr


def test_a_hand_written_page_may_not_replace_a_generated_one(tmp_path):
    root = site_copy(tmp_path)
    (root / "content" / "index.md").write_text("# Mine\n")
    result = run(["build"], root)
    assert result.returncode == 1
    assert "content/index.md has the same name as a generated page" in result.stderr


def test_serve_rebuilds_when_an_update_file_changes(tmp_path):
    import socket
    import time
    import urllib.request

    root = site_copy(tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(CLI + ["serve", "--dev-addr", f"127.0.0.1:{port}"], cwd=root,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})

    def page_text() -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/wsoa-2020/p1/", timeout=5) as r:
            return r.read().decode()

    def wait_for(condition, seconds=30.0):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if condition(page_text()):
                    return True
            except OSError:
                pass
            time.sleep(0.3)
        return False

    try:
        assert wait_for(lambda html: "A1.1" in html), "the preview did not start"
        update = root / "plans" / "wsoa-2020" / "updates" / "2022-01.yaml"
        text = update.read_text()
        first_note = text.split("note: ", 1)[1].split("\n", 1)[0]
        update.write_text(text.replace(first_note, "Changed while previewing.", 1))
        assert wait_for(lambda html: "Changed while previewing." in html), "no rebuild after the edit"
    finally:
        server.terminate()
        server.wait(timeout=10)

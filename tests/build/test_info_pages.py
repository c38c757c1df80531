"""The glossary in the built site: every page explains its abbreviations, the
"Words we use" page lists them, and the footer of every page links to it."""
from __future__ import annotations

import pytest

from conftest import PLAN, SITE, UPDATE, MEASURES, write
from htmltools import pages
from sitebuild import run, site_copy


@pytest.fixture(scope="module")
def built(example_site):
    return pages(example_site)


def test_abbreviations_are_explained_on_every_page(built):
    home = built["index.html"]
    send = [e for e in home.elements if e.tag == "abbr" and e.text == "SEND"]
    # The home page writes it out itself, so the mark keeps what it stands for.
    assert send and send[0].attrs["title"] == "Special educational needs and disabilities"
    p1 = built["wsoa-2020/p1/index.html"]
    titles = {e.text: e.attrs["title"] for e in p1.elements if e.tag == "abbr"}
    assert titles["ICB"].startswith("The NHS body that plans and pays")  # written out beside it
    assert "Integrated Care Board, ICB" in p1.text or "Integrated Care Board (ICB)" in p1.text
    assert titles["SEND Partnership Board"].startswith("The meeting where leaders")  # the area's own word


def test_each_word_is_written_out_and_marked_at_its_first_use_only(built):
    for name, page in built.items():
        marked = [e.text for e in page.elements if e.tag == "abbr"]
        assert len(marked) == len(set(marked)), f"{name} marks {marked} more than once"
    p3 = built["wsoa-2020/p3/index.html"]
    assert [e.text for e in p3.elements if e.tag == "abbr"].count("Local Offer") == 1
    assert p3.text.count("Local Offer") > 10  # every use is still there, as text
    assert "attention deficit hyperactivity disorder (ADHD)" in p3.text
    plan = built["wsoa-2020/index.html"]
    assert "Written Statement of Action" in [e.text for e in plan.elements if e.tag == "abbr"]


def test_the_glossary_page_lists_every_word_and_every_page_links_to_it(built):
    glossary = built["glossary/index.html"]
    assert "SENCO Special educational needs co-ordinator. The teacher in a school" in glossary.text
    assert "Local Offer The website that lists SEND services" in glossary.text
    for name, page in built.items():
        here = "./" if name == "glossary/index.html" else "glossary/"
        links = [e for e in page.elements if e.tag == "a" and "Words we use" in e.text
                 and (e.attrs.get("href") or "").endswith(here)]
        assert links, f"{name} has no link to the glossary"


def test_glossary_text_is_shown_as_text(tmp_path):
    hostile = '<script>alert(1)</script> [x](javascript:alert(3)) " onmouseover="alert(4)'
    plans = write(tmp_path / "in", {
        "plans/site.yaml": SITE, "plans/measures.yaml": MEASURES, "plans/wsoa/plan.yaml": PLAN,
        "plans/wsoa/updates/2021-04.yaml": UPDATE,
        "plans/glossary.yaml": f"terms:\n  - term: Testshire\n    stands_for: '{hostile}'\n"
                               f"    meaning: '{hostile}'\n"}) / "plans"
    root = site_copy(tmp_path, plans)
    result = run(["build"], root)
    assert result.returncode == 0, result.stderr
    built = pages(root / "site")
    abbrs = [e for e in built["index.html"].elements if e.tag == "abbr" and e.text == "Testshire"]
    assert abbrs and abbrs[0].attrs["title"] == hostile
    for name, page in built.items():
        for e in page.elements:
            assert not any(a.startswith("on") for a in e.attrs), (name, e)
            assert not (e.attrs.get("href") or "").startswith("javascript"), (name, e)
    assert "<script>alert(1)</script>" in built["glossary/index.html"].text


def test_the_accessibility_statement_has_what_the_regulations_ask_for(built):
    statement = built["accessibility/index.html"].text
    headings = [" ".join(e.text.split()) for e in built["accessibility/index.html"].elements
                if e.tag in ("h1", "h2", "h3", "h4")]
    assert headings[:1] == ["Accessibility statement"]
    for heading in ("Ask for this information in another format", "Report a problem with this website",
                    "Enforcement procedure", "Compliance status", "Non-accessible content",
                    "Preparation of this accessibility statement"):
        assert heading in headings, heading
    assert "This website is partially compliant with the Web Content Accessibility Guidelines " \
           "version 2.2 AA standard, because of the problems listed below." in statement
    assert "This fails WCAG 2.2 success criterion 2.1.1 Keyboard. We plan to fix this by June 2022." \
        in statement
    assert "Email: send.improvement@example.gov.uk" in statement
    assert "reply within 10 working days" in statement
    assert "contact the Equality Advisory and Support Service" in statement
    assert "This statement was prepared on 20 April 2021. It was last reviewed on 25 January 2022." \
        in statement
    for name, page in built.items():
        assert any(e.tag == "a" and e.text.strip() == "Accessibility statement" for e in page.elements), name


def test_without_its_facts_there_is_no_statement_page(tmp_path):
    plans = write(tmp_path / "in", {"plans/site.yaml": SITE, "plans/measures.yaml": MEASURES,
                                    "plans/wsoa/plan.yaml": PLAN,
                                    "plans/wsoa/updates/2021-04.yaml": UPDATE}) / "plans"
    root = site_copy(tmp_path, plans)
    assert run(["build"], root).returncode == 0
    assert not (root / "site" / "accessibility").exists()
    assert "Accessibility statement" not in (root / "site" / "index.html").read_text()

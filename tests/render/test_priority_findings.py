"""A priority as the current framework reports it: what kind of finding it is, the
inspectors' own words (a quotation, not graded for reading level), its aim for
families and the partners who must take it forward."""
import pytest

from conftest import PLAN, SITE
from generator.render import render_pages
from generator.validate import load_project

P = "plans/wsoa/plan.yaml"
SITE_WITH_IDS = SITE.replace("    - name: Testshire Council\n      role: Local council\n",
                             "    - id: council\n      name: Testshire Council\n      role: Local council\n"
                             "    - id: icb\n      name: NHS Testshire ICB\n      role: NHS Integrated Care Board\n")
QUOTE = ("Leaders have not ensured that the arrangements for the identification, assessment and "
         "meeting of needs are sufficiently coordinated, consistently implemented or evaluated.")


def priority(**fields) -> str:
    extra = "".join(f"    {k}: {v}\n" for k, v in fields.items())
    return PLAN.replace("    lead: Director of Children's Services\n",
                        "    lead: Director of Children's Services\n" + extra)


def page(make_project, plan: str, site: str = SITE_WITH_IDS, plain_english=False):
    root = make_project({P: plan, "plans/site.yaml": site})
    project, report = load_project(root / "plans", root, plain_english=plain_english)
    assert report.ok, report.summary()
    return render_pages(project)["wsoa/p1.md"], report


@pytest.mark.parametrize("field, value, said", [
    ("finding", "area-for-priority-action", "The inspection report calls it an area for priority action."),
    ("finding", "area-for-improvement", "The inspection report calls it an area for improvement."),
    ("finding", "area-of-weakness", "The inspection report calls it an area of significant weakness."),
    ("partners", "[council, icb]", "Testshire Council and NHS Testshire ICB must take it forward."),
    ("partners", "[icb]", "NHS Testshire ICB must take it forward."),
    ("aim", "Families get help sooner.", "**What will be different for families:**\n\nFamilies get help sooner."),
])
def test_each_field_is_said_in_words(make_project, field, value, said):
    text, _ = page(make_project, priority(**{field: value}))
    assert said in text


def test_an_unknown_kind_of_finding_is_refused(problems):
    assert [p[0] for p in problems({P: priority(finding="area-for-concern"), "plans/site.yaml": SITE_WITH_IDS})
            ] == ["wrong-value"]


def test_the_inspectors_words_are_a_quotation_and_not_graded(make_project):
    text, report = page(make_project, priority(inspectors_said=f"'{QUOTE}'"), plain_english=True)
    assert "??? more \"In the inspectors' own words\"\n\n    > Leaders have not ensured" in text
    assert not [w for w in report.warnings if w.field.endswith("inspectors_said")]
    # The same words as the plain explanation are graded.
    _, graded = page(make_project, PLAN.replace("inspectors_found: There is no joint plan.",
                                                f"inspectors_found: '{QUOTE}'"), plain_english=True)
    assert [w.code for w in graded.warnings if w.field.endswith("inspectors_found")] == ["reading-level"]


def test_hostile_words_in_a_quotation_stay_text(make_project):
    text, _ = page(make_project, priority(inspectors_said="'<script>alert(1)</script> [x](javascript:1)'"))
    assert "<script>" not in text and "](javascript" not in text


def test_without_the_new_fields_the_page_is_as_before(make_project):
    text, _ = page(make_project, PLAN)
    assert "calls it" not in text and "must take it forward" not in text and "own words" not in text


def test_a_partner_that_is_not_in_site_yaml_is_refused_with_a_suggestion(problems, make_project):
    from conftest import messages
    files = {P: priority(partners="[councel]"), "plans/site.yaml": SITE_WITH_IDS}
    assert problems(files) == [("unknown-reference", P, 9, "priorities[0].partners[0]")]
    assert "there is no partner 'councel' in plans/site.yaml; did you mean 'council'?" in messages(
        make_project, files)[0]


def test_partner_ids_are_unique(problems):
    site = SITE_WITH_IDS.replace("    - id: icb\n", "    - id: council\n")
    assert [p[0] for p in problems({"plans/site.yaml": site})] == ["duplicate-id"]

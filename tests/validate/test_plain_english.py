"""Plain English in `check`: reading level and abbreviations, warnings that
`--strict` turns into errors."""
from conftest import PLAN, ROOT, SITE, UPDATE
from generator.validate import load_project
from generator.validate.plain_english import abbreviations
from sitebuild import run
from test_accessibility import STATEMENT

HARD = ("The establishment of comprehensive multidisciplinary arrangements necessitates "
        "considerable organisational collaboration between commissioning organisations.")


def warnings(make_project, files):
    root = make_project({"plans/site.yaml": SITE + STATEMENT, **files})
    project, report = load_project(root / "plans", root, plain_english=True)
    assert report.ok, report.summary()
    return [str(p) for p in report.warnings]


def test_the_example_content_passes_check_strict():
    result = run(["check", "--strict"], ROOT)
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines()[-1].startswith("All good: 1 plan(s), 22 actions")
    assert "warning" not in result.stdout


def test_a_hard_text_is_a_warning_at_its_line(make_project):
    plan = PLAN.replace("inspectors_found: There is no joint plan.", f"inspectors_found: {HARD}")
    assert warnings(make_project, {"plans/wsoa/plan.yaml": plan}) == [
        "plans/wsoa/plan.yaml:6:23: priorities[0].inspectors_found: warning: this reads at school "
        "grade 34.0 (Flesch-Kincaid); aim for 9 or below: use shorter sentences and everyday words."]


def test_short_texts_and_names_are_not_graded(make_project):
    plan = PLAN.replace("title: Joint commissioning", "title: Multidisciplinary commissioning") \
               .replace("lead: Director of Children's Services",
                        "lead: Assistant Director for Education, Inclusion and Commissioning Partnerships")
    assert warnings(make_project, {"plans/wsoa/plan.yaml": plan}) == []


def test_an_abbreviation_missing_from_the_glossary_is_a_warning(make_project):
    update = UPDATE.replace("note: The draft is written.",
                            "note: The SENCO network and the SALT team read the draft about EHCPs.")
    assert warnings(make_project, {"plans/wsoa/updates/2021-04.yaml": update}) == [
        "plans/wsoa/updates/2021-04.yaml:7:11: actions.A1.1.note: warning: 'SALT' is not in the "
        "glossary, so readers cannot look it up: write it out, or add it to plans/glossary.yaml."]
    own = "terms:\n  - {term: SALT, stands_for: Speech and language therapy, meaning: Help to talk.}\n"
    assert warnings(make_project, {"plans/wsoa/updates/2021-04.yaml": update,
                                   "plans/glossary.yaml": own}) == []


def test_capital_words_are_found_once_each():
    assert abbreviations("The SEND team, SENCOs and EHCPs. SEND again; A1.2, P1, Ofsted, COVID-19") == \
        ["SEND", "SENCO", "EHCP", "COVID-19"]


def test_no_statement_is_a_warning(make_project):
    root = make_project()
    project, report = load_project(root / "plans", root, plain_english=True)
    assert [str(p) for p in report.warnings] == [
        "plans/site.yaml:1:1: accessibility: warning: there is no accessibility statement: the law "
        "asks for one. Add 'accessibility:' (see docs/editors-guide.md)."]


def test_check_strict_fails_on_warnings_and_plain_check_does_not(make_project):
    root = make_project()
    plain = run(["check"], root)
    # Not "All good" under a warning: it lists the warning, and says so at the end.
    assert plain.returncode == 0
    assert plain.stdout.splitlines()[-1] == "No errors, 1 warning: 1 plan(s), 2 actions, 1 update(s)."
    assert "there is no accessibility statement" in plain.stdout
    strict = run(["check", "--strict"], root)
    assert strict.returncode == 1
    assert strict.stdout.splitlines()[-1] == "0 errors, 1 warning: --strict treats warnings as errors."


def test_an_abbreviation_spelled_out_in_the_same_text_is_not_warned(make_project):
    spelled = {"LLR": ("Leicester, Leicestershire and Rutland (LLR) partners met. LLR agreed the draft "
                       "and LLR schools will see it."),
               "SENDIAS": "The SEND Information, Advice and Support Service (SENDIAS) read the draft.",
               "CAMHS": "CAMHS (Child and Adolescent Mental Health Services) read the draft."}
    for word, note in spelled.items():
        update = UPDATE.replace("note: The draft is written.", f"note: {note}")
        assert warnings(make_project, {"plans/wsoa/updates/2021-04.yaml": update}) == [], word
    # Only in the text that spells it out, and only when the words are its letters.
    for word, note in (("LLR", "LLR partners met."), ("SALT", "The SALT (see below) read the draft.")):
        update = UPDATE.replace("note: The draft is written.", f"note: {note}")
        assert warned(warnings(make_project, {"plans/wsoa/updates/2021-04.yaml": update})) == [word]


def test_the_plans_ids_are_not_abbreviations_but_other_capitals_with_figures_are(make_project):
    plan = PLAN.replace("id: P1", "id: IPA1").replace("id: A1.1", "id: IPA1.1").replace("id: A1.2", "id: AI1")
    update = UPDATE.replace("A1.1:", "IPA1.1:").replace("A1.2:", "AI1:").replace(
        "note: The draft is written.", "note: Done with IPA1.1 and AI1, for IPA1 and IPA2; KS2 pupils helped.")
    found = warnings(make_project, {"plans/wsoa/plan.yaml": plan, "plans/wsoa/updates/2021-04.yaml": update})
    assert warned(found) == ["KS2"]


def warned(found: list[str]) -> list[str]:
    """The words that warnings say are not in the glossary."""
    return [w.split("warning: '")[1].split("' is not")[0] for w in found]

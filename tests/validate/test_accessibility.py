"""The accessibility statement's facts in site.yaml: checked like every input."""
from conftest import SITE, messages

STATEMENT = """\
accessibility:
  status: partially
  issues:
    - issue: Abbreviations cannot be explained with a keyboard.
      criterion: 2.1.1 Keyboard
      fix_by: 2022-06
  prepared: 2021-04-20
"""


def test_a_complete_statement_is_accepted(make_project):
    assert messages(make_project, {"plans/site.yaml": SITE + STATEMENT}) == []


def test_the_status_must_agree_with_the_listed_problems(make_project):
    fully = SITE + STATEMENT.replace("status: partially", "status: fully")
    assert messages(make_project, {"plans/site.yaml": fully}) == [
        "plans/site.yaml:13:11: accessibility.status: a site with known issues is not fully "
        "compliant: write 'partially'."]
    silent = SITE + "accessibility:\n  status: not\n  prepared: 2021-04-20\n"
    assert messages(make_project, {"plans/site.yaml": silent}) == [
        "plans/site.yaml:13:11: accessibility.status: a 'not' compliant site must say what is not "
        "accessible: list it under 'issues'."]


def test_dates_days_and_status_words_are_checked(make_project):
    bad = SITE + STATEMENT.replace("status: partially", "status: partly") + \
        "  reviewed: 2021-04-01\n  reply_within_days: 0\n"
    # The dates' order is checked too, though other fields of the statement are wrong.
    assert sorted(messages(make_project, {"plans/site.yaml": bad})) == [
        "plans/site.yaml:13:11: accessibility.status: 'partly' is not one of fully, partially, not; "
        "did you mean 'partially'?",
        "plans/site.yaml:19:13: accessibility.reviewed: the statement is reviewed before it was prepared.",
        "plans/site.yaml:20:22: accessibility.reply_within_days: '0' is too small: it must be at least 1",
    ]
    early = SITE + STATEMENT + "  reviewed: 2021-04-01\n"
    assert messages(make_project, {"plans/site.yaml": early}) == [
        "plans/site.yaml:19:13: accessibility.reviewed: the statement is reviewed before it was prepared."]


def test_the_statement_needs_a_way_to_contact_the_area(make_project):
    no_contact = SITE.replace("    email: send@example.gov.uk\n", "    address: County Hall\n") + STATEMENT
    assert messages(make_project, {"plans/site.yaml": no_contact}) == [
        "plans/site.yaml:7:5: area.contact: the accessibility statement must say how to ask for another "
        "format or report a problem: give an email, phone or web_form."]


def test_every_mistake_of_the_statement_is_reported_in_one_run(make_project):
    """Two rules of the file broken, and an unrelated field wrong: all three at once."""
    bad = (SITE.replace("    email: send@example.gov.uk\n", "    address: County Hall\n")
           + STATEMENT.replace("status: partially", "status: fully") + "  reviewed: 2021-04-01\n"
           + "  reply_within_days: 0\n")
    said = messages(make_project, {"plans/site.yaml": bad})
    assert any("accessibility.status: a site with known issues is not fully compliant" in m for m in said)
    assert any("accessibility.reviewed: the statement is reviewed before it was prepared." in m for m in said)
    assert any("accessibility.reply_within_days: '0' is too small" in m for m in said)
    assert any("area.contact: the accessibility statement must say how to ask" in m for m in said)

"""The personal-data guard: a fixture per kind of personal data, allowed public
contacts, and look-alikes that must pass."""
import pytest

from conftest import ENGAGEMENT, UPDATE, messages
from generator.validate.privacy import mask

U = "plans/wsoa/updates/2021-04.yaml"



@pytest.mark.parametrize("text, kind, fragment", [
    ("Contact jo.bloggs@gmail.com for details", "an email address", "jo.bloggs@gmail.com"),
    ("Her mum rang from 07700 900123 twice", "a phone number", "07700 900123"),
    ("Call him on 020 7946 0958", "a phone number", "020 7946 0958"),
    ("Her mobile is +44 7700 900123", "a phone number", "+44 7700 900123"),
    ("NHS number 943 476 5919 was on the form", "an NHS number", "943 476 5919"),
    ("The family lives at LE1 6ZG", "a full postcode", "LE1 6ZG"),
    ("Date of birth given in the note", "a date of birth", "Date of birth"),
    ("The child was born on 3 March 2015", "a date of birth", "born on 3 March 2015"),
])
def test_each_kind_of_personal_data_is_rejected_and_masked(problems, make_project, text, kind, fragment):
    files = {U: UPDATE.replace("note: The draft is written.", f"note: {text}")}
    assert problems(files) == [("personal-data", U, 7, "actions.A1.1.note")]
    message = messages(make_project, files)[0]
    assert f"this looks like {kind} ('{mask(fragment)}')" in message
    assert fragment not in message  # never echoed in full


def test_deny_list_terms(problems, make_project, tmp_path, monkeypatch):
    private = tmp_path / "private-deny-list.txt"
    private.write_text("# names of children we work with\nAlfie Smithson\n")
    monkeypatch.setenv("PROGRESS_PAGES_DENY_LIST", str(private))
    files = {U: UPDATE.replace("note: The draft is written.", "note: We met alfie smithson's school.")}
    assert problems(files) == [("personal-data", U, 7, "actions.A1.1.note")]
    assert f"a name or term from the deny-list ('{mask('alfie smithson')}')" in messages(make_project, files)[0]


def test_deny_list_in_the_plans_folder(problems):
    files = {"plans/deny-list.txt": "Greenfield Primary\n",
             U: UPDATE.replace("note: The draft is written.", "note: Pupils at Greenfield Primary helped.")}
    assert problems(files) == [("personal-data", U, 7, "actions.A1.1.note")]


def test_an_allowed_public_helpline_passes_and_is_listed(problems, make_project):
    item = ENGAGEMENT.replace(
        "we_did: We rewrote our letters with the Parent Carer Forum.",
        "we_did: Every letter now gives the SENDIAS helpline, 0300 123 4567.\n"
        "    public_contacts:\n      - text: 0300 123 4567\n"
        "        reason: Public SENDIAS helpline")
    files = {"plans/feedback/survey.yaml": item}
    assert problems(files) == [("public-contact", "plans/feedback/survey.yaml", 11, "items[0].we_did")]
    assert messages(make_project, files) == [
        "plans/feedback/survey.yaml:11:13: items[0].we_did: note: allowed: phone number "
        "'0300 123 4567' (Public SENDIAS helpline)"]


def test_an_allowed_contact_does_not_cover_other_numbers(problems):
    item = ENGAGEMENT.replace("Letters were hard to follow.", "Ring 020 7946 0958 or 0300 123 4567.").replace(
        "    actions: [A1.1]\n",
        "    actions: [A1.1]\n    public_contacts:\n      - {text: 0300 123 4567, reason: Helpline}\n")
    codes = [p[0] for p in problems({"plans/feedback/survey.yaml": item})]
    assert sorted(codes) == ["personal-data", "public-contact"]


@pytest.mark.parametrize("text", [
    "Between 2019-2021 and 2021 to 2022 we saw 1,234 requests from 1200 families.",
    "Actions A1.2, IPA3.1 and JC-4 were due on 2021-03-31.",
    "Waiting times fell from 58 weeks to 54 weeks; 41 of 41 actions are under way.",
    "The LE1 team and the B12 office met in room 101.",
    "We asked about dates of meetings and when families were born into the system.",
    "Our address is in the contact section; email us through the web form.",
    "Reference 1234567890 is not an NHS number because its check digit is wrong.",
])
def test_look_alikes_do_not_trip_the_guard(problems, text):
    assert problems({U: UPDATE.replace("note: The draft is written.", f"note: '{text}'")}) == []


def test_the_areas_own_contact_details_are_public():
    """site.yaml's contact block holds the council's public email and phone by design."""
    from conftest import SITE
    assert "email: send@example.gov.uk" in SITE  # the base project passes with it


def test_mask_keeps_only_the_ends():
    assert mask("0300 123 4567") == "0•••••••••••7"
    assert mask("abc") == "•••"

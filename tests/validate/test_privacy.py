"""The personal-data guard: a fixture per kind of personal data, allowed public
contacts, and look-alikes that must pass."""
import pytest

from conftest import ENGAGEMENT, UPDATE, messages
from generator.validate import load_project
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


def test_a_deny_list_setting_that_names_no_readable_file_is_an_error(make_project, tmp_path, monkeypatch):
    """Building without the list would publish the names it was meant to stop."""
    root = make_project()
    for missing in (tmp_path / "no-such-list.txt", tmp_path):  # nothing there; a folder
        monkeypatch.setenv("PROGRESS_PAGES_DENY_LIST", str(missing))
        project, report = load_project(root / "plans", root)
        assert project is None
        assert report.flatten("code", "file") == [("deny-list", f"PROGRESS_PAGES_DENY_LIST ({missing})")]


def test_a_deny_list_that_is_not_utf8_is_an_error(make_project, tmp_path, monkeypatch):
    private = tmp_path / "names.txt"
    private.write_bytes("Zo\u00eb Smith\n".encode("latin-1"))
    monkeypatch.setenv("PROGRESS_PAGES_DENY_LIST", str(private))
    root = make_project()
    project, report = load_project(root / "plans", root)
    assert project is None and "not UTF-8" in report.errors[0].message


@pytest.mark.parametrize("text", [
    "Her NI number is QQ 12 34 56 C.", "NI: QQ123456C", "ni qq123456c on the form", "AB 123456 C",
    "QQ-12-34-56-A", "Ask jo\u200b.parent@gmail.com", "Ask jo.parent@gmail\u2060.com",
    "Ask jo.parent\uff20gmail.com", "Ring 07700\u00a0900\u00a0123", "Ring \uff10\uff17\uff17\uff10\uff10 900123",
])
def test_personal_data_in_disguise_is_caught(problems, text):
    assert [p[0] for p in problems({U: UPDATE.replace("note: The draft is written.", f"note: '{text}'")})] == [
        "personal-data"]


@pytest.mark.parametrize("text", [
    "We met on 2021-03-31 and 20 21 22 March.", "Year 12 34 pupils and 56 staff.",
    "Room AB 12, 30 families, 56 replies.", "No 123456 is a case reference.",
])
def test_look_alikes_of_national_insurance_numbers_pass(problems, text):
    assert problems({U: UPDATE.replace("note: The draft is written.", f"note: '{text}'")}) == []


@pytest.mark.parametrize("written", ["Alfie\n      Smithson", "Alfie\u00a0Smithson", "Alfie  Smithson",
                                     "Al\u00adfie Smithson", "ALFIE\u200bSMITHSON"[:5] + " SMITHSON"])
def test_a_deny_listed_name_is_caught_however_it_is_spaced(problems, written):
    files = {"plans/deny-list.txt": "Alfie   Smithson\n",
             U: UPDATE.replace("note: The draft is written.", f"note: |\n      We met {written}.")}
    assert [p[0] for p in problems(files)] == ["personal-data"]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from generator.validate.privacy import INVISIBLE, find_personal_data  # noqa: E402

HIDING = [chr(c) for c in INVISIBLE] + ["\u00a0", "\u2009", "\u3000", "\n", "  "]


@settings(max_examples=200, deadline=None)
@given(data=st.data(), found=st.sampled_from([
    ("jo.parent@gmail.com", "email address"), ("QQ123456C", "National Insurance number"),
    ("07700 900123", "phone number"), ("943 476 5919", "NHS number")]))
def test_personal_data_is_found_whatever_invisible_characters_hide_in_it(data, found):
    text, kind = found
    at = data.draw(st.integers(1, len(text) - 1))
    hide = data.draw(st.sampled_from([h for h in HIDING if not h.isspace()] if " " not in text[at - 1:at + 1]
                                     and kind != "phone number" else HIDING))
    hidden = text[:at] + hide + text[at:]
    assert kind in [h.kind for h in find_personal_data(f"Note: {hidden}.")], repr(hidden)

"""Children's names in the personal-data guard: names written with what identifies a
child or family are stopped and masked; officers, public roles, places and schools are
not; the area's contact is a team's real address."""
from pathlib import Path

import pytest
import yaml

from conftest import ENGAGEMENT, SITE, UPDATE, messages
from generator.load.yaml_source import strings
from generator.validate.privacy import find_personal_data
from hostile import HOSTILE

U = "plans/wsoa/updates/2021-04.yaml"
S = "plans/site.yaml"
ROOT = Path(__file__).resolve().parents[2]
ADVICE = ("Personal details must never be published: remove it. If it is a public service contact "
          "or a named public role, list it under public_contacts in site.yaml with a reason.")


def note(text: str) -> dict:
    return {U: UPDATE.replace("note: The draft is written.", f'note: "{text}"')}


@pytest.mark.parametrize("text, masked", [
    ("Jayden Smith, aged 7 at Oakfield Primary, waited a year.", "J••••••••••h"),
    ("My son Kai (Year 4) has no school place.", "•••"),
    ("Amelia, 9, autistic, was out of school for a term.", "A••••a"),
    ("We heard from her daughter Grace at St Mary's.", "G•••e"),
    ("Oliver's mum said the letters were hard to follow.", "O••••r"),
    ("Noah is 12 and still waits for speech therapy.", "••••"),
    ("Mia (aged 5) started Reception without support.", "•••"),
    ("A parent told us their child, Leo, has ADHD.", "•••"),
    ("Freya has autism and needs a quiet space.", "F•••a"),
    ("The panel heard about 7-year-old Isla and her transport.", "••••"),
    ("Ruby Patel, Year 6 at Greenfield Academy, moved school.", "R••••••••l"),
    ("Our grandson Harry was diagnosed with cerebral palsy.", "H•••y"),
    ("Mohammed's EHCP was late by 30 weeks.", "M••••••d"),
    ("Zara, who is autistic, found the drop-in too loud.", "••••"),
    ("Theo in Year 9 missed a term of school.", "••••"),
    ("His sister, Poppy, attends Hillside Nursery.", "P•••y"),
    ("Aisha Khan, 14, with Down syndrome, spoke at the event.", "A••••••••n"),
    ("My daughter May started college.", "•••"),
    ("Archie goes to Oakfield Primary School and waits for a place.", "A••••e"),
    ("Parents said Jack Wilson in Year 3 had no support.", "J•••••••••n"),
    # Names of children in England's communities, from Faker's lists of many countries
    ("Jakub, 8, waited two terms for a place.", "J•••b"),
    ("My daughter Elif has ADHD.", "••••"),
    ("Our son Ibrahim is in Year 2.", "I•••••m"),
    # Popular names Faker lacks, from the module's own list
    ("My son Albie (Year 2) has no school place.", "A•••e"),
    ("Zayn, 6, is autistic.", "••••"),
])
def test_a_name_with_what_identifies_a_child_is_stopped_and_masked(make_project, text, masked):
    assert messages(make_project, note(text)) == [
        f"{U}:7:11: actions.A1.1.note: this looks like a child's or family member's name ('{masked}'). {ADVICE}"]


TRICKY = [
    "Mark the date: Year 6 pupils move to secondary school in September.",
    "Will this help families of children with autism?",
    "Families in Chelsea, aged 5 to 11, took part.",
    "Oakfield Primary School and St Mary's Academy ran the pilot with Year 6.",
    "The Parent Carer Forum met parents of autistic children.",
    "The Director of Children's Services met Year 11 pupils.",
    "Sarah Jones, Head of SEND, visited Year 6 at Oakfield Primary.",
    "Mrs Patel, the SENCo at Greenfield Academy, spoke about autism.",
    "Dr Amelia Hughes, consultant paediatrician, leads ADHD assessments.",
    "Cllr John Smith, lead member for children, opened the new school.",
    "In May, 12 families told us about their child's school.",
    "The plan is rated Amber for children with autism in Year 9.",
    "Grace Academy and Kingsley Park School opened new places for autistic pupils.",
    "In September the board agreed extra money for autism and ADHD assessments.",
    "Young people aged 16 to 25 told us about college.",
    "Our SENDIAS officer, Emma Brown, supports families of children aged 0 to 25.",
    "St George's Primary has a new resource base for Year 1 children.",
    "Grant funding helped schools support children with ADHD.",
    "The Children's Commissioner, Rachel de Souza, visited a special school.",
    "Head of Inclusion Peter Lee met the Parent Carer Forum about Year 7 transfers.",
    "An Education, Health and Care (EHC) plan sets out a child's needs.",
    "So an EHC plan ending should never be a surprise.",
]


@pytest.mark.parametrize("text", TRICKY)
def test_officers_roles_places_and_schools_are_not_childrens_names(problems, text):
    assert problems(note(text)) == []


def _texts(files: list[Path]) -> list[str]:
    return [text for f in files for _, text in strings(yaml.safe_load(f.read_text(encoding="utf-8")))]


def test_no_text_of_the_example_or_the_fixtures_is_taken_for_a_childs_name():
    """The false-positive count, measured on every text there is: it must stay 0."""
    files = [f for folder in ("plans", "tests/fixtures") for f in sorted((ROOT / folder).rglob("*.yaml"))]
    texts = _texts(files) + HOSTILE + TRICKY
    assert len(texts) > 2500  # every text, not a handful
    flagged = [(t, h.fragment) for t in texts for h in find_personal_data(t)
               if h.kind == "child's or family member's name"]
    assert flagged == []


HELPLINE_SITE = SITE + ("public_contacts:\n  - text: Jane Smith\n"
                        "    reason: Director of Children's Services, named in the published plan\n")


def test_a_public_role_listed_in_site_yaml_is_allowed_in_an_update_note(problems, make_project):
    files = {S: HELPLINE_SITE, **note("Parents of Year 6 pupils met Jane Smith about transfers.")}
    # Without the listing, the name beside 'Year 6' is stopped.
    assert [p[0] for p in problems({**files, S: SITE})] == ["personal-data"]
    assert problems(files) == [("public-contact", U, 7, "actions.A1.1.note")]
    assert messages(make_project, files) == [
        f"{U}:7:11: actions.A1.1.note: note: allowed: child's or family member's name 'Jane Smith' "
        "(Director of Children's Services, named in the published plan)"]


def test_a_helpline_listed_in_site_yaml_is_allowed_in_feedback_too(problems):
    files = {S: SITE + "public_contacts:\n  - {text: 0300 123 4567, reason: SENDIAS helpline}\n",
             "plans/feedback/survey.yaml": ENGAGEMENT.replace("Letters were hard to follow.",
                                                               "Ring SENDIAS on 0300 123 4567.")}
    assert [p[0] for p in problems(files)] == ["public-contact"]


def test_an_empty_contact_is_an_error_that_says_what_to_write(make_project):
    files = {S: SITE.replace("  contact:\n    email: send@example.gov.uk\n", "  contact: {}\n")}
    assert messages(make_project, files) == [
        f"{S}:6:12: area.contact: the site would show an empty 'Contact us' section: write at least one "
        "of email (the team's address, e.g. send@yourcouncil.gov.uk), phone, address or web_form"]


@pytest.mark.parametrize("field, value", [("email", "email@example.com"), ("email", "name@domain.com"),
                                          ("email", "firstname.lastname@council.gov.uk"),
                                          ("phone", "TBC"), ("phone", "01234 567890"), ("phone", "0000 000000")])
def test_a_placeholder_contact_is_an_error(problems, field, value):
    files = {S: SITE.replace("email: send@example.gov.uk", f"{field}: {value}")}
    assert problems(files) == [("wrong-value", S, 7, f"area.contact.{field}")]


@pytest.mark.parametrize("email", ["jane.smith@testshire.gov.uk", "Chris_Jones2@testshire.gov.uk"])
def test_a_named_officers_address_is_a_warning_suggesting_a_team_address(make_project, email):
    found = messages(make_project, {S: SITE.replace("send@example.gov.uk", email)})
    assert len(found) == 1 and "this looks like a person's own address" in found[0]
    assert "Use a team address" in found[0] and email not in found[0]


@pytest.mark.parametrize("email", ["send@example.gov.uk", "send.improvement@example.gov.uk",
                                   "local.offer@testshire.gov.uk", "sen.team@testshire.gov.uk"])
def test_team_addresses_pass(problems, email):
    assert problems({S: SITE.replace("send@example.gov.uk", email)}) == []

"""Children's names: a first name written with what identifies a child or a family.

A name alone is not personal data on these pages (officers, partners and public
roles are named on purpose); a name beside a child's age, year group, school,
diagnosis or family ("my son Kai", "Amelia, 9, autistic", "Jayden Smith, aged 7
at Oakfield Primary") is. First names come from Faker's person providers (about
17,000 from 60 countries and languages, read from the installed package) and the
few popular children's names they lack: a capitalised word none of them knows is
never taken for a name.

The guard must not cry wolf on plan texts, so a single first name counts only
right beside what identifies the child (after "my son", before ", 9," or "'s
mum"); a full name counts anywhere in the same sentence as such words, unless a
title or a job says it is a member of staff.
"""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from functools import cache
from typing import Iterator

from ..load.yaml_source import Source
from ..model import Site
from ..problems import Problem

# A family word after 'my', 'her'...: the name that follows is the family's.
FAMILY = (r"(?:son|daughter|child|grandson|granddaughter|grandchild|stepson|stepdaughter|foster child"
          r"|brother|sister|twins?|sibling|nephew|niece|baby|toddler|boy|girl|teenager|mum|mom|mother|dad"
          r"|father|grandma|grandmother|nan|nana|grandad|grandfather|gran)")
# Said of a child in the family's words; 'parent' and 'carer' are left out, as the
# Parent Carer Forum's members are named in their public role.
FAMILY_OWNED = FAMILY + r"|parents|family|school|class|nursery|college|teacher|SENCO|EHCP|EHC plan|needs" \
    r"|diagnosis|assessment|annual review|tribunal|appeal|place|transport|support|TA"
DIAGNOSIS = (r"(?:autis(?:m|tic)|ASD|ASC|ADHD|dyslexi[ac]|dyspraxi[ac]|dyscalculia|Down'?s? syndrome"
             r"|cerebral palsy|epilep(?:sy|tic)|PDA|SEMH|SLCN|learning disabilit(?:y|ies)|global developmental delay"
             r"|non-verbal|non-speaking|Tourette'?s?|selective mutism|sensory processing|visually impaired"
             r"|hearing impaired|deaf|an? EHCP|an? EHC plan|a diagnosis)")
AGE = r"(?:aged? )?(?:[0-9]|1[0-9]|2[0-5])(?: ?-? ?years? ?-? ?old| ?yrs?)?"
# After the number, nothing that makes it a count ('12 families'), a range ('5 to 11')
# or a time ('12 weeks').
AGE_ENDS = r"(?!\s*(?:[0-9%.,-][0-9]|to\b|or\b|per\b|[a-z]+s\b|weeks?|months?|days?|hours?))\b"
YEAR_GROUP = r"(?:Year|Yr|Y) ?(?:[0-9]|1[0-4])\b|Reception|nursery"
SCHOOL_WORDS = r"(?:Primary|School|Academy|College|Nursery|Infants?|Juniors?|High)"
SCHOOL = (rf"(?:(?-i:St\.? [A-Z][a-z]+['’]s|(?:[A-Z][a-z]+ )+{SCHOOL_WORDS}\b)"
          r"|(?:primary|secondary|special|infant|junior|high) school)")
# What follows a name to say it is a child's: ', 9,' '(Year 4)' ' is autistic' ' at Oakfield Primary'.
AFTER = re.compile(
    rf"^(?:['’]s (?:{FAMILY_OWNED})\b"
    rf"|(?:, (?:an? )?| \(| )(?:who )?(?:(?:is|was|has|had|now|just|turned|with|attends|goes to|currently"
    rf"|diagnosed with|a diagnosis of|in|at) (?:an? )?)*"
    rf"(?:{AGE}{AGE_ENDS}|(?:{YEAR_GROUP})|{DIAGNOSIS}\b|{SCHOOL}))", re.IGNORECASE)
# What comes before a name to say it is a child's: 'her daughter', '7-year-old'.
BEFORE = re.compile(
    rf"(?:\b(?:my|her|his|their|our|your|a|whose)(?: \w+)? {FAMILY},?"
    rf"|\b(?:[0-9]|1[0-9])[- ]years?[- ]old|\b(?:Year|Y) ?[0-9]{{1,2}} (?:pupil|child|student|boy|girl)) $",
    re.IGNORECASE)
# Anywhere in the sentence, beside a full name.
MARKER = re.compile(
    rf"\b(?:{FAMILY}|aged? [0-9]{{1,2}}|[0-9]{{1,2}}[- ]years?[- ]old|{YEAR_GROUP}|{DIAGNOSIS})\b|{SCHOOL}",
    re.IGNORECASE)
# Texts without any of these words hold no child's name by this check's rules: most
# texts are passed over at that cost.
ANY_MARKER = re.compile(
    rf"[0-9]|['’]s\b|\b(?:{FAMILY}|aged?|years?[- ]old|Y(?:ea)?r ?[0-9]|Reception|nursery|{DIAGNOSIS}|school|primary"
    r"|academy|college)", re.IGNORECASE)

WORD = re.compile(r"(?<![\w'’-])(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
SENTENCE_END = re.compile(r"[.!?;:]\s|\s[-–•*]\s")
# Words a name before them makes a place or an organisation: 'Grace Academy', 'Kingsley Park'.
PLACE_WORDS = {
    "Primary", "School", "Academy", "College", "Nursery", "Infant", "Infants", "Junior", "Juniors", "High",
    "Park", "Road", "Street", "Lane", "House", "Centre", "Center", "Hospital", "Trust", "Court", "Hall",
    "Ward", "Surgery", "Close", "Way", "Avenue", "Green", "Hill", "Community", "Church", "Library",
    "Foundation", "Unit", "Team", "Service", "Services", "Hub", "Forum", "Council", "Group", "Board",
    "Partnership", "Federation", "Campus", "University", "Place", "Gardens", "Square", "Children",
    "Children's", "Year", "Reception", "Red", "Amber", "Blue", "Grey", "Gold", "Silver", "Review",
}
PLACES_AFTER = {"in", "at", "from", "near", "across", "around", "to", "into", "throughout", "within", "outside"}
# Said of a member of staff or a public figure, just before or after the name.
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Cllr", "Councillor", "Prof", "Professor", "Sir", "Dame",
          "Lord", "Lady", "Rev", "Revd", "St", "Saint", "Queen", "King", "Prince", "Princess"}
ROLES = re.compile(
    r"\b(?:head(?:teacher)?|teacher|SENCO|principal|director|manager|officer|lead|leader|co-?ordinator|chair"
    r"(?:man|person|woman)?|councillor|member|MP|minister|commissioner|inspector|advis[eo]r|consultant|nurse"
    r"|doctor|paediatrician|psychologist|therapist|worker|clinician|executive|chief|deputy|assistant|governor"
    r"|trustee|secretary|president|practitioner|specialist|caseworker|clerk|mayor|CEO|DCS|DMO|DCO|staff"
    r"|colleague|author|presenter|speaker)s?\b", re.IGNORECASE)
# First names that are also words a capitalised sentence may hold ('In May', 'rated
# Amber'): taken for a name only right after a family word.
ALSO_WORDS = {"April", "May", "June", "July", "August", "Amber", "Will", "Mark", "Bill", "Grant"}
# Children's names common in England and Wales that Faker's lists lack: from the ONS's
# lists of baby names (public facts), the four in recent top 100s (Albie, Jenson, Esme,
# Maisie; every other name in those top 100s is in Faker's lists) and names given to many
# babies in its Muslim and South Asian families, whose Latin spellings Faker's Arabic,
# Urdu and Hindi lists do not hold.
POPULAR_NAMES = ("Albie", "Jenson", "Esme", "Maisie",
                 "Zayn", "Rayyan", "Zakariya", "Eesa", "Amaan", "Rehan", "Aanya")
# Common names of British families of South Asian, Arabic, Turkish, Kurdish, Somali and
# West African heritage in the Latin spellings families use, which Faker holds only in
# other scripts or not at all: without them the guard protects some children less.
COMMUNITY_NAMES = (
    # Sikh and Punjabi
    "Harpreet", "Gurpreet", "Manpreet", "Jaspreet", "Simran", "Harjit", "Kuldeep", "Navdeep", "Amrit",
    "Gurdeep", "Harleen", "Jasleen", "Armaan", "Gurveer", "Harnoor", "Jasmeet", "Sukhdeep", "Rajveer",
    # Hindu and Gujarati
    "Aarav", "Arjun", "Vihaan", "Krish", "Rohan", "Dhruv", "Ishaan", "Priya", "Anjali", "Sunita",
    "Diya", "Ananya", "Kavya", "Riya", "Nisha", "Pooja", "Shreya", "Aditi", "Meera", "Tanvi", "Hetal",
    "Jayesh", "Nikhil", "Sanjay", "Vikram", "Ravi", "Deepak", "Kiran", "Neha", "Aryan", "Saanvi",
    # Pakistani, Bangladeshi and other Muslim families
    "Hussain", "Hassan", "Bilal", "Hamza", "Ayaan", "Ibrahim", "Yusuf", "Musa", "Idris", "Ismail",
    "Imran", "Tariq", "Asif", "Shahid", "Faisal", "Arham", "Rayan", "Zain", "Haris", "Saad", "Sami",
    "Ayesha", "Fatima", "Maryam", "Zara", "Hafsa", "Aisha", "Khadija", "Safiya", "Inaya", "Anaya",
    "Hania", "Sana", "Nadia", "Samina", "Shazia", "Rukhsana", "Nusrat", "Tahmina", "Sumaiya", "Mehreen",
    "Abdullah", "Rahim", "Rahima", "Jannat", "Tasnim", "Farhan", "Nabil", "Rafiq", "Shamima",
    # Turkish and Kurdish
    "Ebru", "Elif", "Zeynep", "Defne", "Ecrin", "Yusuf", "Emir", "Mert", "Kerem", "Baran", "Rojin",
    "Berfin", "Dilan", "Serhat", "Hevin",
    # Somali
    "Abdirahman", "Abdi", "Hodan", "Ayan", "Hibo", "Ifrah", "Sagal", "Warsame", "Ubah", "Nasra",
    # Nigerian, Ghanaian and other West African
    "Oluwaseun", "Tobi", "Ayomide", "Chidi", "Chioma", "Ngozi", "Kwame", "Kofi", "Ama", "Adaeze",
    "Temitope", "Femi", "Tunde", "Funmilayo", "Ifeoma", "Emeka", "Yaw", "Efua",
)
# Faker's lists of first names, as a provider class holds them (a tuple, or a dict of
# name to weight); the names not in Latin script cannot match WORD and are skipped.
FAKER_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


@cache
def _first_names() -> frozenset[str]:
    """Every first name in every Faker locale, POPULAR_NAMES and COMMUNITY_NAMES. Read once (about
    0.1 s), and only when a text holds a word that may identify a child."""
    import faker.providers.person as person
    names = set(POPULAR_NAMES + COMMUNITY_NAMES)
    for locale in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{locale.name}").Provider
        for attr in FAKER_LISTS:
            found = inspect.getattr_static(provider, attr, ())
            if isinstance(found, (tuple, list, dict)):  # not a property that builds one at run time
                names.update(n for n in found if WORD.fullmatch(n))
    return frozenset(names)


def _name_kind(word: str) -> str | None:
    """'name', 'weak' (a name only right after a family word), or None."""
    if word not in _first_names() or word in TITLES:
        return None
    return "weak" if word in ALSO_WORDS else "name"


def find_children_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of names written with what identifies a child or family, in `text` as
    privacy.normalise gives it."""
    if not ANY_MARKER.search(text):
        return
    taken = 0  # the end of the last name found: its surname is not read again
    for m in WORD.finditer(text):
        kind = _name_kind(m.group())
        if kind is None or m.start() < taken:
            continue
        end = m.end()
        surname = WORD.match(text, end + 1) if text[end:end + 1] == " " else None
        if surname is not None and surname.group() not in PLACE_WORDS:
            end = surname.end()
        else:
            surname = None
        before, after = _clause_before(text, m.start()), _clause_after(text, end)
        word_before = _first(before.split()[::-1]).rstrip(".")
        if _first(after.split()) in PLACE_WORDS or word_before in TITLES:
            continue
        if BEFORE.search(before) or (
                kind == "name" and not _staff(before, after)
                # 'in Chelsea', 'from Jordan': a place, unless it is someone's ('at Kai's school')
                and (word_before.lower() not in PLACES_AFTER or after.startswith(("'s", "’s")))
                and (AFTER.match(after) or (surname is not None and before.strip() and MARKER.search(before + after)))):
            # (A clause's first word is capitalised anyway: only what follows a full name there tells.)
            taken = end
            yield m.start(), end


def _first(words: list[str]) -> str:
    return words[0] if words else ""


def _clause_before(text: str, start: int) -> str:
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, start)]
    return text[ends[-1] if ends else 0:start]


def _clause_after(text: str, end: int) -> str:
    m = SENTENCE_END.search(text, end)
    return text[end:m.start() + 1 if m else len(text)]


def _staff(before: str, after: str) -> bool:
    """A title or a job within three words of the name: 'the SENCo, Sarah Jones,'."""
    near = " ".join(before.split()[-3:]) + " " + " ".join(after.split()[:4])
    return bool(ROLES.search(near))


# The second part of a team's address such as 'sen.team@' or 'mark.office@'.
TEAM_WORDS = {"team", "service", "services", "office", "enquiries", "info", "admin", "board", "hub", "unit",
              "support", "forum", "improvement", "offer", "help", "contact", "mail"}
PERSONAL_MAILBOX = re.compile(r"([a-z]+)[._]([a-z]+(?:-[a-z]+)?)[0-9]*", re.IGNORECASE)


def looks_personal(email: str) -> bool:
    """'jane.smith@...': a first name, then a word that does not name a team."""
    m = PERSONAL_MAILBOX.fullmatch(email.partition("@")[0])
    return m is not None and _name_kind(m[1].capitalize()) is not None and m[2].lower() not in TEAM_WORDS


def check_contact_email(site: Site, src: Source) -> Iterator[Problem]:
    email = site.area.contact.email
    if email and looks_personal(email):
        from .privacy import mask  # here: privacy imports this module
        yield src.problem(("area", "contact", "email"), (
            f"this looks like a person's own address ('{mask(email)}'): families would write to "
            "someone who may move on, and the address of a named officer is published. Use a team "
            "address, e.g. send@yourcouncil.gov.uk."), "personal-email", severity="warning")

"""The personal-data guard: published text must never carry a child's or a
parent's details. Summaries are written by officers, so mistakes happen; this
check runs in `check` and in every build, and a hit stops the build.

Matches are reported masked, so the check output does not repeat the data.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import phonenumbers

from ..load.yaml_source import Loc, Source
from ..problems import Problem

DENY_LIST_ENV = "PROGRESS_PAGES_DENY_LIST"
DENY_LIST_FILE = "deny-list.txt"

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# Full UK postcodes (outward and inward code); a district alone (e.g. 'LE1') is not personal.
POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|"
    r"[A-HK-Y][0-9][ABEHMNPRV-Y]) ?[0-9][ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE)
NHS_NUMBER = re.compile(r"(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])")
BIRTH = re.compile(
    r"\b(?:date of birth|d\.o\.b\b\.?|dob\b|born (?:on )?(?:\d{1,2}(?:st|nd|rd|th)? \w+ \d{4}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|in \w+ \d{4}))", re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    kind: str
    start: int
    end: int
    fragment: str


def _a(kind: str) -> str:
    return "an" if kind[0] in "aeiouN" else "a"  # "an NHS number"


def mask(fragment: str) -> str:
    """Enough to find it in the file, never the whole thing."""
    if len(fragment) <= 4:
        return "•" * len(fragment)
    return fragment[0] + "•" * (len(fragment) - 2) + fragment[-1]


def _nhs_number_valid(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def find_personal_data(text: str, deny: list[str] = ()) -> list[Hit]:
    hits: list[Hit] = []

    def add(kind: str, start: int, end: int) -> None:
        if not any(h.start < end and start < h.end for h in hits):
            hits.append(Hit(kind, start, end, text[start:end]))

    for m in EMAIL.finditer(text):
        add("email address", m.start(), m.end())
    for m in NHS_NUMBER.finditer(text):
        if _nhs_number_valid("".join(m.groups())):
            add("NHS number", m.start(), m.end())
    for m in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
        digits = re.sub(r"\D", "", m.raw_string)
        raw = m.raw_string.lstrip()
        # Only numbers written as phone numbers are (a bare 10-digit reference is not):
        # international with '+', or national with the leading 0. Numbers from reserved
        # ranges fail phonenumbers' validity check but are still written as someone's phone.
        if (raw.startswith("+") and phonenumbers.is_valid_number(m.number)) or (
            re.match(r"\+\s*44|\(?0", raw) and (phonenumbers.is_valid_number(m.number) or len(digits) >= 10)
        ):
            add("phone number", m.start, m.end)
    for m in POSTCODE.finditer(text):
        add("full postcode", m.start(), m.end())
    for m in BIRTH.finditer(text):
        add("date of birth", m.start(), m.end())
    for term in deny:
        for m in re.finditer(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE):
            add("name or term from the deny-list", m.start(), m.end())
    return sorted(hits, key=lambda h: h.start)


def read_deny_list(plans_dir: Path) -> list[str]:
    """Terms that must never be published (such as children's names). Keep the real
    list out of a public repository: point PROGRESS_PAGES_DENY_LIST at a private file."""
    paths = [plans_dir / DENY_LIST_FILE]
    if os.environ.get(DENY_LIST_ENV):
        paths.append(Path(os.environ[DENY_LIST_ENV]))
    terms = []
    for path in paths:
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    terms.append(line)
    return terms


def _strings(data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    if isinstance(data, str):
        yield loc, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, loc + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _strings(value, loc + (i,))


def _exempt(source: Source, loc: Loc) -> bool:
    """The area's own contact details are public by design."""
    return source.name.endswith("site.yaml") and loc[:2] == ("area", "contact")


def _allowed_contacts(source: Source, loc: Loc) -> list[dict]:
    """The public contacts declared by the feedback item that holds this text."""
    if len(loc) < 2 or loc[0] != "items" or not isinstance(source.data, dict):
        return []
    items = source.data.get("items")
    item = items[loc[1]] if isinstance(items, list) and isinstance(loc[1], int) and loc[1] < len(items) else None
    contacts = item.get("public_contacts") if isinstance(item, dict) else None
    return [c for c in contacts if isinstance(c, dict)] if isinstance(contacts, list) else []


def scan(sources: list[Source], deny: list[str]) -> Iterator[Problem]:
    for source in sources:
        if source.data is None:
            continue
        for loc, text in _strings(source.data):
            if _exempt(source, loc) or (len(loc) > 2 and loc[2] == "public_contacts"):
                continue
            allowed = _allowed_contacts(source, loc)
            for hit in find_personal_data(text, deny):
                contact = next((c for c in allowed if isinstance(c.get("text"), str)
                                and " ".join(c["text"].split()) == " ".join(hit.fragment.split())), None)
                if contact is not None:
                    yield source.problem(loc, f"allowed: {hit.kind} "
                                         f"'{hit.fragment}' ({contact.get('reason')})",
                                         "public-contact", severity="info")
                    continue
                yield source.problem(
                    loc, f"this looks like {_a(hit.kind)} {hit.kind} ('{mask(hit.fragment)}'). Personal details must "
                    "never be published: remove it. If it is a public service contact, list it under "
                    "this item's public_contacts with a reason.", "personal-data")

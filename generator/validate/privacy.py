"""The personal-data guard: published text must never carry a child's or a
parent's details. Summaries are written by officers, so mistakes happen; this
check runs in `check` and in every build, and a hit stops the build.

Matches are reported masked, so the check output does not repeat the data.
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import phonenumbers

from ..load.inside import Inside
from ..load.yaml_source import Loc, Source, strings
from ..problems import Problem
from .names import ANY_MARKER, find_children_names
from .placeholders import is_placeholder

DENY_LIST_ENV = "PROGRESS_PAGES_DENY_LIST"
DENY_LIST_FILE = "deny-list.txt"

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# Full UK postcodes (outward and inward code); a district alone (e.g. 'LE1') is not personal.
POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|"
    r"[A-HK-Y][0-9][ABEHMNPRV-Y]) ?[0-9][ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE)
NHS_NUMBER = re.compile(r"(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])")
# An NHS number has 10 digits; a phone number at least 6 with its country code (the
# shortest possible in phonenumbers' metadata: Iran, +98 and 4). The phone matcher is
# by far the slowest check, so a text with fewer than 5 digits is spared it.
MIN_DIGITS = 5
DIGIT = re.compile(r"\d")
# National Insurance numbers: two letters, six digits (together, or in pairs with one
# kind of separator) and A-D. The letters are not checked against HMRC's rules: 'QQ 12
# 34 56 C', the example HMRC prints on its forms, is what a careless copy would hold.
# Written in pairs, the letters must be capitals, or 'on 20 21 22' would be one.
NI_NUMBER = re.compile(
    r"(?<![\w-])(?:[A-Za-z]{2}\d{6}(?:[ -]?[A-Da-d])?|[A-Z]{2}(?: \d{6}(?: ?[A-D])?|(?: \d{2}){3}(?: [A-D])?"
    r"|(?:-\d{2}){3}(?:-[A-D])?))(?![\w-])")
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
    return "an" if kind[0] in "aeiouN" and not kind.startswith("Na") else "a"  # "an NHS number"


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


# Characters that show as nothing, so that 'jo\u200b@gmail.com' reads as an address.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u034f\u061c\u180e\u200b\u200c\u200d\u200e\u200f"
                              "\u2060\u2061\u2062\u2063\u2064\ufeff"))


def normalise(text: str) -> str:
    """Text as a reader sees it: compatibility forms folded (NFKC: a full-width '＠'
    is '@', a no-break space a space), invisible characters removed, and any run of
    white space (line breaks included) one space. The guard looks at this, so
    personal data cannot hide behind a character that does not show."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(INVISIBLE)
    return " ".join(text.split())


def find_personal_data(text: str, deny: list[str] = ()) -> list[Hit]:
    """Hits in the normalised text (see normalise); `deny` as read_deny_list gives it,
    normalised too."""
    text = normalise(text)
    hits: list[Hit] = []

    def add(kind: str, start: int, end: int) -> None:
        if not any(h.start < end and start < h.end for h in hits):
            hits.append(Hit(kind, start, end, text[start:end]))

    if "@" in text:
        for m in EMAIL.finditer(text):
            add("email address", m.start(), m.end())
    if len(DIGIT.findall(text)) >= MIN_DIGITS:
        _numbers(text, add)
    for m in POSTCODE.finditer(text):
        add("full postcode", m.start(), m.end())
    for m in NI_NUMBER.finditer(text):
        add("National Insurance number", m.start(), m.end())
    for m in BIRTH.finditer(text):
        add("date of birth", m.start(), m.end())
    for start, end in find_children_names(text):
        add("child's or family member's name", start, end)
    for term in deny:
        for m in re.finditer(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE):
            add("name or term from the deny-list", m.start(), m.end())
    return sorted(hits, key=lambda h: h.start)


def _numbers(text: str, add) -> None:
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


def read_deny_list(plans_dir: Path) -> tuple[list[str], list[Problem]]:
    """Terms that must never be published (such as children's names). Keep the real
    list out of a public repository: point PROGRESS_PAGES_DENY_LIST at a private file.

    A list that is set but cannot be read is an error: building without it would
    silently publish the names it was meant to stop."""
    terms: list[str] = []
    problems: list[Problem] = []

    def fail(shown: str, message: str) -> None:
        problems.append(Problem(shown, None, None, "", message, "deny-list"))

    own = plans_dir / DENY_LIST_FILE
    if os.path.lexists(own):
        why = Inside(plans_dir).refusal(own)
        if why is not None:
            fail(f"{plans_dir.name}/{DENY_LIST_FILE}", f"the deny-list {why}")
        else:
            terms += _terms(own, f"{plans_dir.name}/{DENY_LIST_FILE}", fail)
    private = os.environ.get(DENY_LIST_ENV)
    if private:
        # Set by whoever runs the build (a CI secret, say), never by a pull request,
        # so it may be outside the project; it must still be a plain, readable file.
        shown = f"{DENY_LIST_ENV} ({private})"
        path = Path(private)
        if not path.is_file():
            fail(shown, "the deny-list this setting names is not a file that can be read "
                 f"({'it does not exist' if not path.exists() else 'it is not a plain file'}). "
                 "Fix the setting, or remove it to build without a private deny-list.")
        else:
            terms += _terms(path, shown, fail)
    return terms, problems


def _terms(path: Path, shown: str, fail) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        reason = e.strerror if isinstance(e, OSError) else "it is not UTF-8 text"
        fail(shown, f"the deny-list cannot be read ({reason}); the build needs it.")
        return []
    return [normalise(line) for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]


def _exempt(source: Source, loc: Loc) -> bool:
    """The area's own contact details, the helpline it sends families to, and the
    public contacts it lists, are public by design."""
    return source.name.endswith("site.yaml") and (
        loc[:2] == ("area", "contact") or loc == ("area", "help", "sendiass", "phone")
        or loc[:1] == ("public_contacts",))


def public_contacts(site: Source | None) -> list[dict]:
    """The contacts site.yaml allows in every text (a helpline, a named public role),
    read from the file as written, so that they count even while site.yaml has errors."""
    return _contacts(site.data if site is not None and isinstance(site.data, dict) else None)


def _contacts(holder: Any) -> list[dict]:
    contacts = holder.get("public_contacts") if isinstance(holder, dict) else None
    return [c for c in contacts if isinstance(c, dict)] if isinstance(contacts, list) else []


def _allowed_contacts(source: Source, loc: Loc) -> list[dict]:
    """The public contacts declared by the feedback item that holds this text."""
    if len(loc) < 2 or loc[0] != "items" or not isinstance(source.data, dict):
        return []
    items = source.data.get("items")
    return _contacts(items[loc[1]] if isinstance(items, list) and isinstance(loc[1], int)
                     and loc[1] < len(items) else None)


AT_OR_DIGIT = re.compile(r"[@\d]")
ISO_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def _may_hold_personal_data(text: str) -> bool:
    """Every kind above needs an '@', a digit or a word about birth, and no bare date
    (most values at scale) is one: such texts are passed over without each check."""
    if not text.isascii():  # a full-width '＠' is an '@' once normalised
        text = normalise(text)
    if AT_OR_DIGIT.search(text):
        return not ISO_DATE.fullmatch(text)
    low = text.lower()
    return "birth" in low or "dob" in low or "d.o.b" in low or bool(ANY_MARKER.search(text))


def scan(sources: list[Source], deny: list[str], everywhere: list[dict] = ()) -> Iterator[Problem]:
    """`everywhere`: the contacts allowed in every file (see public_contacts)."""
    for source in sources:
        if source.data is None:
            continue
        for loc, text in strings(source.data):
            if not deny and not _may_hold_personal_data(text):
                continue
            if _exempt(source, loc) or (len(loc) > 2 and loc[2] == "public_contacts"):
                continue
            allowed = _allowed_contacts(source, loc) + list(everywhere)
            if any(is_placeholder(v) for c in allowed for v in c.values()):
                continue  # which contact it allows is still to be written
            for hit in find_personal_data(text, deny):
                contact = next((c for c in allowed if isinstance(c.get("text"), str)
                                and normalise(c["text"]) == hit.fragment), None)
                if contact is not None:
                    yield source.problem(loc, f"allowed: {hit.kind} "
                                         f"'{hit.fragment}' ({contact.get('reason')})",
                                         "public-contact", severity="info")
                    continue
                yield source.problem(
                    loc, f"this looks like {_a(hit.kind)} {hit.kind} ('{mask(hit.fragment)}'). Personal details must "
                    "never be published: remove it. If it is a public service contact or a named public role, "
                    "list it under public_contacts in site.yaml with a reason.", "personal-data")

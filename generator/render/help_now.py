"""Where a family can get help today: the area's SEND information, advice and
support service, its Local Offer and the plan's own contact. Families reading about
progress often need help now, so every page's footer says this (and the home page).

Made once here, as plain data, for the home page's template and the theme's footer,
so that the two always say the same.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.site import Site


@dataclass(frozen=True)
class Way:
    title: str  # the link's words, e.g. "Phone 01632 960 555"
    url: str


@dataclass(frozen=True)
class HelpItem:
    what: str  # a plain sentence, before its links
    ways: tuple[Way, ...]


def help_now(site: Site, with_contact: bool = True) -> list[HelpItem]:
    """Only what site.yaml gives, in the order a worried parent needs it. The home
    page leaves out the plan's contact: its "Contact us" follows."""
    items = []
    given = site.area.help
    sendiass = given.sendiass if given else None
    if sendiass:
        ways = [Way(f"Phone {sendiass.phone}", _tel(sendiass.phone))] if sendiass.phone else []
        ways += [Way("Website", sendiass.web)] if sendiass.web else []
        items.append(HelpItem(f"Free advice that does not take sides: {sendiass.name}.", tuple(ways)))
    if given and given.local_offer:
        items.append(HelpItem(f"Services and support in {site.area.name}:",
                              (Way("the Local Offer", given.local_offer),)))
    c = site.area.contact
    ways = [] if not with_contact else ([Way(f"Email {c.email}", f"mailto:{c.email}")] if c.email else []) + (
        [Way(f"Phone {c.phone}", _tel(c.phone))] if c.phone else []) + (
        [Way("Send us a question online", c.web_form)] if c.web_form else [])
    if ways:
        items.append(HelpItem("Questions about this plan:", tuple(ways)))
    return items


def _tel(phone: str) -> str:
    """A phone number as a link that dials it: digits and a leading '+' only."""
    return "tel:" + re.sub(r"(?!^\+)\D", "", phone.strip())

"""Checks on the accessibility statement that one field alone cannot make."""
from __future__ import annotations

from typing import Iterator

from ..load.yaml_source import Source
from ..model import Site
from ..problems import Problem


def check_statement(site: Site, src: Source) -> Iterator[Problem]:
    statement = site.accessibility
    if statement is None:
        return
    at = ("accessibility",)
    if statement.status == "fully" and statement.issues:
        yield src.problem(at + ("status",), "a site with known issues is not fully compliant: "
                          "write 'partially'.", "statement-status")
    if statement.status != "fully" and not (statement.issues or statement.disproportionate_burden):
        yield src.problem(at + ("status",), f"a '{statement.status}' compliant site must say what is "
                          "not accessible: list it under 'issues'.", "statement-status")
    if statement.reviewed and statement.reviewed < statement.prepared:
        yield src.problem(at + ("reviewed",), "the statement is reviewed before it was prepared.",
                          "date-order")
    contact = site.area.contact
    if not (contact.email or contact.phone or contact.web_form):
        yield src.problem(("area", "contact"), "the accessibility statement must say how to ask for "
                          "another format or report a problem: give an email, phone or web_form.",
                          "statement-contact")

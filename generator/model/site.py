"""`plans/site.yaml`: the local area, its inspection and its status scale."""
from __future__ import annotations

from pydantic import Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .accessibility import Accessibility
from .base import Id, Line, Record, Text, Url, When, check_span, duplicates, fault, raise_faults, unique
from .branding import Branding
from .feedback import PublicContact
from .impact import DEFAULT_IMPACTS, Impact
from .rules import Ruled, rule
from .status import DEFAULT_STATUSES, Status

# The newest input format this version of the tool reads. Raise it when a change to
# the inputs would be misread by an older version, so that one says so plainly.
FORMAT = 1


class Partner(Record):
    id: Id | None = Field(None, description="A short id, e.g. 'council' or 'icb', for priorities to "
                          "name the partners responsible for them.")
    name: Line = Field(description="The organisation's full name, e.g. 'Somerset Council'.")
    role: Line = Field(description="What the partner is, in plain words, e.g. 'Local council', "
                       "'NHS Integrated Care Board', 'Parent Carer Forum'.")
    website: Url | None = Field(None, description="The partner's website.")
    since: When | None = Field(None, description="When the partner joined, if it joined during the plan, "
                               "e.g. a new recognised Parent Carer Forum.")
    until: When | None = Field(None, description="When the partner stopped being one. Once that date has "
                               "passed, the site lists it under 'Former partners'.")

    @model_validator(mode="after")
    @rule("'until' is after 'since'.", "until", validator=True)
    def _span_ends_after_it_starts(self) -> "Partner":
        check_span(self.since, self.until, "since")
        return self


# Addresses and numbers left as they were in a template: the site would publish them.
# (The example area's example.gov.uk is not one: a real council's address looks like it.)
PLACEHOLDER_DOMAINS = {"example.com", "example.org", "example.net", "domain.com", "email.com", "test.com"}
PLACEHOLDER_MAILBOXES = {"email", "name", "yourname", "your.name", "firstname.lastname", "test", "user", "someone"}
PLACEHOLDER_WORDS = {"tbc", "tba", "tbd", "n/a", "na", "none", "xxx", "x", "-", "?", "..."}


def _placeholder(field: str, value: str) -> bool:
    value = value.strip().lower()
    if value in PLACEHOLDER_WORDS or (value and set(value) <= set("x .-")):
        return True
    if field == "email":
        mailbox, _, domain = value.partition("@")
        return domain in PLACEHOLDER_DOMAINS or mailbox in PLACEHOLDER_MAILBOXES
    if field == "phone":
        digits = "".join(c for c in value if c.isdigit())
        return len(set(digits)) == 1 or digits in ("01234567890", "0123456789", "1234567890")
    return False


class Contact(Record):
    """At least one way to reach the team: the site's "Contact us" section shows these."""

    email: str | None = Field(None, description="A team address, e.g. 'send@example.gov.uk', not a "
                              "person's own (`check` warns about one that looks like 'jane.smith@').",
                              pattern=r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
    phone: Line | None = Field(None, description="A public service number, as families should dial it.")
    address: Text | None = Field(None, description="A postal address, over several lines if needed.")
    web_form: Url | None = Field(None, description="A page where people can send a question.")

    @field_validator("email", "phone", "address", "web_form")
    @classmethod
    def _not_a_placeholder(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is not None and _placeholder(info.field_name, str(value)):
            raise PydanticCustomError("contact_placeholder", (
                "'{value}' is a placeholder, not a real contact: write the team's own {field}, or "
                "leave {field} out"), {"value": str(value), "field": info.field_name})
        return value

    @model_validator(mode="after")
    @rule("At least one of email, phone, address or web_form is given.", validator=True)
    def _a_way_to_reach_us(self) -> "Contact":
        if not (self.email or self.phone or self.address or self.web_form):
            raise PydanticCustomError("contact_missing", (
                "the site would show an empty 'Contact us' section: write at least one of email "
                "(the team's address, e.g. send@yourcouncil.gov.uk), phone, address or web_form"))
        return self


class Sendiass(Record):
    """The area's SEND information, advice and support service: free, and on no one's side."""

    name: Line = Field(description="The service's name as families know it, e.g. 'Somerset SENDIAS'.")
    phone: Line | None = Field(None, description="Its public helpline, as families should dial it.")
    web: Url | None = Field(None, description="Its website.")


class Help(Record):
    """Where a family can get help today, shown at the foot of every page and on the home page."""

    sendiass: Sendiass | None = Field(None, description=(
        "The area's SEND information, advice and support service (SENDIASS)."))
    local_offer: Url | None = Field(None, description="The web address of the area's Local Offer.")


class Area(Record):
    name: Line = Field(description="The local area, as families know it, e.g. 'Somerset'.")
    partners: list[Partner] = Field(min_length=1, description=(
        "The organisations responsible for the plan."))
    contact: Contact = Field(description="How families can ask about the plan.")
    help: Help | None = Field(None, description=(
        "Where families can get help today: the SEND information, advice and support service and "
        "the Local Offer. Each part is shown when it is given."))

    @field_validator("partners")
    @classmethod
    @rule("No two partners have the same id (ignoring case, dots and dashes).", "partners", validator=True)
    def _partner_ids_differ(cls, partners: list[Partner]) -> list[Partner]:
        return unique(partners, "partner id")


class Inspection(Record):
    by: list[Line] = Field(default=["Ofsted", "the Care Quality Commission (CQC)"],
                           description="Who inspected.")
    visit_start: When = Field(description="First day of the inspection visit, or its month (2020-03) "
                              "when the report gives only the month.")
    visit_end: When = Field(description="Last day of the inspection visit, or its month.")
    report_published: When | None = Field(None, description=(
        "When the inspection report was published: a day, or a month. Leave out if not known."))
    report_url: Url | None = Field(None, description="Link to the published inspection report.")
    strengths: list[Text] = Field(default=[], description="What the inspectors found was working well, "
                                  "one item each, close to their words.")
    other_concerns: list[Text] = Field(default=[], description=(
        "Other things the inspectors were worried about, besides what the plan's priorities deal "
        "with, one item each."))

    # Dates in order: a rule of this file alone, so it lives here (and in the docs).
    @field_validator("visit_end")
    @classmethod
    @rule("The visit ends on or after the day it starts.", "visit_end", validator=True)
    def _visit_ends_after_it_starts(cls, end, info: ValidationInfo):
        start = info.data.get("visit_start")
        if start is not None and end.last_day < start.first_day:
            raise PydanticCustomError("date_order", "the visit ends before it starts.")
        return end

    @field_validator("report_published")
    @classmethod
    @rule("The report is published after the visit ended.", "report_published", validator=True)
    def _report_after_the_visit(cls, published, info: ValidationInfo):
        end = info.data.get("visit_end")
        if published is not None and end is not None and published.last_day < end.first_day:
            raise PydanticCustomError("date_order", "the report is published before the visit ended.")
        return published


class Site(Record, Ruled):
    format: int = Field(FORMAT, ge=1, description=(
        "Which version of these files' format the area's files are written in, e.g. 1. Leave out "
        "for 1. An older progress-pages that cannot read this format says so and stops."))
    area: Area = Field(description="The local area and who is responsible.")
    inspection: Inspection = Field(description="The inspection that led to the plan.")
    current_plan: Id | None = Field(None, description=(
        "When the site holds several plans, such as a Written Statement of Action and then the "
        "priority action plan that followed a new inspection: the folder of the plan in use now, "
        "e.g. 'pap-2024'. The home page shows it first and calls the others earlier plans. Leave "
        "out when there is one plan, or when every plan is in use."))
    statuses: list[Status] = Field(default=list(DEFAULT_STATUSES), min_length=2, description=(
        "The status scale, in order from not started to completed. Leave out to use "
        "Not started / Delayed / In progress / On track / Completed."))
    impacts: list[Impact] = Field(default=list(DEFAULT_IMPACTS), min_length=2, description=(
        "The words an update may use to say how much a priority has changed for families, "
        "kept apart from the actions' statuses, in order from the least change to the most. "
        "Leave out to use No change yet / Some improvement / Clear improvement."))
    branding: Branding | None = Field(None, description="The area's logo and colour.")
    accessibility: Accessibility | None = Field(None, description=(
        "The facts for the accessibility statement that the law requires. Without it "
        "there is no statement page, and `check` warns."))
    public_contacts: list[PublicContact] = Field(default=[], description=(
        "Public service contacts and named public roles that any text in any file may hold, each "
        "with a reason, e.g. the SENDIAS helpline or 'Jane Smith, Director of Children's Services'. "
        "Without this, the personal-data guard stops the build when it finds one."))

    @field_validator("statuses", "impacts")
    @classmethod
    @rule("Each status's id and label differ from the others' (ids ignoring case, dots and dashes).",
          "statuses", validator=True)
    @rule("Each impact's id and label differ from the others' (ids ignoring case, dots and dashes).",
          "impacts", validator=True)
    def _words_differ(cls, scale: list[Status] | list[Impact], info: ValidationInfo):
        what = "status" if info.field_name == "statuses" else "impact"
        raise_faults(duplicates([((i, "id"), s.id) for i, s in enumerate(scale)], f"{what} id")
                     + duplicates([((i, "label"), s.label) for i, s in enumerate(scale)], f"{what} label",
                                  exact=True))
        return scale

    @rule("With an accessibility statement, the area's contact gives an email, phone or web_form: the "
          "statement must say how to ask for another format or report a problem.", "accessibility",
          needs=("area",), codes=("statement-contact",))
    def _statement_has_a_contact(self) -> list[dict]:
        contact = self.area.contact
        if self.accessibility is None or contact.email or contact.phone or contact.web_form:
            return []
        return [fault(("area", "contact"), "statement-contact", "the accessibility statement must say how "
                      "to ask for another format or report a problem: give an email, phone or web_form.")]

    def partners_named(self, ids: list[str]) -> list[str]:
        """The names of the partners with these ids, in the order given."""
        by_id = {p.id: p.name for p in self.area.partners if p.id}
        return [by_id[i] for i in ids if i in by_id]

    def status(self, status_id: str) -> Status | None:
        return next((s for s in self.statuses if s.id == status_id), None)

    def impact(self, impact_id: str) -> Impact | None:
        return next((i for i in self.impacts if i.id == impact_id), None)

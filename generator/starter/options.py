"""What `new` is told (the area's name, the site's address, the plan's folder), checked
before anything is written, each fault in one plain sentence."""
from __future__ import annotations

from pydantic import TypeAdapter, ValidationError

from ..model.base import ID_RULE, Line, is_id

_LINE = TypeAdapter(Line)


def area_problem(name: str) -> str | None:
    if not name.strip():
        return "The area's name is empty: write it as families know it, e.g. --area Somerset."
    if "\n" in name.strip() or "\r" in name:
        return "The area's name must be one line, e.g. --area Somerset."
    if any(c in name for c in "<>\"\\") or any(ord(c) < 32 for c in name):
        return "The area's name may not hold < > \" or \\: write it as families know it, e.g. --area Somerset."
    try:
        _LINE.validate_python(name)
    except ValidationError:
        return "The area's name is too long: at most 300 characters."
    return None


def site_url_problem(url: str) -> str | None:
    """The site's address goes into mkdocs.yml and every page's links: https only."""
    if not url.startswith("https://") or len(url) <= len("https://") or any(
            c in url for c in " <>\"'\\\n\t"):
        return (f"{url!r} is not a web address starting with https://, "
                "e.g. https://send-progress.somerset.gov.uk/.")
    return None


def plan_id_problem(plan_id: str) -> str | None:
    if not is_id(plan_id):
        return f"{plan_id!r} cannot be the plan's folder name: {ID_RULE}, e.g. pap-2026."
    return None

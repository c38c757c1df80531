"""The preview's address and the pages a change shows on, for the pull request's
comment (`progress-pages changes --link-base`): the Forum opens the pages that
changed rather than hunting for them."""
from __future__ import annotations

from markupsafe import Markup

from ..compute.changes import Changes
from ..model import Project
from .chart_pages import measure_page
from .markdown import inline
from .pages import _environment, engagement_path, period_path, priority_path


def changed_pages(changes: Changes, head: Project) -> list[tuple[Markup, str]]:
    """Each page the change shows on, once, in the summary's order: (its title as
    Markdown, its path in the site's docs folder). Only pages the head version has:
    a removed action's plan page, never a removed plan's."""
    plans = {e.id: e for e in head.plans}
    found: dict[str, Markup] = {}

    def plan_page(entry) -> None:
        if entry.id in plans:
            found.setdefault(f"{entry.id}/index.md", inline(plans[entry.id].plan.title))

    def priority_page(entry, priority) -> None:
        found.setdefault(priority_path(entry, priority), _in(priority.title, entry.plan.title))

    def action_page(entry, action_id: str) -> None:
        if any(a.id == action_id for a in entry.plan.actions()):
            priority_page(entry, entry.plan.priority_of(action_id))
        else:
            plan_page(entry)

    for p in changes.periods:
        found.setdefault(period_path(p.plan, p.period), _in(p.period.update.label, p.plan.plan.title))
    for c in [*changes.statuses, *changes.due_dates, *changes.actions]:
        if c.kind == "action" and not c.added:
            plan_page(c.plan)
        else:
            action_page(c.plan, c.action.id)
    for w in changes.wording:
        priorities = {p.id: p for p in w.plan.plan.priorities}
        if w.subject in priorities:
            priority_page(w.plan, priorities[w.subject])
        elif w.subject == "the plan":
            plan_page(w.plan)
        else:
            action_page(w.plan, w.subject)
    for f in changes.feedback:
        found.setdefault(engagement_path(f.ref.entry), inline(f.ref.entry.engagement.title))
    for m in changes.measures:
        if m.what != "removed":
            found.setdefault(measure_page(m.measure), inline(m.measure.name))
    return [(title, path) for path, title in found.items()]


def _in(title: str, plan_title: str) -> Markup:
    return Markup(f"{inline(title)} (in {inline(plan_title)})")


def page_address(base: str, path: str) -> str:
    """A page's address under `base`, as a preview names it: every preview is built with
    file addresses (`build --preview` implies `--file-urls`), `p1.md` -> `p1.html`."""
    return base.rstrip("/") + "/" + path.removesuffix(".md") + ".html"


def render_changed_pages(changes: Changes, head: Project, base: str) -> str:
    pages = [(title, page_address(base, path)) for title, path in changed_pages(changes, head)]
    return _environment("md").get_template("changed_pages.md.j2").render(
        home=page_address(base, "index.md"), pages=pages)

"""The feedback's overview page ("You said, we did"); each engagement's own page is
made with its plan's pages (plan_pages)."""
from __future__ import annotations

import jinja2

from ..compute import feedback
from ..model import Project
from .paths import FEEDBACK


def feedback_page(env: jinja2.Environment, project: Project, common: dict) -> str:
    path = f"{FEEDBACK}/index.md"
    return env.get_template("feedback.md.j2").render(path=path, **feedback_context(project, common["today"]),
                                                     **common)


def feedback_context(project: Project, today) -> dict:
    """"You said, we did" and its counts are families' and young people's voices only."""
    everything = project.published_feedback()
    refs, others = feedback.families(everything), feedback.others(everything)
    late = feedback.still_to_do(everything, today)
    return {"refs": refs, "others": others, "title": feedback.page_title(project), "late": late,
            "late_by_engagement": feedback.by_engagement(late), "themes": feedback.by_theme(refs),
            "by_plan": feedback.by_plan(project), "by_priority": feedback.by_priority(project),
            "heard": feedback.by_engagement(others)}

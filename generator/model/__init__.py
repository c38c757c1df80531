"""The data model: the single source of truth for validation, JSON Schema and docs."""
from .action import Action
from .base import Due
from .feedback import Engagement, FeedbackItem
from .glossary import Glossary, Term
from .measure import Measure, MeasureRow, Measures, Point
from .impact import DEFAULT_IMPACTS, Impact, Target
from .period import ActionUpdate, PriorityUpdate, Update
from .plan import Plan
from .priority import Priority
from .project import EngagementEntry, FeedbackRef, Period, PlanEntry, Project, Reported
from .site import Site
from .topic import Topic, Topics
from .status import DEFAULT_STATUSES, Status

# The input files and the model that checks each of them.
INPUT_FILES = {
    "plans/site.yaml": Site,
    "plans/measures.yaml": Measures,
    "plans/glossary.yaml": Glossary,
    "plans/topics.yaml": Topics,
    "plans/<plan-id>/plan.yaml": Plan,
    "plans/<plan-id>/updates/<YYYY-MM>.yaml": Update,
    "plans/feedback/<engagement-id>.yaml": Engagement,
}
# The CSV input files and the model that checks each of their rows.
CSV_FILES = {
    "plans/measures/<measure-id>.csv": MeasureRow,
}

__all__ = [
    "Action", "ActionUpdate", "CSV_FILES", "DEFAULT_IMPACTS", "DEFAULT_STATUSES", "Due", "Engagement", "EngagementEntry",
    "FeedbackItem", "FeedbackRef", "Glossary", "Impact", "INPUT_FILES", "Measure", "MeasureRow", "Measures", "Period",
    "Plan", "PlanEntry", "Point", "Priority", "PriorityUpdate", "Project", "Reported", "Site", "Status", "Target",
    "Term", "Topic", "Topics", "Update",
]

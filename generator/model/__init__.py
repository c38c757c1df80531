"""The data model: the single source of truth for validation, JSON Schema and docs."""
from .. import layout
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

_MODELS = {m.__name__.lower(): m for m in (Site, Measures, Glossary, Topics, Plan, Update, Engagement, MeasureRow)}
# The input files (where layout.py says they live) and the model that checks each of them.
INPUT_FILES = {f.path: _MODELS[f.kind] for f in layout.INPUT_FILES}
# The CSV input files and the model that checks each of their rows.
CSV_FILES = {f.path: _MODELS[f.kind] for f in layout.CSV_FILES}

__all__ = [
    "Action", "ActionUpdate", "CSV_FILES", "DEFAULT_IMPACTS", "DEFAULT_STATUSES", "Due", "Engagement", "EngagementEntry",
    "FeedbackItem", "FeedbackRef", "Glossary", "Impact", "INPUT_FILES", "Measure", "MeasureRow", "Measures", "Period",
    "Plan", "PlanEntry", "Point", "Priority", "PriorityUpdate", "Project", "Reported", "Site", "Status", "Target",
    "Term", "Topic", "Topics", "Update",
]

"""The data model: the single source of truth for validation, JSON Schema and docs."""
from .action import Action
from .base import Due
from .measure import Measure, MeasureRow, Measures, Point
from .period import ActionUpdate, Update
from .plan import Plan
from .priority import Priority
from .project import Period, PlanEntry, Project
from .site import Site
from .status import DEFAULT_STATUSES, Status

# The input files and the model that checks each of them.
INPUT_FILES = {
    "plans/site.yaml": Site,
    "plans/measures.yaml": Measures,
    "plans/<plan-id>/plan.yaml": Plan,
    "plans/<plan-id>/updates/<YYYY-MM>.yaml": Update,
}
# The CSV input files and the model that checks each of their rows.
CSV_FILES = {
    "plans/measures/<measure-id>.csv": MeasureRow,
}

__all__ = [
    "Action", "ActionUpdate", "CSV_FILES", "DEFAULT_STATUSES", "Due", "INPUT_FILES", "Measure",
    "MeasureRow", "Measures", "Period", "Plan", "PlanEntry", "Point", "Priority", "Project", "Site",
    "Status", "Update",
]

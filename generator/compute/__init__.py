"""Compute stage: figures and histories derived from a valid project."""
from . import feedback
from .clock import as_of
from .figures import (Figures, HistoryRow, NotYetKnown, figures, headline, histories, history, is_overdue,
                      not_yet_known, percent)
from .timeline import Timeline, former, has_passed, in_date_order, timeline

__all__ = ["as_of", "feedback", "Figures", "HistoryRow", "figures", "headline", "histories", "history", "is_overdue", "NotYetKnown",
           "not_yet_known", "percent", "Timeline", "former", "has_passed", "in_date_order", "timeline"]

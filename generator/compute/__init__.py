"""Compute stage: figures and histories derived from a valid project."""
from . import feedback
from .clock import as_of
from .figures import (Figures, HistoryRow, NotYetKnown, figures, headline, histories, history, is_overdue,
                      not_yet_known, percent)

__all__ = ["as_of", "feedback", "Figures", "HistoryRow", "figures", "headline", "histories", "history", "is_overdue", "NotYetKnown",
           "not_yet_known", "percent"]

"""Compute stage: figures and histories derived from a valid project."""
from . import feedback
from .clock import as_of
from .figures import Figures, HistoryRow, figures, headline, history, is_overdue, percent

__all__ = ["as_of", "feedback", "Figures", "HistoryRow", "figures", "headline", "history", "is_overdue", "percent"]

"""Compute stage: figures and histories derived from a valid project."""
from .figures import Figures, HistoryRow, figures, headline, histories, history, is_overdue, percent

__all__ = ["Figures", "HistoryRow", "figures", "headline", "histories", "history", "is_overdue", "percent"]

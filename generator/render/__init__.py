"""Render stage: Markdown pages from a valid project."""
from . import fragments
from .navigation import NavItem, navigation
from .pages import iter_pages, render_pages

__all__ = ["NavItem", "fragments", "iter_pages", "navigation", "render_pages"]

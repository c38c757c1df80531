"""Render stage: Markdown pages from a valid project."""
from . import fragments
from .pages import NavItem, iter_pages, navigation, render_pages

__all__ = ["NavItem", "fragments", "iter_pages", "navigation", "render_pages"]

"""Render stage: Markdown pages from a valid project."""
from . import fragments
from .pages import NavItem, navigation, render_pages

__all__ = ["NavItem", "fragments", "navigation", "render_pages"]

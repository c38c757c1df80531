"""Render stage: Markdown pages from a valid project."""
from .pages import NavItem, navigation, render_pages

__all__ = ["NavItem", "navigation", "render_pages"]

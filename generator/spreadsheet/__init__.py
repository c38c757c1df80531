"""Spreadsheets in and out: import a local action tracker (with a mapping file that
describes its layout) and export a plan as a committee pack."""
from .export import export
from .importer import Outcome, import_tracker

__all__ = ["Outcome", "export", "import_tracker"]

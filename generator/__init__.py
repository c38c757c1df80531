"""Local Offer progress pages.

The pipeline, one subpackage per stage:
load (read YAML safely) -> validate (model, references) -> compute (figures)
-> render (Markdown pages) -> build (MkDocs, atomic publish).
"""

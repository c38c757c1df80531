"""The glossary: the default one shipped with the tool, then the area's own
`plans/glossary.yaml`, whose words add to the default or replace a default word."""
from __future__ import annotations

from ..load.yaml_source import Source
from ..model.glossary import DEFAULT_GLOSSARY, Glossary, Term
from ..problems import Problem
from .defaults import with_defaults


def load_glossary(area: Source | None) -> tuple[tuple[Term, ...], list[Problem]]:
    """Every glossary word, the area's replacing the default's of the same name."""
    terms, problems = with_defaults(DEFAULT_GLOSSARY, "default glossary (generator/model/default_glossary.yaml)",
                                    area, Glossary, lambda g: g.terms, lambda t: t.term)
    return tuple(sorted(terms, key=lambda t: t.term.lower())), problems

"""The glossary: the default one shipped with the tool, then the area's own
`plans/glossary.yaml`, whose words add to the default or replace a default word."""
from __future__ import annotations

from ..load.yaml_source import Source, read_yaml
from ..model.glossary import DEFAULT_GLOSSARY, Glossary, Term
from ..problems import Problem
from .schema import validate_source


def load_glossary(area: Source | None) -> tuple[tuple[Term, ...], list[Problem]]:
    """Every glossary word, the area's replacing the default's of the same name."""
    default, problems = _checked(read_yaml(DEFAULT_GLOSSARY, "default glossary (generator/model/"
                                           "default_glossary.yaml)"))
    terms = {t.term: t for t in default}
    if area is not None and area.data is not None:
        own, found = _checked((area, []))
        problems += found
        terms.update((t.term, t) for t in own)
    return tuple(sorted(terms.values(), key=lambda t: t.term.lower())), problems


def _checked(loaded: tuple[Source, list[Problem]]) -> tuple[list[Term], list[Problem]]:
    source, problems = loaded
    if problems:
        return [], problems
    glossary, problems = validate_source(source, Glossary)
    return (glossary.terms if glossary else []), problems

"""The fast path of reading YAML: the data of a file in which nothing needs refusing, with
no marks kept; anything unusual sends the file to the full path (yaml_full.py)."""
from __future__ import annotations

from typing import Any

import yaml

from .yaml_basics import MAX_DEPTH, NULLS, Loader


class Unusual(Exception):
    """The fast path met something to refuse or explain: the full path takes over."""


def fast_build(text: str) -> Any:
    """The data of a file in which nothing needs refusing, or Unusual. It accepts
    exactly what Builder accepts, and gives the same data, without any marks."""
    parser = Loader(text)
    try:
        get = parser.get_event
        data = None
        documents = 0
        while True:
            event = get()
            kind = type(event)
            if kind is yaml.StreamEndEvent:
                return data
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise Unusual
                data = _fast_node(get(), get, 0)
    finally:
        parser.dispose()


def _fast_node(event, get, depth: int) -> Any:
    kind = type(event)
    if depth > MAX_DEPTH or kind is yaml.AliasEvent or event.anchor is not None:
        raise Unusual
    if kind is yaml.ScalarEvent:
        if event.tag is not None and event.tag != "!":
            raise Unusual
        return None if not event.style and event.value in NULLS else event.value
    if event.tag is not None:
        raise Unusual
    # Scalars inside collections are handled in line: most values are scalars, and
    # a call per value would be most of the time spent here.
    scalar = yaml.ScalarEvent
    if kind is yaml.MappingStartEvent:
        mapping: dict[str, Any] = {}
        while True:
            event = get()
            kind = type(event)
            if kind is yaml.MappingEndEvent:
                return mapping
            if kind is not scalar or event.anchor is not None or event.tag not in (None, "!"):
                raise Unusual
            key = event.value
            if key in mapping or (not event.style and key in NULLS):
                raise Unusual
            event = get()
            if type(event) is scalar and event.anchor is None and event.tag is None and depth < MAX_DEPTH:
                mapping[key] = None if not event.style and event.value in NULLS else event.value
            else:
                mapping[key] = _fast_node(event, get, depth + 1)
    if kind is yaml.SequenceStartEvent:
        items: list[Any] = []
        while True:
            event = get()
            kind = type(event)
            if kind is yaml.SequenceEndEvent:
                return items
            if kind is scalar and event.anchor is None and event.tag is None and depth < MAX_DEPTH:
                items.append(None if not event.style and event.value in NULLS else event.value)
            else:
                items.append(_fast_node(event, get, depth + 1))
    raise Unusual

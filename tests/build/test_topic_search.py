"""Search finds a topic by the words families use: the built site's search index
holds each topic page with its "Also called" words as text."""
from __future__ import annotations

import json
import re

import pytest

from generator.compute.topics import topics_with_pages
from generator.validate import load_project
from conftest import ROOT


@pytest.fixture(scope="module")
def index(example_site) -> dict[str, str]:
    docs = json.loads((example_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    # A page's own entry (no #section) holds the text before its first heading.
    return {d["location"]: d["text"] for d in docs if "#" not in d["location"]}


@pytest.mark.parametrize("word, topic", [("EHCP", "ehc-plans"), ("SALT", "therapies"), ("ASD", "autism-adhd-assessment"),
                                         ("ADHD", "autism-adhd-assessment"), ("SEN support", "help-at-school")])
def test_searching_a_word_families_use_finds_its_topic_page(index, word, topic):
    text = index[f"topics/{topic}/"]
    assert re.search(rf"\b{re.escape(word)}\b", text), text[:300]


def test_every_topic_page_is_searchable_by_every_synonym(index):
    project, _ = load_project(ROOT / "plans", ROOT)
    for view in topics_with_pages(project):
        text = index[view.page.removesuffix("index.md")]
        missing = [w for w in view.topic.synonyms if w not in text]
        assert not missing, (view.topic.id, missing)

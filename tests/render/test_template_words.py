"""The words our own templates add pass the same reading-level check as the inputs.

The fixed text is taken from the template files, not from a built site: a build
shows only the branches the example reaches, and its sentences mix the inputs'
words with ours. From the files, every branch is read: Jinja comments and tags are
removed, each {{ value }} becomes one short word (as an input value such as a number
or a name reads), Markdown and HTML markup is dropped, and each paragraph is graded
by the function `check` uses (generator/validate/plain_english.reading_grade).
Tables and front matter are labels, not sentences, so they are left out."""
from __future__ import annotations

import re

import pytest

from conftest import ROOT
from generator.validate.plain_english import MAX_GRADE, reading_grade

TEMPLATES = sorted((ROOT / "generator" / "render" / "templates").glob("*.md.j2")) + sorted(
    (ROOT / "generator" / "render" / "templates").glob("*.txt.j2"))


def fixed_paragraphs(template: str) -> list[str]:
    text = re.sub(r"\{#.*?#\}", "", template, flags=re.S)
    text = re.sub(r"\{%-?\s*(set|macro|call)\b.*?%\}.*?\{%-?\s*end(set|macro|call)\s*-?%\}",
                  lambda m: "\n\n" + m.group(0) + "\n\n" if m.group(1) != "set" else "\n\n", text, flags=re.S)
    text = re.sub(r"\{%.*?%\}", "\n\n", text, flags=re.S)  # each branch its own paragraph
    text = re.sub(r"\{\{.*?\}\}", "ten", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)  # a link's words, not its address
    text = re.sub(r"\{[^}\n]*\}", "", text)  # attribute lists
    paragraphs = []
    # A list's items are read one by one, as a reader meets them.
    text = re.sub(r"\n(?=\s*(?:[-*]|\d+\.)\s)", "\n\n", text)
    for block in re.split(r"\n\s*\n", text):
        lines = [line for line in block.splitlines()
                 if not line.lstrip().startswith(("|", "---", "title:", "search:", "exclude:"))]
        words = " ".join(re.sub(r"^\s*(#+|[-*]|\d+\.|!!!\s+\w+)\s+", "", line) for line in lines)
        words = re.sub(r"[*_`\[\]]", "", words).strip()
        if words:
            paragraphs.append(" ".join(words.split()))
    return paragraphs


def test_the_extraction_finds_the_fixed_words_and_drops_the_markup():
    found = fixed_paragraphs('{% if x %}\nEach action has a status. It is always shown in words.\n'
                             '{% else %}\n[Read the plan]({{ link }}) for {{ name }}.\n{% endif %}\n'
                             '| A | B |\n')
    assert found == ["Each action has a status. It is always shown in words.", "Read the plan for ten."]


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.name)
def test_every_templates_fixed_words_read_at_grade_9_or_below(template):
    hard = [(round(grade, 1), p) for p in fixed_paragraphs(template.read_text(encoding="utf-8"))
            if (grade := reading_grade(p)) is not None and grade > MAX_GRADE]
    assert not hard, f"{template.name}: {hard}"

from pathlib import Path

import pytest

from generator.load.yaml_basics import MAX_DEPTH
from generator.load.yaml_source import read_yaml


def load(tmp_path: Path, text: str | bytes):
    path = tmp_path / "x.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    source, problems = read_yaml(path, "x.yaml")
    return source, [(p.code, p.line, p.column) for p in problems], problems


def test_plain_values_stay_text_so_ids_and_words_survive(tmp_path):
    source, found, _ = load(tmp_path, "id: 1.10\nanswer: no\nwhen: 2022-01-05\nempty:\nn: ~\n")
    assert found == []
    assert source.data == {"id": "1.10", "answer": "no", "when": "2022-01-05", "empty": None, "n": None}


def test_positions_of_keys_and_values_are_recorded(tmp_path):
    source, _, _ = load(tmp_path, "a:\n  - b: 1\n    c:  two\n")
    assert source.locate(("a", 0, "c")) == (3, 9)
    assert source.locate(("a", 0, "c"), key=True) == (3, 5)
    assert source.locate(("a", 0, "missing")) == (2, 5)  # nearest written ancestor


def test_duplicate_keys_are_errors_with_both_lines(tmp_path):
    _, found, problems = load(tmp_path, "title: A\nlabel: B\ntitle: C\n")
    assert found == [("duplicate-key", 3, 1)]
    assert "given twice here (first on line 1)" in problems[0].message


def test_every_duplicate_in_a_file_is_reported(tmp_path):
    _, found, _ = load(tmp_path, "a: 1\na: 2\nb:\n  c: 1\n  c: 2\n")
    assert found == [("duplicate-key", 2, 1), ("duplicate-key", 5, 3)]


@pytest.mark.parametrize("text, code", [
    ("a: &x 1\nb: 2\n", "yaml-anchor"),
    ("a: [1]\nb: *x\n", "yaml-alias"),
    ("a: !!python/object:os.system ls\n", "yaml-tag"),
    ("a: !!str 1\n", "yaml-tag"),  # message names it as written: !!str
    ("a: 1\n---\nb: 2\n", "yaml-many-documents"),
])
def test_unsafe_or_surprising_yaml_is_refused(tmp_path, text, code):
    source, found, _ = load(tmp_path, text)
    assert [f[0] for f in found] == [code]
    assert source.data is None


def test_alias_bomb_is_refused_at_once(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [*a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}]" for i in range(1, 12)]
    _, found, _ = load(tmp_path, "\n".join(lines) + "\n")
    assert found == [("yaml-anchor", 1, 5)]


def test_tabs_get_a_hint(tmp_path):
    _, found, problems = load(tmp_path, "a:\n\tb: 1\n")
    assert found[0][:2] == ("yaml-syntax", 2)
    assert "use spaces" in problems[0].message


def test_unclosed_quote_gets_a_hint(tmp_path):
    _, found, problems = load(tmp_path, 'a: "open\nb: 2\n')
    assert found[0][0] == "yaml-syntax"
    assert "is not closed: add a \" at the end of the text" in problems[0].message


def test_colon_in_text_gets_a_hint(tmp_path):
    _, found, problems = load(tmp_path, "note: Done: all of it: yes\n")
    assert found[0][:2] == ("yaml-syntax", 1)
    assert "put the whole text in quotes" in problems[0].message


def test_not_utf8_names_the_line(tmp_path):
    _, found, problems = load(tmp_path, b"a: ok\nb: caf\xe9\n")
    assert found == [("not-utf8", 2, 7)]
    assert "save it as UTF-8" in problems[0].message


def test_byte_order_mark_is_accepted(tmp_path):
    source, found, _ = load(tmp_path, "\ufeffa: 1\n".encode("utf-8"))
    assert found == [] and source.data == {"a": "1"}


def test_deep_nesting_is_refused(tmp_path):
    _, found, _ = load(tmp_path, "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n")
    assert [f[0] for f in found] == ["yaml-too-deep"]


def test_empty_file_loads_as_nothing(tmp_path):
    source, found, _ = load(tmp_path, "# only a comment\n")
    assert found == [] and source.data is None


def test_tag_is_named_as_the_editor_wrote_it(tmp_path):
    _, _, problems = load(tmp_path, "a: !!str 1\n")
    assert problems[0].message == "tags such as '!!str' are not allowed: remove it."

"""Property-based tests: whatever the input, loading ends in a valid project or a
list of clean problems (file, message, code), never a traceback."""
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ENGAGEMENT, MEASURES, PLAN, SITE, UPDATE, write
from generator.model import INPUT_FILES
from generator.validate import load_project

FILES = {"plans/site.yaml": SITE, "plans/measures.yaml": MEASURES, "plans/wsoa/plan.yaml": PLAN,
         "plans/wsoa/updates/2021-04.yaml": UPDATE, "plans/feedback/survey.yaml": ENGAGEMENT}
FIELD_NAMES = sorted({name for model in INPUT_FILES.values() for name in model.model_fields}
                     | {"id", "title", "status", "note", "actions", "items", "A1.1", "A1.2", "P1"})

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False),
                    st.text(max_size=30), st.sampled_from(["2021-03", "2021-02-30", "green", "Greem", "<script>"]))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(FIELD_NAMES), inner, max_size=5)), max_leaves=25)

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(files: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = write(Path(tmp), {**FILES, **files})
        project, report = load_project(root / "plans", root)
        assert (project is None) == (not report.ok)
        for problem in report.problems:
            assert problem.file and problem.message and problem.code
            assert problem.line is None or problem.line >= 1
            assert str(problem).startswith(problem.file)


@SETTINGS
@given(name=st.sampled_from(sorted(FILES)), data=values)
def test_any_yaml_structure_gives_a_project_or_clean_problems(name, data):
    check({name: yaml.safe_dump(data, allow_unicode=True)})


@SETTINGS
@given(name=st.sampled_from(sorted(FILES)), data=st.data())
def test_any_edit_of_a_valid_file_gives_a_project_or_clean_problems(name, data):
    text = FILES[name]
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 20)))
    insert = data.draw(st.text(alphabet=st.sampled_from(list(":-[]{}&*!|>'\"#\t\n %@`,?") + ["a", "1"]), max_size=8))
    check({name: text[:start] + insert + text[end:]})


@SETTINGS
@given(raw=st.binary(max_size=200))
def test_any_bytes_give_a_project_or_clean_problems(raw):
    with tempfile.TemporaryDirectory() as tmp:
        root = write(Path(tmp), FILES)
        (root / "plans/wsoa/updates/2021-04.yaml").write_bytes(raw)
        project, report = load_project(root / "plans", root)
        assert project is None and report.errors


UNSHOWABLE = [chr(c) for c in (*range(1, 9), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0),
                               *range(0x202A, 0x202F), *range(0x2066, 0x206A))]


@SETTINGS
@given(name=st.sampled_from(sorted(FILES)), data=st.data())
def test_a_control_or_direction_character_anywhere_is_refused_where_it_is(name, data):
    """Written as it is, or as a double-quoted escape: never into a project."""
    text = FILES[name]
    char = data.draw(st.sampled_from(UNSHOWABLE))
    at = data.draw(st.integers(0, len(text)))
    written = data.draw(st.sampled_from(["raw", "escaped"]))
    if written == "escaped":  # a quoted value somewhere in the file
        lines = text.splitlines(keepends=True)
        i = data.draw(st.sampled_from([i for i, line in enumerate(lines) if ": " in line and
                                       not line.rstrip().endswith(":")]))
        key, _, value = lines[i].partition(": ")
        lines[i] = f'{key}: "{value.strip()}\\u{ord(char):04x}"\n'
        edited = "".join(lines)
    else:
        edited = text[:at] + char + text[at:]
    with tempfile.TemporaryDirectory() as tmp:
        root = write(Path(tmp), {**FILES, name: edited})
        project, report = load_project(root / "plans", root)
    assert project is None
    assert any(p.code in {"control-character", "bidi-control"} and p.file == name and p.line
               for p in report.errors), report.summary()

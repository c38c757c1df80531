"""The JSON Schemas that editors use: generated from the data model, current, and
accepting the example inputs as an editor reads them."""
import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import AREAS, MEASURES, PLAN, ROOT, SITE, UPDATE
from generator.model import INPUT_FILES
from generator import layout
from generator.model.schemas import EDITOR_SETTINGS, json_schemas, modeline, schema_name

SCHEMAS = ROOT / "schemas"
MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)\n")


class EditorLoader(yaml.SafeLoader):
    """YAML 1.2, as yaml-language-server reads it: a date is text, only true/false are
    booleans (PyYAML's SafeLoader follows YAML 1.1)."""


EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
EditorLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def validator(model) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / schema_name(model)).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def schema_for(path: Path):
    """The model of an input file, from where it sits in plans/."""
    parts = path.parts[path.parts.index("plans") + 1:]
    if parts in (("site.yaml",), ("measures.yaml",), ("glossary.yaml",), ("topics.yaml",)):
        return INPUT_FILES[f"plans/{parts[0]}"]
    if parts[0] == "feedback":
        return INPUT_FILES["plans/feedback/<engagement-id>.yaml"]
    return INPUT_FILES["plans/<plan-id>/plan.yaml" if parts[-1] == "plan.yaml"
                       else "plans/<plan-id>/updates/<YYYY-MM>.yaml"]


def inputs() -> list[Path]:
    return sorted(p for base in [ROOT / "plans", *AREAS.glob("*/plans")] for p in base.rglob("*.yaml"))


@pytest.mark.parametrize("folder", [SCHEMAS, ROOT / "generator" / "schemas"])
def test_the_schema_files_are_current(folder):
    written = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.json")}
    assert written == json_schemas(), f"run `make docs` to regenerate {folder.relative_to(ROOT)}/"


@pytest.mark.parametrize("path", inputs(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_the_schemas_accept_every_example_input(path):
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=EditorLoader)
    errors = list(validator(schema_for(path)).iter_errors(data))
    assert errors == [], [e.message for e in errors]


@pytest.mark.parametrize("text, model, found", [
    (PLAN.replace("        due: 2021-03\n", "        due: 2021-03\n        leed: x\n"), "Plan",
     "Additional properties are not allowed ('leed' was unexpected)"),
    (PLAN.replace("due: 2021-03", "due: March 2021"), "Plan", "'March 2021' does not match"),
    (UPDATE.replace("state: published", "state: done"), "Update", "'done' is not one of"),
    (SITE.replace("  visit_start: 2020-02-03\n", ""), "Site", "'visit_start' is a required property"),
    (MEASURES.replace("better: higher", "better: up"), "Measures", "'up' is not one of"),
    (MEASURES.replace("value: 41", "value: 41%"), "Measures", "'41%' is not of type 'number'"),
    (MEASURES.replace("value: 41", "value: -4"), "Measures", "-4 is less than the minimum of 0"),
])
def test_the_schemas_reject_a_broken_input(text, model, found):
    model = next(m for m in INPUT_FILES.values() if m.__name__ == model)
    messages = [e.message for e in validator(model).iter_errors(yaml.load(text, Loader=EditorLoader))]
    assert any(found in m for m in messages), messages


def test_each_example_file_names_its_schema_for_editors():
    for path in sorted((ROOT / "plans").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        line = MODELINE.match(text)
        assert line, f"{path}: no '# yaml-language-server: $schema=' first line"
        assert (path.parent / line[1]).resolve() == SCHEMAS / schema_name(schema_for(path))
        assert text.startswith(modeline(schema_for(path)))  # as imported files are written


def test_vs_code_maps_every_input_file_to_its_schema():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapped = {glob: (ROOT / schema).resolve() for schema, glob in settings["yaml.schemas"].items()}
    for path in inputs():
        if AREAS in path.parents:
            continue
        relative = path.relative_to(ROOT)
        schemas = [schema for glob, schema in mapped.items() if relative.match(glob)]
        assert schemas == [SCHEMAS / schema_name(schema_for(path))], relative


def test_the_editor_settings_are_written_from_the_layout():
    """`make docs` writes them; this fails while one is out of date."""
    for path in EDITOR_SETTINGS:
        assert (ROOT / path).read_text(encoding="utf-8") == layout.editor_settings(), (
            f"{path} is out of date: run `make docs`")

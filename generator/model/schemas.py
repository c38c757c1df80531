"""JSON Schemas of the YAML input files, generated from the data model, so that an
editor (VS Code with the YAML extension, or any editor using yaml-language-server)
completes field names and marks mistakes while a plan is typed.

Run `make docs` (python -m generator.model.schemas schemas generator/schemas) after
changing a model; a test fails while the files in `schemas/` are out of date. The
copy in generator/schemas/ goes into the package, for areas that install the tool
rather than clone this repository. The example files name
their schema in a first line `# yaml-language-server: $schema=...`, and
`.vscode/settings.json` (written here too, from layout.py, for this repository and
for a new area's) maps every input file to its schema.

The checks that matter are still `progress-pages check`: a schema cannot say that an
id exists in another file, and editors read `value: 41` as a number where our loader
keeps every plain value as text until the model converts it.
"""
from __future__ import annotations

import json
import posixpath
import sys
from pathlib import Path

from .. import layout
from . import INPUT_FILES


def schema_name(model: type) -> str:
    return f"{model.__name__.lower()}.schema.json"


def modeline(model: type) -> str:
    """The first line of an input file that names its schema for editors, relative to
    where the file sits (plans/<plan-id>/plan.yaml -> ../../schemas/plan.schema.json)."""
    path = next(path for path, m in INPUT_FILES.items() if m is model)
    schema = posixpath.relpath(f"schemas/{schema_name(model)}", posixpath.dirname(path))
    return f"# yaml-language-server: $schema={schema}\n"


def json_schemas() -> dict[str, str]:
    """File name -> JSON text, for every YAML input file."""
    out = {}
    for path, model in INPUT_FILES.items():
        schema = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            **model.model_json_schema(),
            "title": path,
            "description": f"The format of {path}; see docs/input-format.md.",
        }
        out[schema_name(model)] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return out


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in json_schemas().items():
        (folder / name).write_text(text, encoding="utf-8")


# The editor settings of this repository, and the copy a new area gets.
EDITOR_SETTINGS = (Path(".vscode/settings.json"), Path("generator/starter/templates/settings.json"))


def write_editor_settings(root: Path) -> None:
    for path in EDITOR_SETTINGS:
        (root / path).write_text(layout.editor_settings(), encoding="utf-8")


if __name__ == "__main__":
    for folder in sys.argv[1:] or ["schemas"]:
        write(Path(folder))
    write_editor_settings(Path("."))

"""The files the tool owns in an area's repository, which `upgrade` replaces with a
newer version's: the pinned requirement, the Makefile, what git ignores, the editor's
schema mapping, and the JSON Schemas themselves."""
from __future__ import annotations

from importlib.resources import files

from .area import render
from .github import workflow_files

_PLAIN = {  # path in the area's repository -> template file, copied as it is
    "Makefile": "Makefile",
    ".gitignore": "gitignore",
    ".vscode/settings.json": "settings.json",
    ".vscode/extensions.json": "extensions.json",
}


def tool_files(version: str) -> dict[str, str]:
    """Relative path -> text of the files the tool owns, for this version of the tool."""
    templates = files("generator.starter") / "templates"
    made = {"requirements.txt": render("requirements.txt.j2", version=version)}
    made |= {path: (templates / name).read_text(encoding="utf-8") for path, name in _PLAIN.items()}
    schemas = files("generator") / "schemas"
    made |= {f"schemas/{s.name}": s.read_text(encoding="utf-8")
             for s in sorted(schemas.iterdir(), key=lambda s: s.name) if s.name.endswith(".schema.json")}
    return made | workflow_files()

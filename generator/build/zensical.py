"""Zensical as the engine: it reads mkdocs.yml but runs no MkDocs plugin, so ours
runs first (through MkDocs' own configuration and events, which build nothing) and
what it made is written out for Zensical as a project of its own: a complete docs
folder (hand-written pages, generated pages, assets), one theme folder (the area's
overrides over ours) and a configuration naming everything the plugin would have
added. Zensical runs as a subprocess of this Python, never fetching anything.

Everything sits in one working folder, because Zensical wants the docs and site
folders inside the folder of its configuration; the site built there is finished
and published like MkDocs' own.
"""
from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import FunctionType

import yaml
from markdown.extensions.abbr import AbbrExtension
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files, get_files

from ..finish.content import marked
from ..render import fragments
from .generated import GENERATED_DIR
from .stacked_tables import StackedTables

CONFIG = "mkdocs.yml"  # Zensical reads MkDocs' format; a name of our own would be refused
DOCS, SITE, THEME = "docs", "site", "overrides"
_COLOURS = re.compile(r"\x1b\[[0-9;]*m")  # Zensical colours its messages even into a pipe


class ZensicalFailed(Exception):
    pass


def build_with_zensical(config: MkDocsConfig, work: Path) -> Path:
    """Run our plugin's part, write the project into `work` and build it;
    returns the site folder (inside `work`)."""
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    files = config.plugins.on_files(get_files(config), config=config)
    write_docs(files, Path(config.config_file_path).parent / GENERATED_DIR, work / DOCS)
    write_theme(config, work / THEME)
    (work / CONFIG).write_text(yaml.safe_dump(engine_config(config), sort_keys=False, allow_unicode=True),
                               encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "zensical", "build", "--strict", "-f", str(work / CONFIG)],
                         cwd=work, capture_output=True, text=True)
    if run.returncode != 0:
        raise ZensicalFailed(_said(run.stderr or run.stdout))
    return work / SITE


def _said(output: str) -> str:
    """What Zensical found, without its colours or the traceback it ends with."""
    text = _COLOURS.sub("", output)
    found, _, trace = text.partition("Traceback (most recent call last):")
    return found.strip() or trace.strip().splitlines()[-1]


def write_docs(files: Files, generated: Path, docs: Path) -> None:
    """Every file MkDocs would have built from, as one folder. A generated page goes
    without its history fragments (put back when the site is finished) and with the
    two comments that mark its content for the sanitiser."""
    for file in files:
        if file.inclusion.is_excluded():
            continue
        target = docs / file.src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        if file.abs_src_path and file.abs_src_path.startswith(str(generated)) and file.src_uri.endswith(".md"):
            with open(file.abs_src_path, encoding="utf-8-sig") as f:
                target.write_text(marked(fragments.split(f.read())[0]), encoding="utf-8")
        elif file.abs_src_path:
            shutil.copyfile(file.abs_src_path, target)
        else:  # made in memory (the checked logo)
            target.write_bytes(file.content_bytes)


def write_theme(config: MkDocsConfig, folder: Path) -> None:
    """Zensical takes one folder of overrides: the theme's folders before Material's,
    later ones first so that the area's own files win over ours."""
    material = Path(sys.modules["material"].__file__).parent
    ours = [Path(d) for d in config.theme.dirs if not Path(d).is_relative_to(material)
            and not d.endswith(os.path.join("mkdocs", "templates"))]
    for theme_dir in reversed(ours):
        # As MkDocs does, a theme's notes and code are not part of the site.
        shutil.copytree(theme_dir, folder, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("*.md", "*.py", "__pycache__"))


def engine_config(config: MkDocsConfig) -> dict:
    """The configuration after our plugin's on_config, in plain values."""
    theme = {k: v for k, v in config.theme._vars.items() if k not in ("locale",)}
    theme["name"] = "material"
    theme["custom_dir"] = THEME
    theme["variant"] = "classic"  # Material's look, which the stylesheets were written for
    return {
        "site_name": config.site_name,
        "site_description": config.site_description,
        "site_url": config.site_url,
        "docs_dir": DOCS,
        "site_dir": SITE,
        "use_directory_urls": config.use_directory_urls,
        "theme": _plain(theme),
        "nav": config.nav,
        "extra": _plain(dict(config.extra)),
        "extra_css": list(config.extra_css),
        "extra_javascript": [str(js) for js in config.extra_javascript],
        "markdown_extensions": [_extension(e, config.mdx_configs) for e in config.markdown_extensions],
        "plugins": ["search"] if _searching(config) else [],
        "validation": {"anchors": "warn", "not_found": "warn"},
    }


def _searching(config: MkDocsConfig) -> bool:
    search = config.plugins.get("material/search") or config.plugins.get("search")
    return search is not None and search.config.get("enabled", True)  # off in a site opened from disk


def _extension(extension, configs: dict):
    if isinstance(extension, StackedTables):
        return f"{StackedTables.__module__}:{StackedTables.__name__}"
    if isinstance(extension, AbbrExtension):
        return {"abbr": {"glossary": dict(extension.getConfig("glossary"))}}
    if extension in configs and configs[extension]:
        return {extension: _plain(configs[extension])}
    return extension


def _plain(value):
    """Values YAML can write: Zensical resolves a function from its dotted name."""
    if dataclasses.is_dataclass(value):
        return _plain(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, FunctionType):
        return f"{value.__module__}.{value.__qualname__}"
    return value

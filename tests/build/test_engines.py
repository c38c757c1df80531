"""Other engines than MkDocs (generator/build/engines.py, docs/engines.md): Zensical
through `build --engine zensical` gives the same pages as MkDocs, and Zensical run on
the plugin-only mkdocs.yml, which it reports as a success, is caught."""
from __future__ import annotations

import re
import subprocess
import sys
from html import unescape

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import get_files

from conftest import need_engine
from generator.finish import FinishFailed, finish
from sitebuild import build_with, differences, run, site_copy

ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)


def _words(html: str) -> str:
    """A page's content as a reader reads it: its text, not the engine's whitespace."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", ARTICLE.search(html).group(1))).split())


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict:
    """The example from each engine."""
    for engine in ("properdocs", "zensical"):
        need_engine(engine)
    folder = tmp_path_factory.mktemp("engines")
    return {engine: build_with(engine, folder / engine) for engine in ("mkdocs", "properdocs", "zensical")}


def test_properdocs_builds_the_site_mkdocs_builds(sites):
    """The plugin's drop-in: its own command on the same mkdocs.yml, the same bytes."""
    assert differences(sites["mkdocs"], sites["properdocs"]) == []


def test_zensical_builds_every_page_with_the_same_content(sites):
    mkdocs, zensical = sites["mkdocs"], sites["zensical"]
    pages = sorted(p.relative_to(mkdocs).as_posix() for p in mkdocs.rglob("*.html"))
    assert pages == sorted(p.relative_to(zensical).as_posix() for p in zensical.rglob("*.html"))
    different = [p for p in pages if _words((mkdocs / p).read_text()) != _words((zensical / p).read_text())]
    assert not different
    for page in (zensical / p for p in pages):
        text = page.read_text()
        assert "progress-pages:" not in text  # every slot filled, the content's comments gone


def test_zensical_on_the_plugin_only_configuration_is_caught(tmp_path):
    need_engine("zensical")
    root = site_copy(tmp_path)
    # Strict, Zensical stops here only because about.md links to the home page it never
    # made: an area without such a link, or without strict, is told all went well.
    settings = root / "mkdocs.yml"
    settings.write_text(settings.read_text().replace("strict: true", "strict: false"))
    # The plugin writes the pages, as every build does first; Zensical then ignores it.
    config = load_config(str(root / "mkdocs.yml"), strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    config.plugins.on_files(get_files(config), config=config)
    run = subprocess.run([sys.executable, "-m", "zensical", "build", "-f", "mkdocs.yml"], cwd=root,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr  # the trap: Zensical calls this a success
    assert (root / "site" / "about" / "index.html").is_file()
    with pytest.raises(FinishFailed, match=r"missing: .*index\.md"):
        finish(root / "site", config.plugins["progress-pages"].written(config), config.use_directory_urls)


def test_what_zensical_finds_is_said_plainly_and_nothing_is_published(tmp_path):
    need_engine("zensical")
    root = site_copy(tmp_path)
    with (root / "content" / "about.md").open("a", encoding="utf-8") as f:
        f.write("\nSee [this page](missing.md).\n")
    result = run(["build", "--engine", "zensical"], root)
    assert result.returncode == 1
    assert "zensical could not build the site" in result.stderr and "about.md" in result.stderr
    assert "\x1b[" not in result.stderr and "Traceback" not in result.stderr
    # No site, and no working folder left beside where it would have gone.
    assert sorted(p.name for p in root.iterdir()) == [".generated", "content", "mkdocs.yml", "plans",
                                                      "site_overrides"]

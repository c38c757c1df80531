"""`progress-pages serve --preview` asks for drafts through the plugin's own option, in
the configuration MkDocs loads again for each rebuild, with mkdocs.yml's other plugins
and options as they are."""
from mkdocs.config import load_config

from conftest import ROOT
from generator.cli.site import _plugins_with_preview


def test_serve_preview_turns_on_the_plugins_preview_option_only():
    plugins = _plugins_with_preview(ROOT / "mkdocs.yml")
    config = load_config(str(ROOT / "mkdocs.yml"), plugins=plugins)
    assert config.plugins["progress-pages"].config.preview is True
    plain = load_config(str(ROOT / "mkdocs.yml"))
    assert list(config.plugins) == list(plain.plugins)
    assert config.plugins["progress-pages"].config.plans == plain.plugins["progress-pages"].config.plans
    assert plain.plugins["progress-pages"].config.preview is False

"""The tool's own theme files (generator/theme/: the footer with its accessibility
link, the logo, the page's head and the stylesheets), which every site gets from the
installed package, so that an area's repository needs no copy of them.
"""
from __future__ import annotations

from importlib.resources import files

from mkdocs.config.defaults import MkDocsConfig

THEME_DIR = files("generator") / "theme"
STYLESHEETS = ("assets/stylesheets/progress.css", "assets/stylesheets/charts.css")
# Our own script, served with the site like the stylesheets (nothing from another
# host): it opens an action's details when its link is followed, and for printing.
SCRIPTS = ("assets/javascripts/details.js",)


def add_theme(config: MkDocsConfig) -> None:
    """Put the tool's theme folder before Material's, and after the area's own
    `custom_dir`, so that a file the area overrides wins over ours."""
    theme_dirs = config.theme.dirs
    folder = str(THEME_DIR)
    if folder not in theme_dirs:  # `serve` runs on_config again with the same theme
        theme_dirs.insert(1 if config.theme.custom_dir else 0, folder)
    # First, so that the area's branding colours and its own extra_css come after ours.
    # An older mkdocs.yml copied from the example still lists them: once is enough.
    config.extra_css[:0] = [css for css in STYLESHEETS if css not in config.extra_css]
    config.extra_javascript[:0] = [js for js in SCRIPTS if js not in config.extra_javascript]

"""A new area's copy of the example: the site's name and description come from its
site.yaml, and `check` points at every line of mkdocs.yml and the hand-written pages
that still names the example's area or partners."""
from pathlib import Path

import pytest

from htmltools import pages
from sitebuild import run, site_copy

ABOUT = """\
# About this site

This site is run by Example County Council and NHS Example Integrated Care Board,
with the Example Parent Carer Forum.
"""


def as_testshire(tmp_path: Path) -> Path:
    """The example renamed in site.yaml only, its pages and mkdocs.yml as an area copies them."""
    root = site_copy(tmp_path)
    site = root / "plans" / "site.yaml"
    site.write_text(site.read_text().replace("  name: Example County\n", "  name: Testshire\n", 1))
    return root


def named(result) -> list[str]:
    return [line for line in result.stdout.splitlines() if "the example's" in line]


def test_the_example_s_own_pages_and_settings_name_no_example_to_another_area(tmp_path):
    result = run(["check"], as_testshire(tmp_path))
    assert result.returncode == 0, result.stdout
    assert named(result) == []


def test_the_example_itself_is_not_warned_about(tmp_path):
    root = site_copy(tmp_path)
    (root / "content" / "about.md").write_text(ABOUT)
    assert named(run(["check", "--strict"], root)) == []


@pytest.fixture
def copied(tmp_path):
    root = as_testshire(tmp_path)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace(
        "site_name: SEND improvement progress\n",
        "site_name: Example County SEND improvement progress\n"
        "site_description: What Example County is doing to improve support, and how far it has got.\n"))
    (root / "content" / "about.md").write_text(ABOUT)
    (root / "content" / "help").mkdir()
    (root / "content" / "help" / "contact.md").write_text("# Contact\n\nWrite to example county council.\n")
    return root


def test_each_line_naming_the_example_is_a_warning(copied):
    result = run(["check"], copied)
    assert result.returncode == 0, result.stdout
    line = next(n for n, text in enumerate((copied / "mkdocs.yml").read_text().splitlines(), 1)
                if text.startswith("site_name:"))
    own = "but site.yaml names Testshire: write Testshire's own words here."
    assert named(result) == [
        "content/about.md:3:21: warning: 'Example County Council' and 'NHS Example Integrated Care Board' "
        f"are the example's, {own}",
        f"content/about.md:4:10: warning: 'Example Parent Carer Forum' is the example's, {own}",
        f"content/help/contact.md:3:10: warning: 'example county council' is the example's, {own}",
        f"mkdocs.yml:{line}:12: warning: 'Example County' is the example's, {own}",
        f"mkdocs.yml:{line + 1}:24: warning: 'Example County' is the example's, {own}",
    ]


def test_strict_check_fails_on_them(copied):
    result = run(["check", "--strict"], copied)
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1] == "0 errors, 5 warnings: --strict treats warnings as errors."


def test_the_site_s_name_and_description_are_the_area_s(tmp_path):
    root = as_testshire(tmp_path)
    result = run(["build"], root)
    assert result.returncode == 0, result.stderr
    site = pages(root / "site")
    for page in ["index.html", "about/index.html"]:
        meta = next(e for e in site[page].elements if e.tag == "meta" and e.attrs.get("name") == "description")
        assert meta.attrs["content"] == ("How Testshire is improving support for children and young people "
                                         "with SEND: the plan and its progress.")
    assert "Testshire: SEND improvement progress" in site["index.html"].text

"""Hand-written pages and theme overrides are read by MkDocs, which follows links:
one that leads out of the project stops the build, and nothing of it is published."""
import os

import pytest

from sitebuild import copy_of, run, tree_digest


@pytest.fixture(scope="module")
def project(example_project, tmp_path_factory):
    return copy_of(example_project, tmp_path_factory.mktemp("links"))


@pytest.mark.parametrize("place, make", [
    ("content/secret.md", lambda target: target / "secret.md"),           # a page
    ("content/secrets", lambda target: target),                          # a folder of pages
    ("site_overrides/partials/copyright.html", lambda target: target / "secret.md"),  # a template
    ("site_overrides/partials/extra", lambda target: target),            # a folder of templates
    ("content/assets/key.txt", lambda target: target / "key.txt"),       # a static file
])
def test_a_link_out_of_the_project_stops_the_build(project, tmp_path, place, make):
    outside = tmp_path / "runner"
    outside.mkdir()
    (outside / "secret.md").write_text("# The runner's token: tok-123-secret\n")
    (outside / "key.txt").write_text("tok-123-secret\n")
    before = tree_digest(project / "site")
    link = project / place
    link.parent.mkdir(parents=True, exist_ok=True)
    kept = link.with_name(link.name + ".kept")
    if link.exists():
        link.rename(kept)
    os.symlink(make(outside), link)
    try:
        result = run(["build"], project)
    finally:
        link.unlink()
        if kept.exists():
            kept.rename(link)
    assert result.returncode == 1
    assert f"{place}" in result.stderr and "outside the project" in result.stderr
    assert "tok-123-secret" not in result.stderr and str(outside) not in result.stderr
    assert tree_digest(project / "site") == before


def test_a_link_that_stays_in_the_project_is_fine(project):
    link = project / "content/also-about.md"
    os.symlink("about.md", link)
    try:
        result = run(["build"], project)
    finally:
        link.unlink()
    assert result.returncode == 0, result.stderr
    assert (project / "site/also-about/index.html").is_file()


@pytest.mark.parametrize("planted", [".generated", ".generated/wsoa-2020", ".generated/index.md"])
def test_a_link_planted_among_the_generated_pages_is_never_written_through(project, tmp_path, planted):
    """.generated/ is git-ignored, but `git add -f` can still commit a link there."""
    outside = tmp_path / "runner"
    outside.mkdir()
    (outside / "index.md").write_text("the runner's file\n")
    link = project / planted
    if link.is_dir() and not link.is_symlink():
        import shutil
        shutil.rmtree(link)
    elif link.exists():
        link.unlink()
    os.symlink(outside / "index.md" if planted.endswith(".md") else outside, link)
    result = run(["build"], project)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in outside.iterdir()) == ["index.md"]
    assert (outside / "index.md").read_text() == "the runner's file\n"
    assert not link.is_symlink()
    assert "the runner" not in (project / "site/index.html").read_text()

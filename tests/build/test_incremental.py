"""Editing one update file changes only the pages it affects: the other generated
pages keep their bytes and their modification times (so `serve` and MkDocs'
--dirty rebuilds redo only real changes), whether built by `progress-pages build`
or by the plugin kept between `serve` rebuilds."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.structure.files import Files

from generator.build.generated import GENERATED_DIR, write_pages
from conftest import ROOT
from generator.model.base import anchor
from generator.render import pages
from generator.validate import load_project
from test_site import run, site_copy

OLD = 946684800  # 2000-01-01: any page written again gets a newer time than this
UPDATE = Path("plans/wsoa-2020/updates/2022-01.yaml")


def generated(root: Path) -> dict[str, tuple[bytes, int]]:
    """The generated pages."""
    folder = root / GENERATED_DIR
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def age(root: Path) -> None:
    for p in (root / GENERATED_DIR).rglob("*"):
        if p.is_file():
            os.utime(p, (OLD, OLD))


def changed(before: dict, after: dict) -> set[str]:
    assert set(before) == set(after)
    return {name for name in after if after[name] != before[name]}


def edit(root: Path, old: str, new: str) -> None:
    path = root / UPDATE
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def build(root: Path) -> None:
    result = run(["build"], root)
    assert result.returncode == 0, result.stderr


A2_1 = "  A2.1:\n    status: blue\n"
# Every note and status is in the plan's open data too.
OPEN_DATA = {f"data/wsoa-2020-actions.{ending}" for ending in ("csv", "json", "xlsx")}
# The home page and the open data page give each download's size.
SIZES = {"index.md", "data/index.md"}
A2_1_NOTE = "Young people helped write a new All about me page for the plan. It will be used from February."
# A new note some KB longer, so that the downloads' sizes (shown in whole KB) change too.
LONGER_NOTE = " ".join(["The new page is ready, and young people chose its pictures."] * 60)


def topic_pages(action_id: str) -> set[str]:
    """The pages of the action's topics: each shows its latest status and note."""
    project, _ = load_project(ROOT / "plans", ROOT)
    action = next(a for e in project.plans for a in e.plan.actions() if a.id == action_id)
    assert action.topics
    return {f"topics/{anchor(t)}/index.md" for t in action.topics}


def rebuild_after_edit(tmp_path: Path, old: str, new: str) -> tuple[Path, set[str]]:
    """Build the example, edit its latest update, build again: the generated files changed."""
    root = site_copy(tmp_path)
    build(root)
    age(root)
    before = generated(root)
    edit(root, old, new)
    build(root)
    return root, changed(before, generated(root))


def test_a_changed_note_rewrites_only_its_priority_page(tmp_path):
    root, rewritten = rebuild_after_edit(tmp_path, A2_1_NOTE, LONGER_NOTE)
    assert rewritten == {"wsoa-2020/p2.md", *topic_pages("A2.1"), *OPEN_DATA, *SIZES}
    assert "The new page is ready, and young people chose its pictures." in (root / "site/wsoa-2020/p2/index.html").read_text()


def test_a_changed_status_also_rewrites_the_pages_with_figures(tmp_path):
    _, rewritten = rebuild_after_edit(tmp_path, A2_1, "  A2.1:\n    status: red\n")
    # The figures (and their chart), and what changed in that update (its own page and the feed).
    assert rewritten == {"index.md", "wsoa-2020/index.md", "wsoa-2020/p2.md", "wsoa-2020/actions-by-status.svg",
                         "wsoa-2020/updates/2022-01.md", "feed.xml", *topic_pages("A2.1"), *OPEN_DATA}


def test_serve_regenerates_only_the_edited_plan_and_agrees_with_a_fresh_build(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)  # the plugin sets it; undone after
    (tmp_path / "served").mkdir()
    root = site_copy(tmp_path / "served")
    other = root / "plans" / "second-plan"
    shutil.copytree(root / "plans" / "wsoa-2020", other)
    for path in (root / "plans" / "feedback").glob("*.yaml"):  # two plans: feedback names its own
        path.write_text("plan: wsoa-2020\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    config = lambda: load_config(str(root / "mkdocs.yml"), site_dir=str(tmp_path / "out"))  # noqa: E731
    first = config()
    first.plugins.on_startup(command="serve", dirty=False)
    plugin = first.plugins["progress-pages"]
    try:
        serve_edits(root, plugin, first, config, monkeypatch)
        os.environ.pop("SOURCE_DATE_EPOCH", None)  # set by the plugin, not by a person
        (tmp_path / "fresh").mkdir()
        fresh = site_copy(tmp_path / "fresh", root / "plans")
        build(fresh)
        assert {k: v[0] for k, v in generated(fresh).items()} == {k: v[0] for k, v in generated(root).items()}
    finally:
        plugin.on_startup(command="build", dirty=False)  # MkDocs keeps the plugin for the process


def serve_edits(root, plugin, first, config, monkeypatch):
    def serve_rebuild(config) -> None:
        """MkDocs' events for the plugin, as in each of `serve`'s rebuilds."""
        plugin.on_config(config)
        config.plugins.on_files(Files([]), config=config)

    rendering = []  # the plans rendered (not taken from the serve's store)
    original = pages.plan_pages
    monkeypatch.setattr(pages, "plan_pages", lambda env, entry, common: rendering.append(entry.id)
                        or original(env, entry, common))

    serve_rebuild(first)

    def rebuild_after(path: str, old: str, new: str) -> tuple[set[str], set[str]]:
        """Edit one input file while serving: the generated files that changed, and the
        plans rendered again."""
        age(root)
        before = generated(root)
        rendering.clear()
        text = (root / path).read_text(encoding="utf-8")
        assert text.count(old) == 1
        (root / path).write_text(text.replace(old, new), encoding="utf-8")
        serve_rebuild(config())  # serve loads the configuration again on each change
        return changed(before, generated(root)), set(rendering)

    rewritten, rendered = rebuild_after(str(UPDATE), A2_1_NOTE, LONGER_NOTE)
    assert rewritten == {"wsoa-2020/p2.md", *topic_pages("A2.1"), *OPEN_DATA, *SIZES}
    assert rendered == {"wsoa-2020"}  # the untouched plan was not even rendered again

    # Feedback is listed on its plan's priority pages (here, about action A2.6).
    rewritten, rendered = rebuild_after("plans/feedback/2021-03-parent-carer-survey.yaml",
                                        "Many families said their child's EHC plan took too long",
                                        "Many families said their child's plan took too long")
    assert "wsoa-2020/p2.md" in rewritten and "you-said-we-did/index.md" in rewritten
    assert not any(path.startswith("second-plan/") for path in rewritten)
    assert rendered == {"wsoa-2020"}

    # Glossary words are marked in every page's history tables too.
    rewritten, rendered = rebuild_after("plans/glossary.yaml", "check this plan every month.",
                                        "check this plan each month.")
    assert {"glossary.md", "wsoa-2020/p1.md", "second-plan/p1.md"} <= rewritten
    assert rendered == {"wsoa-2020", "second-plan"}

    # Actions link to measure pages, but a measure's figures change only its own files.
    rewritten, rendered = rebuild_after("plans/measures/ehcp-20-weeks.csv", "2020-03,33,,", "2020-03,34,,")
    assert {"measures/ehcp-20-weeks/index.md", "measures/ehcp-20-weeks/ehcp-20-weeks.svg",
            "data/measures/ehcp-20-weeks.csv"} <= rewritten
    assert not any(path.startswith(("wsoa-2020/", "second-plan/")) for path in rewritten)
    assert rendered == set()

    # A measure's name is on the pages of the actions it measures.
    rewritten, rendered = rebuild_after("plans/measures.yaml", "name: EHC plans issued within 20 weeks",
                                        "name: EHC plans made within 20 weeks")
    assert {"wsoa-2020/p2.md", "second-plan/p2.md", "measures/ehcp-20-weeks/index.md"} <= rewritten
    assert rendered == {"wsoa-2020", "second-plan"}


def test_pages_of_a_removed_priority_do_not_linger(tmp_path):
    folder = tmp_path / GENERATED_DIR
    write_pages(folder, {"index.md": "home", "plan/p1.md": "one", "plan/p2.md": "two"}.items())
    every, written = write_pages(folder, iter({"index.md": "home", "plan/p1.md": "one, changed"}.items()))
    assert every == ["index.md", "plan/p1.md"] and written == ["plan/p1.md"]
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) == [
        "index.md", "plan", "plan/p1.md"]

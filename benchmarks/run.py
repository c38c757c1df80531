"""The benchmark: builds synthetic inputs of each size and prints what it measured.

    .venv/bin/python -m benchmarks.run            # S, M and L (L takes a few minutes)
    .venv/bin/python -m benchmarks.run S M        # some sizes only

Each measurement runs in a fresh process (see benchmarks/measure.py); the ratios
that the targets are about are measured in the same run, on the same machine.
Figures, not assertions: nothing here fails because a machine is slow.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from . import engines
from .synthetic import ROOT, make_inputs

SIZES = ("S", "M", "L")
PROJECT_FILES = ("mkdocs.yml", "content", "site_overrides")


def measure(step: str, project: Path, cache: Path) -> dict:
    env = {**os.environ, "PROGRESS_PAGES_CACHE": str(cache), "PYTHONPATH": str(ROOT),
           "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SOURCE_DATE_EPOCH", None)
    done = subprocess.run([sys.executable, "-m", "benchmarks.measure", step, str(project)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{step} failed for {project}:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_size(name: str, work: Path) -> dict:
    project = work / name
    project.mkdir()
    for item in PROJECT_FILES:
        copy = shutil.copytree if (ROOT / item).is_dir() else shutil.copy
        copy(ROOT / item, project / item)
    make_inputs(name, project)
    cache = work / f"cache-{name}"
    print(f"{name}: measuring ...", file=sys.stderr, flush=True)
    figures = {"parse": measure("parse", project, cache)}
    figures["build"] = measure("build", project, cache)  # the caches are empty here
    figures["again"] = measure("build", project, cache)  # a later build: the caches are filled
    figures["warm"] = measure("warm", project, cache)
    figures["rebuild"] = measure("rebuild", project, cache)
    figures["actions"], figures["updates"] = _counts(project / "plans")
    return figures


def engine_rows(project: Path, cache: Path) -> dict[str, dict]:
    """Each engine's whole build of a size, the caches filled (benchmarks/engines.py)."""
    env = {**os.environ, "PROGRESS_PAGES_CACHE": str(cache), "PYTHONPATH": str(ROOT)}
    env.pop("SOURCE_DATE_EPOCH", None)
    return {engine: engines.measure_engine(engine, project, env) for engine in engines.available()}


def _counts(plans: Path) -> tuple[int, int]:
    from generator.validate import load_project

    project, _ = load_project(plans)
    assert project is not None
    return (sum(len(e.plan.actions()) for e in project.plans),
            sum(len(e.periods) for e in project.plans))


def table(results: dict[str, dict]) -> str:
    names = list(results)

    def row(label: str, values: list[str]) -> str:
        return f"| {label} | " + " | ".join(values) + " |"

    def each(fn) -> list[str]:
        return [fn(results[n]) for n in names]

    lines = [row("", names), "| --- |" + " ---: |" * len(names)]
    lines += [
        row("input files (YAML)", each(lambda r: f"{r['parse']['files']:,}")),
        row("input YAML", each(lambda r: f"{r['parse']['bytes'] / 1024:,.0f} KB")),
        row("actions, update files", each(lambda r: f"{r['actions']:,}, {r['updates']:,}")),
        row("load + validate", each(lambda r: f"{r['build']['load_seconds']:.2f} s")),
        row("generate Markdown", each(lambda r: f"{r['build']['generate_seconds']:.2f} s")),
        row("MkDocs build", each(lambda r: f"{r['build']['mkdocs_seconds']:.2f} s")),
        row("total, caches empty (first build on a machine)",
            each(lambda r: f"{r['build']['total_seconds']:.2f} s")),
        row("generator's share", each(lambda r: f"{100 * _generator(r) / r['build']['total_seconds']:.0f}%")),
        row("peak memory", each(lambda r: f"{r['build']['peak_mb']:.0f} MB")),
        row("pages written (HTML)", each(lambda r: f"{r['build']['html_pages']:,}")),
        row("generated files (pages, charts, downloads)",
            each(lambda r: f"{r['build']['generated_files']:,}")),
        row("bytes of site", each(lambda r: f"{r['build']['site_bytes'] / 1e6:.1f} MB")),
        row("largest page", each(lambda r: f"{r['build']['largest_page_bytes'] / 1024:.0f} KB")),
        row("search index", each(lambda r: f"{r['build']['search_index_bytes'] / 1e6:.2f} MB")),
        row("PyYAML C loader alone", each(lambda r: f"{r['parse']['seconds']:.2f} s")),
        row("generator, caches empty", each(lambda r: f"{_generator(r):.2f} s")),
        row("generator, caches filled", each(lambda r: f"{r['warm']['generator_seconds']:.2f} s")),
        row("whole build, caches filled (any later build)",
            each(lambda r: f"{r['again']['total_seconds']:.2f} s")),
        row("MkDocs build, caches filled", each(lambda r: f"{r['again']['mkdocs_seconds']:.2f} s")),
        row("rebuild after one edit (generator)", each(lambda r: f"{r['rebuild']['generator_seconds']:.2f} s")),
        row("generated files rewritten", each(
            lambda r: f"{len(r['rebuild']['changed'])} of {r['rebuild']['generated_files']:,}")),
    ]
    return "\n".join(lines)


def _generator(r: dict) -> float:
    return r["build"]["load_seconds"] + r["build"]["generate_seconds"]


def _one_plan(changed: list[str]) -> bool:
    """A note edited: its priority page and its plan's downloads, the pages of its
    action's topics (which show the note), and the pages giving those downloads' sizes,
    if they changed."""
    plans = {path.split("/")[0] for path in changed if path.endswith(".md") and "/" in path} - {"data"}
    if len(plans) != 1:
        return False
    plan = plans.pop()
    return all(path.startswith((f"{plan}/", f"data/{plan}-actions.", "topics/"))
               or path in {"index.md", "data/index.md"} for path in changed)


def targets(results: dict[str, dict]) -> str:
    if "L" not in results:
        return "Targets are about L: run with L to see them."
    L = results["L"]
    lines = ["| target (L) | measured | met |", "| --- | --- | --- |"]

    def add(what: str, measured: str, ok: bool) -> None:
        lines.append(f"| {what} | {measured} | {'yes' if ok else 'NO'} |")

    parse = L["parse"]["seconds"]
    cold, warm = _generator(L) / parse, L["warm"]["generator_seconds"] / parse
    add("generator work within 1.5x of the C loader alone (caches filled)", f"{warm:.2f}x", warm <= 1.5)
    add("the same with the caches empty (first build on a machine)", f"{cold:.2f}x", cold <= 1.5)
    rebuild = L["rebuild"]
    add("rebuild's generator work after one update file changes < 1 s",
        f"{rebuild['generator_seconds']:.2f} s", rebuild["generator_seconds"] < 1)
    add("only the affected generated files change (its page, its plan's open data)",
        ", ".join(rebuild["changed"]) or "none", _one_plan(rebuild["changed"]))
    if "M" in results:
        M = results["M"]
        size = L["parse"]["bytes"] / M["parse"]["bytes"]
        for what, key in (("whole build", "total_seconds"), ("generator", None)):
            t = (L["build"][key] / M["build"][key]) if key else _generator(L) / _generator(M)
            add(f"linear growth, {what}: L/M time ratio within 1.5x of the size ratio ({size:.0f}x)",
                f"{t:.0f}x ({t / size:.2f} of size ratio)", t / size <= 1.5)
    again = L["again"]["total_seconds"]
    add("whole L build < 60 s (caches filled: any later build)", f"{again:.1f} s", again < 60)
    add("the same with the caches empty (first build on a machine)", f"{L['build']['total_seconds']:.1f} s",
        L["build"]["total_seconds"] < 60)
    largest = L["build"]["largest_page_bytes"]
    add("no page over 150 KB of HTML", f"{largest / 1024:.0f} KB ({L['build']['largest_page']})",
        largest <= 150 * 1024)
    add("peak memory < 500 MB", f"{L['build']['peak_mb']:.0f} MB", L["build"]["peak_mb"] < 500)
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    sizes = [s.upper() for s in argv] or list(SIZES)
    unknown = set(sizes) - set(SIZES)
    if unknown:
        raise SystemExit(f"unknown size(s) {', '.join(sorted(unknown))}: choose from S, M, L")
    with tempfile.TemporaryDirectory(prefix="progress-pages-benchmark-") as tmp:
        results = {name: run_size(name, Path(tmp)) for name in sizes}
        by_engine = {name: engine_rows(Path(tmp) / name, Path(tmp) / f"cache-{name}") for name in sizes}
    print(table(results))
    print()
    print(engines.table(by_engine))
    print()
    print(targets(results))


if __name__ == "__main__":
    main(sys.argv[1:])

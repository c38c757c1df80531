"""One measurement, run in a process of its own so that its peak memory is its own:

    python -m benchmarks.measure STEP PROJECT_DIR

prints one line of JSON. The steps:
- parse:   PyYAML's C loader alone reads every input file (the yardstick);
- build:   a full build as `progress-pages build` does it (pipeline.build: the first
           time with the store empty, then again with it filled and the generated files there);
- warm:    the generator's work again (read to write), with the store filled;
- rebuild: as `serve` does, one store kept in memory: generate once, change one note in
           one update file, generate again; reports the time and which generated files changed.
"""
from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

import yaml

from generator import pipeline
from generator.build.generated import GENERATED_DIR
from generator.build.site import site_target
from generator.store import Store, default_folder


def parse(project: Path) -> dict:
    files = sorted((project / "plans").rglob("*.yaml"))
    started = time.perf_counter()
    size = 0
    for path in files:
        raw = path.read_bytes()
        size += len(raw)
        yaml.load(raw, Loader=yaml.CSafeLoader)
    return {"seconds": time.perf_counter() - started, "files": len(files), "bytes": size}


def build(project: Path) -> dict:
    started = time.perf_counter()
    built = pipeline.build(_options(project, project / "mkdocs.yml"), project / "site")
    total = time.perf_counter() - started
    assert built.target is not None, built.report.summary()
    site = built.target
    pages = sorted(site.rglob("*.html"), key=lambda p: p.stat().st_size)
    search = site / "search" / "search_index.json"
    return {
        "load_seconds": built.seconds["read and check"],
        "generate_seconds": built.seconds["generate"],
        "mkdocs_seconds": built.seconds["engine and finish"],
        "total_seconds": total,
        "peak_mb": _peak_mb(),
        "generated_files": len(built.generated.pages),
        "html_pages": len(pages),
        "site_bytes": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()),
        "largest_page": pages[-1].relative_to(site).as_posix(),
        "largest_page_bytes": pages[-1].stat().st_size,
        "search_index_bytes": search.stat().st_size if search.exists() else 0,
    }


def warm(project: Path) -> dict:
    seconds, generated = _generate(project, Store(default_folder()))
    return {"generator_seconds": seconds, "written": len(generated.changed)}


def rebuild(project: Path) -> dict:
    store = Store(default_folder(), remember=True)  # one for the whole of `serve`
    _generate(project, store)
    generated = project / GENERATED_DIR
    before = _generated(generated)

    edited = _edit_one_note(project / "plans")
    seconds, _ = _generate(project, store)
    after = _generated(generated)
    touched = sorted(p.relative_to(generated).as_posix() for p in after if before.get(p) != after[p])
    return {"generator_seconds": seconds, "edited": edited,
            "changed": touched, "generated_files": len(after)}


def _generate(project: Path, store: Store) -> tuple[float, pipeline.Generated]:
    """The generator's stages, as the plugin runs them in `mkdocs serve`."""
    started = time.perf_counter()
    options = _options(project)
    prepared = pipeline.prepare(options, store)
    assert prepared.project is not None, prepared.report.summary()
    generated = pipeline.generate(prepared, options, store)
    return time.perf_counter() - started, generated


def _options(project: Path, config_file: Path | None = None) -> pipeline.Options:
    _, site_url = site_target(project / "mkdocs.yml")  # as the plugin has it from MkDocs
    return pipeline.Options(plans_dir=project / "plans", root=project, generated_dir=project / GENERATED_DIR,
                            site_url=site_url, config_file=config_file)


def _generated(folder: Path) -> dict:
    """The generated files with their times and bytes."""
    return {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.rglob("*") if p.is_file()}


def _edit_one_note(plans: Path) -> str:
    """Change the first note in the latest published update of the last plan."""
    for update in sorted(plans.glob("*/updates/*.yaml"), reverse=True):
        text = update.read_text(encoding="utf-8")
        if "state: published" in text:
            update.write_text(text.replace("    note: ", "    note: Edited. ", 1), encoding="utf-8")
            return update.relative_to(plans.parent).as_posix()
    raise SystemExit("no published update to edit")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


STEPS = {"parse": parse, "build": build, "warm": warm, "rebuild": rebuild}

if __name__ == "__main__":
    step, folder = sys.argv[1], Path(sys.argv[2]).resolve()
    print(json.dumps(STEPS[step](folder)))
